#include "analysis/run_digest.hpp"

#include <algorithm>

namespace govsim {

RunDigest digest_run(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario) {
  RunDigest digest;
  auto text = [&](Symbol s) { return std::string(log.text(s)); };
  for (const LogRecord& r : log.records()) {
    switch (r.kind) {
      case LogKind::inject:
        if (r.note != no_symbol) digest.injects.emplace_back(r.time, text(r.note));
        break;
      case LogKind::decision_taken: {
        DecisionSeen d;
        d.day = r.time;
        d.decider = text(r.actor);
        d.subject = text(r.subject);
        d.option = text(r.note);
        d.advice_on_record = r.value > 0;
        d.minuted = (r.flags & log_flag::recorded) != 0;
        digest.decisions.push_back(d);
        break;
      }
      case LogKind::item_sent:
      case LogKind::item_lost:
      case LogKind::direction_implemented: {
        if (r.kind == LogKind::item_lost) ++digest.warnings.items_lost;
        if (log.text(r.what) != "direction") break;
        for (auto& d : digest.decisions) {
          if (d.subject != text(r.subject)) continue;
          if (r.kind == LogKind::item_sent) d.by_direction = true;
          if (r.kind == LogKind::item_lost) ++d.directions_lost;
          if (r.kind == LogKind::direction_implemented && !d.implemented_day) d.implemented_day = r.time;
        }
        break;
      }
      case LogKind::condition_changed:
        digest.conditions.push_back({r.time, text(r.subject), text(r.actor), text(r.other), r.value});
        break;
      case LogKind::item_escalated: {
        const std::string subject = text(r.subject);
        auto entry = std::find_if(digest.escalations.begin(), digest.escalations.end(),
                                  [&](const auto& e) { return e.first == subject; });
        if (entry == digest.escalations.end()) {
          digest.escalations.push_back({subject, {}});
          entry = std::prev(digest.escalations.end());
        }
        entry->second.push_back({r.time, text(r.actor), text(r.other), text(r.channel)});
        break;
      }
      case LogKind::item_blocked:
        ++digest.warnings.items_blocked;
        break;
      case LogKind::item_held:
        ++digest.warnings.concerns_held;
        break;
      case LogKind::advice_given:
        if (!(r.flags & log_flag::recorded)) ++digest.warnings.advice_off_record;
        break;
      case LogKind::advice_overruled:
        ++digest.warnings.advice_overruled;
        if (!(r.flags & log_flag::recorded))
          for (auto& d : digest.decisions)
            if (d.subject == text(r.subject)) d.overruled_without_reasons = true;
        break;
      case LogKind::confidentiality_blocked:
        ++digest.warnings.confidentiality_blocked;
        break;
      case LogKind::personal_disclosed:
        ++digest.warnings.personal_disclosed;
        break;
      case LogKind::report_noted:
        ++digest.warnings.reports_noted;
        break;
      case LogKind::question_asked:
        ++digest.warnings.reports_questioned;
        break;
      default:
        break;
    }
  }
  for (const Cohort& cohort : scenario.cohorts)
    digest.harms.push_back(awareness_of(log, arrangement, cohort.subject));
  return digest;
}

}  // namespace govsim
