#include "scene/decision.hpp"

#include <algorithm>

namespace govsim::view {

std::vector<SceneDecision> decisions_until(const Replay& replay, double day,
                                           const std::optional<Perspective>& as) {
  const EventLog& log = replay.log();
  const PlainWords& words = replay.words();
  const Arrangement& a = replay.arrangement();
  std::vector<SceneDecision> out;
  const auto& records = log.records();
  const std::size_t until = replay.records_until(day);
  for (std::size_t i = 0; i < until; ++i) {
    const LogRecord& r = records[i];
    if (r.kind != LogKind::decision_taken) continue;
    const auto decider = replay.agent_of(r.actor);
    if (!decider) continue;
    SceneDecision d;
    d.decider = *decider;
    d.day = r.time;
    const std::string subject(log.text(r.subject));
    d.matter = words.subject(subject);
    d.option = words.option(subject, log.text(r.note));
    d.to_advise = replay.agent_of(r.other);
    d.advice_on_record = r.value > 0;
    bool advice_recorded = false;
    for (std::size_t k = 0; k < i; ++k) {
      const LogRecord& given = records[k];
      if (given.kind != LogKind::advice_given || given.subject != r.subject || given.other != r.actor)
        continue;
      const auto adviser = replay.agent_of(given.actor);
      if (adviser && std::find(d.advisers.begin(), d.advisers.end(), *adviser) == d.advisers.end())
        d.advisers.push_back(*adviser);
      advice_recorded = advice_recorded || (given.flags & log_flag::recorded) != 0;
    }
    const bool involved = !as || as->viewer == d.decider ||
                          std::find(d.advisers.begin(), d.advisers.end(), as->viewer) != d.advisers.end();
    if (!involved) continue;
    d.chose = "Chose \u201c" + d.option + "\u201d";
    std::vector<std::string> names;
    for (AgentVertex v : d.advisers) names.push_back(a.agent(v).name);
    if (!names.empty())
      d.advice =
          "Advice from " + listed(names) +
          (d.advice_on_record ? ", on the record"
                              : (advice_recorded ? ", not on the record when decided" : ", off the record"));
    else if (d.to_advise)
      d.advice = "No advice on record from " + a.agent(*d.to_advise).name;
    else
      d.advice = "No professional advice on record";
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace govsim::view
