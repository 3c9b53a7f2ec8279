#include "analysis/awareness.hpp"

#include "model/accountability.hpp"

namespace govsim {

SubjectAwareness awareness_of(const EventLog& log, const Arrangement& arrangement, std::string_view subject) {
  SubjectAwareness result;
  result.subject = std::string(subject);
  const Symbol wanted = log.symbols().find(subject);
  if (wanted == no_symbol) return result;

  // Which log names are accountable agents, and which are the council.
  std::vector<bool> accountable(log.symbols().size(), false), council(log.symbols().size(), false);
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network))) {
    const Symbol name = log.symbols().find(arrangement.agent(v).id);
    if (name == no_symbol) continue;
    accountable[name] = is_accountable(arrangement, v);
    council[name] = is_council(arrangement.agent(v));
  }

  for (const LogRecord& r : log.records()) {
    if (r.subject != wanted) continue;
    if (r.kind == LogKind::harm) {
      result.harm_total += r.value;
      if (!result.first_harm_day) result.first_harm_day = r.time;
      if (!result.accountable_knows_day) result.harm_before_accountable_awareness += r.value;
    } else if (r.kind == LogKind::became_aware) {
      result.first_known_by.emplace_back(std::string(log.text(r.actor)), r.time);
      if (accountable[r.actor] && !result.accountable_knows_day) result.accountable_knows_day = r.time;
      if (council[r.actor] && !result.council_knows_day) result.council_knows_day = r.time;
    }
  }
  return result;
}

std::vector<std::string> subjects_of(const EventLog& log) {
  std::vector<Symbol> seen;
  std::vector<std::string> subjects;
  for (const LogRecord& r : log.records()) {
    if (r.subject == no_symbol || r.kind == LogKind::condition_changed) continue;
    if (std::find(seen.begin(), seen.end(), r.subject) != seen.end()) continue;
    seen.push_back(r.subject);
    subjects.emplace_back(log.text(r.subject));
  }
  return subjects;
}

}  // namespace govsim
