#include "scene/timeline_marks.hpp"

#include <algorithm>
#include <set>

namespace govsim::view {

std::vector<TimelineMark> timeline_marks(const Replay& replay,
                                         const std::vector<std::pair<double, std::string>>& decisions) {
  std::vector<TimelineMark> marks;
  for (const auto& [day, question] : decisions)
    marks.push_back({TimelineMark::Kind::decision, day, question});
  const EventLog& log = replay.log();
  const PlainWords& words = replay.words();
  bool harmed = false;
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::inject) {
      marks.push_back(
          {TimelineMark::Kind::inject, r.time, capitalised(words.reworded(std::string(log.text(r.note))))});
    } else if (r.kind == LogKind::harm && !harmed) {
      harmed = true;
      marks.push_back(
          {TimelineMark::Kind::first_harm, r.time, "First harm: " + words.subject(log.text(r.subject))});
    }
  }
  // When the council first knew: the earliest an elected member or council
  // body knew of any matter someone was harmed on (the analysis's measure).
  std::optional<double> council;
  for (const SubjectAwareness& a : replay.report().awareness)
    if (a.harm_total > 0 && a.council_knows_day && (!council || *a.council_knows_day < *council))
      council = a.council_knows_day;
  if (council)
    marks.push_back({TimelineMark::Kind::council_knew, *council, "The council first knew of the harm"});
  std::stable_sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
  return marks;
}

}  // namespace govsim::view
