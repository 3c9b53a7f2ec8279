#include "analysis/run_summary.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/run_digest.hpp"

namespace govsim {
namespace {

std::string name_of(const Arrangement& arrangement, std::string_view id) {
  if (const auto v = arrangement.find(id)) return arrangement.agent(*v).name;
  return std::string(id);
}

}  // namespace

void write_run_summary(std::ostream& out, const EventLog& log, const Arrangement& arrangement,
                       const Scenario& scenario, const RunReport& report) {
  const RunDigest digest = digest_run(log, arrangement, scenario);

  // One time-ordered account of injects, decisions and what they changed.
  std::vector<std::pair<double, std::string>> happened = digest.injects;
  for (const DecisionSeen& d : digest.decisions) {
    happened.emplace_back(d.day, name_of(arrangement, d.decider) + " decided on " + d.subject + ": " +
                                     d.option +
                                     (d.advice_on_record ? " (professional advice on record)"
                                                         : " (no professional advice on record)"));
    if (d.implemented_day)
      happened.emplace_back(*d.implemented_day,
                            "the first direction carrying out '" + d.option + "' was implemented");
    else if (d.by_direction)
      happened.emplace_back(d.day,
                            "its directions were never carried out" +
                                std::string(d.directions_lost ? " (lost on the way)" : " (not by the end)"));
  }
  for (const ConditionSeen& c : digest.conditions) {
    std::ostringstream line;
    line << c.condition << " became " << c.value;
    if (!c.by.empty()) line << " (" << name_of(arrangement, c.by) << ")";
    happened.emplace_back(c.day, line.str());
  }
  // Levers pulled: who acted on what, within their authority.
  for (const LogRecord& r : log.records())
    if (r.kind == LogKind::response_taken)
      happened.emplace_back(r.time, name_of(arrangement, log.text(r.actor)) + " took action on " +
                                        std::string(log.text(r.subject)) + ": " + std::string(log.text(r.note)));
  std::stable_sort(happened.begin(), happened.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  out << "What happened\n";
  if (happened.empty()) out << "  nothing was injected or decided\n";
  for (const auto& [when, what] : happened) out << "  " << day_label(when) << ": " << what << '\n';

  for (const SubjectAwareness& a : digest.harms) {
    out << "\nWho knew of " << a.subject << ", and when\n";
    if (!a.first_harm_day)
      out << "  nobody was harmed\n";
    else
      out << "  " << a.harm_total << " people harmed, the first on " << day_label(*a.first_harm_day) << "; "
          << a.harm_before_accountable_awareness
          << " before any accountable agent (one answerable to a forum, or a forum) knew\n";
    for (std::size_t i = 0; i < a.first_known_by.size() && i < 10; ++i)
      out << "  " << day_label(a.first_known_by[i].second) << ": "
          << name_of(arrangement, a.first_known_by[i].first) << '\n';
    if (a.first_known_by.size() > 10) out << "  ... and " << a.first_known_by.size() - 10 << " more\n";
    out << "  the council (its first elected member or committee) "
        << (a.council_knows_day ? "knew on " + day_label(*a.council_knows_day) : "never knew") << '\n';
  }

  out << "\nEscalation paths (" << report.escalation_paths.size() << ")\n";
  if (report.escalation_paths.empty()) out << "  nothing was escalated\n";
  for (std::size_t i = 0; i < report.escalation_paths.size() && i < 6; ++i) {
    const EscalationPath& p = report.escalation_paths[i];
    out << "  " << p.subject << ": " << p.raised_by;
    for (const PathHop& hop : p.hops) out << " -> " << hop.to;
    if (p.occurrences > 1) out << "  (" << p.occurrences << " times)";
    out << "\n    stopped: " << p.explanation << '\n';
  }
  if (report.escalation_paths.size() > 6)
    out << "  ... and " << report.escalation_paths.size() - 6 << " more (see --report)\n";

  std::vector<const Gap*> top;
  for (const Gap& g : report.gaps) top.push_back(&g);
  std::stable_sort(top.begin(), top.end(),
                   [](const Gap* a, const Gap* b) { return a->severity > b->severity; });
  out << "\nAccountability gaps (" << report.gaps.size() << ")\n";
  if (top.empty()) out << "  none found\n";
  for (std::size_t i = 0; i < top.size() && i < 6; ++i) out << "  - " << top[i]->explanation << '\n';
  if (top.size() > 6) out << "  ... and " << top.size() - 6 << " more (see --report)\n";
  out << "\nKey metrics\n";
  if (report.metrics.decisions.empty())
    out << "  no decisions in this run\n";
  else
    out << "  decisions with professional advice on record: "
        << std::round(report.metrics.audit_trail_completeness * 100) << "%\n";
  if (report.metrics.unmet_need > 0)
    out << "  people left without the care they need: " << report.metrics.unmet_need << "\n";
  out << "  matters not accounted for (never reported, only noted, or a required action left open): "
      << report.metrics.unaddressed_matters << "\n";
  if (report.metrics.reports_considered > 0)
    out << "  reports a forum noted without a question: "
        << std::round(report.metrics.noted_without_question_share * 100) << "% of "
        << report.metrics.reports_considered << "\n";
  for (const auto& d : report.metrics.decisions)
    out << "  decision on " << d.subject << " took " << std::round(d.latency_days * 10) / 10 << " days\n";
  for (const auto& s : report.metrics.subjects)
    if (s.harm_to_accountable_awareness_days)
      out << "  " << s.subject << ": " << std::round(*s.harm_to_accountable_awareness_days * 10) / 10
          << " days from first harm to an accountable agent knowing; " << s.harm_before_mitigation
          << " harmed before mitigation\n";

  const WarningSigns& w = digest.warnings;
  out << "\nWarning signs\n"
      << "  items lost on unreliable links: " << w.items_lost << "\n"
      << "  items with no onward route, or for a vacant post: " << w.items_blocked << "\n"
      << "  concerns held by the statutory officer: " << w.concerns_held << "\n"
      << "  professional advice given off the record: " << w.advice_off_record << "\n"
      << "  recorded advice overruled: " << w.advice_overruled << "\n"
      << "  personal information stopped on its way to members: " << w.confidentiality_blocked << "\n"
      << "  personal information that reached members: " << w.personal_disclosed << "\n"
      << "  reports noted without a question: " << w.reports_noted << " (questioned: " << w.reports_questioned
      << ")\n";
}

}  // namespace govsim
