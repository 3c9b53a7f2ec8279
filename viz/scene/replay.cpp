#include "scene/replay.hpp"

#include <algorithm>
#include <unordered_map>

namespace govsim::view {

const Scenario& Replay::no_scenario() {
  static const Scenario none;
  return none;
}

Replay::Replay(const Arrangement& arrangement, EventLog log, RunReport report, const Scenario& scenario)
    : arrangement_(arrangement),
      log_(std::move(log)),
      report_(std::move(report)),
      words_(arrangement, scenario) {
  const auto& records = log_.records();
  end_day_ = report_.days;
  if (!records.empty()) end_day_ = std::max(end_day_, records.back().time);

  agent_by_symbol_.resize(log_.symbols().size());
  for (std::size_t s = 0; s < agent_by_symbol_.size(); ++s)
    agent_by_symbol_[s] = arrangement_.find(log_.text(static_cast<Symbol>(s)));

  std::unordered_map<std::uint32_t, std::size_t> open;  // item -> journey travelling now
  for (const LogRecord& r : records) {
    if (r.kind == LogKind::item_sent) {
      const auto from = agent_of(r.actor), to = agent_of(r.other);
      if (!from || !to) continue;
      ItemJourney j;
      j.item = r.item;
      j.from = *from;
      j.to = *to;
      j.sent = r.time;
      j.arrives = r.time + r.value;
      j.what = std::string(log_.text(r.what));
      j.subject = std::string(log_.text(r.subject));
      j.channel = std::string(log_.text(r.channel));
      j.severity = r.severity;
      j.personal = (r.flags & log_flag::personal) != 0;
      j.recorded = (r.flags & log_flag::recorded) != 0;
      open[r.item] = journeys_.size();
      journeys_.push_back(std::move(j));
    } else if (r.kind == LogKind::harm) {
      if (const auto harmed = agent_of(r.actor))
        first_harmed_.try_emplace(std::string(log_.text(r.subject)), *harmed);
    } else if (r.kind == LogKind::item_received || r.kind == LogKind::item_lost) {
      auto found = open.find(r.item);
      if (found == open.end()) continue;
      ItemJourney& j = journeys_[found->second];
      if (r.kind == LogKind::item_received) {
        j.received = r.time;
        j.arrives = r.time;
      } else {
        j.lost = r.time;
      }
      open.erase(found);
    }
  }
  subjects_ = subjects_of(log_);
  for (const std::string& subject : subjects_)
    awareness_.emplace(subject, awareness_of(log_, arrangement_, subject));
}

const SubjectAwareness* Replay::awareness(const std::string& subject) const {
  auto found = awareness_.find(subject);
  return found == awareness_.end() ? nullptr : &found->second;
}

std::optional<AgentVertex> Replay::first_harmed(const std::string& subject) const {
  auto found = first_harmed_.find(subject);
  if (found == first_harmed_.end()) return std::nullopt;
  return found->second;
}

std::optional<AgentVertex> Replay::agent_of(Symbol symbol) const {
  if (symbol == no_symbol || symbol >= agent_by_symbol_.size()) return std::nullopt;
  return agent_by_symbol_[symbol];
}

std::size_t Replay::records_until(double day) const {
  const auto& records = log_.records();
  auto end = std::upper_bound(records.begin(), records.end(), day,
                              [](double d, const LogRecord& r) { return d < r.time; });
  return static_cast<std::size_t>(end - records.begin());
}

std::optional<double> Replay::next_event_after(double day) const {
  const auto& records = log_.records();
  const std::size_t i = records_until(day);
  if (i >= records.size()) return std::nullopt;
  return records[i].time;
}

std::optional<double> Replay::previous_event_before(double day) const {
  const auto& records = log_.records();
  auto first_at = std::lower_bound(records.begin(), records.end(), day,
                                   [](const LogRecord& r, double d) { return r.time < d; });
  if (first_at == records.begin()) return std::nullopt;
  return std::prev(first_at)->time;
}

}  // namespace govsim::view
