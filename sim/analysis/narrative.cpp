#include "analysis/narrative.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "model/accountability.hpp"

namespace govsim {

std::vector<std::pair<double, std::string>> narrate(const EventLog& log, const Arrangement& arrangement) {
  std::vector<std::pair<double, std::string>> lines;
  auto text = [&](Symbol s) { return std::string(log.text(s)); };
  auto name = [&](Symbol s) {
    const std::string id = text(s);
    if (const auto v = arrangement.find(id)) return "the " + arrangement.agent(*v).name;
    return id.empty() ? std::string("someone outside") : id;
  };
  auto sentence = [](std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    if (!s.empty() && s.back() != '.') s += '.';
    return s;
  };
  std::set<std::pair<Symbol, Symbol>> told;  // (agent, subject) already narrated
  // Harm is told once a day per matter, in the order the matters first came to harm.
  std::map<std::pair<int, std::size_t>, double> harm_by_day;  // (day, matter), people
  std::vector<Symbol> harm_subjects;
  for (const LogRecord& r : log.records()) {
    std::string line;
    switch (r.kind) {
      case LogKind::inject:
        line = text(r.note);
        break;
      case LogKind::decision_requested:
        line = name(r.actor) +
               " was asked: " + (r.note != no_symbol ? text(r.note) : "a decision on " + text(r.subject));
        break;
      case LogKind::advice_given:
        line = name(r.actor) + " advised " + name(r.other) + " on " + text(r.subject) + ": " + text(r.note) +
               ((r.flags & log_flag::recorded) ? ", on the record" : ", off the record");
        break;
      case LogKind::decision_taken:
        line = name(r.actor) + " decided on " + text(r.subject) + ": " + text(r.note) +
               (r.value > 0 ? ", with professional advice on record"
                            : ", with no professional advice on record");
        break;
      case LogKind::advice_overruled:
        line = name(r.actor) + " overruled the recorded advice" +
               ((r.flags & log_flag::recorded) ? ", minuting its reasons" : ", without minuting its reasons");
        break;
      case LogKind::direction_implemented:
        line = name(r.actor) + " carried out the direction on " + text(r.subject) + " from " + name(r.other);
        break;
      case LogKind::became_aware: {
        const auto v = arrangement.find(text(r.actor));
        if (!v || !(is_forum_with_authority(arrangement.agent(*v)) ||
                    arrangement.agent(*v).holds(Role::chief_executive) ||
                    arrangement.agent(*v).id == arrangement.statutory_officer.agent))
          break;
        if (!told.insert({r.actor, r.subject}).second) break;
        line = name(r.actor) + " learned of " + text(r.subject);
        break;
      }
      case LogKind::harm: {
        const int day = static_cast<int>(std::floor(r.time));
        auto at = std::find(harm_subjects.begin(), harm_subjects.end(), r.subject);
        if (at == harm_subjects.end()) at = harm_subjects.insert(harm_subjects.end(), r.subject);
        harm_by_day[{day, static_cast<std::size_t>(at - harm_subjects.begin())}] += r.value;
        break;
      }
      case LogKind::response_taken:
        line = name(r.actor) + " took action on " + text(r.subject) + ": " + text(r.note);
        break;
      case LogKind::item_released:
        line = name(r.actor) + " released a concern about " + text(r.subject) + " it had held, and passed it on";
        break;
      case LogKind::item_blocked:
        line = "a concern about " + text(r.subject) + " stopped with " + name(r.actor) + ": " + text(r.note);
        break;
      case LogKind::item_held:
        line = name(r.actor) + " held a concern about " + text(r.subject);
        break;
      case LogKind::item_lost:
        line = "an item about " + text(r.subject) + " from " + name(r.actor) + " to " + name(r.other) +
               " was lost";
        break;
      case LogKind::drawn_in:
        line = "reputational risk drew in " + name(r.actor) + " over " + text(r.subject);
        break;
      case LogKind::confidentiality_blocked:
        if (told.insert({r.other, r.subject}).second)
          line = "personal details of " + text(r.subject) + " were kept from " + name(r.other) +
                 "; an aggregate went instead";
        break;
      case LogKind::personal_disclosed:
        line = "personal information about " + text(r.subject) + " reached " + name(r.actor) + " (a breach)";
        break;
      case LogKind::action_required:
        line = name(r.actor) + " required " + name(r.other) + " to act on " + text(r.subject);
        break;
      case LogKind::post_vacated:
        line = name(r.actor) + "'s post fell vacant";
        break;
      default:
        break;
    }
    if (!line.empty()) lines.emplace_back(r.time, sentence(line));
  }
  for (const auto& [when, count] : harm_by_day) {
    std::ostringstream line;
    line << count << (count == 1 ? " person" : " people") << " came to harm (" << text(harm_subjects[when.second])
         << ").";
    lines.emplace_back(when.first, line.str());
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return std::floor(a.first) < std::floor(b.first); });
  return lines;
}

}  // namespace govsim
