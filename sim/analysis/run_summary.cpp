#include "analysis/run_summary.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "analysis/area_results.hpp"
#include "analysis/day_label.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_digest.hpp"

namespace govsim {
namespace {

std::string fixed(double x, int decimals) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(decimals) << x;
  return text.str();
}

// Each council on a line, worst first, in columns a reader can run a finger down.
void write_council_table(std::ostream& out, const RunReport& report) {
  const auto order = ranked(report.areas);
  const bool per_head = order.front()->population.has_value();
  out << "Councils, worst first (" << report.areas.size() << " councils; ranked by people harmed"
      << (per_head ? " per 100,000 living there" : "") << ")\n";
  out << "  " << std::left << std::setw(24) << "council" << std::right << std::setw(8) << "harmed"
      << (per_head ? "  per 100,000" : "") << std::setw(14) << "without care" << std::setw(15)
      << "council knew" << std::setw(16) << "days from harm" << std::setw(17) << "decision took"
      << std::setw(6) << "gaps"
      << "\n";
  for (const AreaResult* a : order) {
    const auto lag = a->days_harm_to_council(report.days);
    out << "  " << std::left << std::setw(24) << a->name.substr(0, 23) << std::right << std::setw(8)
        << fixed(a->harm, 0);
    if (per_head) out << std::setw(13) << (a->harm_per_100k() ? fixed(*a->harm_per_100k(), 1) : "-");
    out << std::setw(14) << fixed(a->unmet_need, 0) << std::setw(15)
        << (a->council_knew_day ? day_label(*a->council_knew_day)
            : a->first_harm_day ? "never"
                                : "-")
        << std::setw(16) << (lag ? fixed(*lag, 1) : "-") << std::setw(17)
        << (a->decision_days ? fixed(*a->decision_days, 1) + " days" : "-") << std::setw(6) << a->gaps
        << "\n";
  }
  out << "  (\"council knew\": the first day a councillor or council body of that council knew of harm to "
         "its\n"
         "  people; \"days from harm\": from its first harm until then, or until the end if never)\n\n";
}

}  // namespace

void write_run_summary(std::ostream& out, const EventLog& log, const Arrangement& arrangement,
                       const Scenario& scenario, const RunReport& report) {
  const RunDigest digest = digest_run(log, arrangement, scenario);
  const PlainWords words(arrangement, scenario);

  // The arrangement's own findings come first: a run on an unlawful arrangement says so.
  const auto errors = std::count_if(report.own_findings.begin(), report.own_findings.end(),
                                    [](const Finding& f) { return f.severity == Finding::Severity::error; });
  const auto warnings = static_cast<long>(report.own_findings.size()) - errors;
  if (!report.own_findings.empty()) {
    out << "This arrangement's own findings (govsim check): " << errors
        << (errors == 1 ? " error" : " errors") << ", " << warnings
        << (warnings == 1 ? " warning" : " warnings") << "\n";
    for (std::size_t i = 0; i < report.own_findings.size() && i < 3; ++i)
      out << "  " << (report.own_findings[i].severity == Finding::Severity::error ? "error: " : "warning: ")
          << words.reworded(report.own_findings[i].message) << "\n";
    if (report.own_findings.size() > 3) out << "  ... and " << report.own_findings.size() - 3 << " more\n";
    out << "\n";
  }

  // A run of several councils is read council by council: a table ranking them,
  // then what is common to all; each council's own story is in the report.
  const bool many = !report.areas.empty();
  if (many) write_council_table(out, report);

  // One time-ordered account of injects, decisions and what they changed.
  std::vector<std::pair<double, std::string>> happened = digest.injects;
  for (const DecisionSeen& d : digest.decisions) {
    happened.emplace_back(
        d.day,
        words.agent(d.decider) + " decided on " + words.subject(d.subject) + ": \"" +
            words.option(d.subject, d.option) + "\"" + " (" +
            (d.advice_on_record ? "professional advice on record" : "no professional advice on record") +
            (d.overruled_without_reasons ? ", overruled without recorded reasons" : "") +
            (d.minuted ? "" : "; no minute or decision record") + ")");
    if (d.implemented_day)
      happened.emplace_back(*d.implemented_day, "the first direction carrying out \"" +
                                                    words.option(d.subject, d.option) + "\" was implemented");
    else if (d.by_direction)
      happened.emplace_back(d.day,
                            "its directions were never carried out" +
                                std::string(d.directions_lost ? " (lost on the way)" : " (not by the end)"));
  }
  for (const ConditionSeen& c : digest.conditions) {
    std::string line =
        words.condition(c.condition) + " became " + words.condition_value(c.condition, c.value);
    if (!c.by.empty())
      line += " (" + words.agent(c.by) +
              (c.directed_by.empty() ? "" : ", as directed by " + words.agent(c.directed_by)) + ")";
    happened.emplace_back(c.day, line);
  }
  // Levers pulled: who acted on what, within their authority.
  for (const LogRecord& r : log.records())
    if (r.kind == LogKind::response_taken)
      happened.emplace_back(r.time, words.agent(log.text(r.actor)) + " took action on " +
                                        words.subject(log.text(r.subject)) + ": " +
                                        words.response(log.text(r.note)));
  std::stable_sort(happened.begin(), happened.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  if (!many) {
    out << "What happened\n";
    if (happened.empty()) out << "  nothing was injected or decided\n";
    for (const auto& [when, what] : happened) out << "  " << day_label(when) << ": " << what << '\n';
  }

  for (const SubjectAwareness& a : digest.harms) {
    if (many) break;
    out << "\nWho knew of " << words.subject(a.subject) << ", and when\n";
    if (!a.first_harm_day)
      out << "  nobody was harmed\n";
    else
      out << "  " << people(a.harm_total) << " harmed, the first on " << day_label(*a.first_harm_day) << "; "
          << a.harm_before_accountable_awareness << " of them before anyone accountable knew\n";
    for (std::size_t i = 0; i < a.first_known_by.size() && i < 10; ++i)
      out << "  " << day_label(a.first_known_by[i].second) << ": " << words.agent(a.first_known_by[i].first)
          << '\n';
    if (a.first_known_by.size() > 10) out << "  ... and " << a.first_known_by.size() - 10 << " more\n";
    // "Knew" is the measure of harm reaching the council; of a matter that
    // harmed nobody the council only heard.
    out << "  the council (its first councillor or committee) "
        << (a.council_knows_day
                ? (a.first_harm_day ? "knew on " : "heard of it on ") + day_label(*a.council_knows_day)
                : (a.first_harm_day ? "never knew" : "never heard of it"))
        << '\n';
  }

  const auto routes = route_groups(report.escalation_paths);
  out << "\nEscalation paths (" << routes.size() << " routes)\n";
  if (routes.empty()) out << "  nothing was escalated\n";
  for (std::size_t i = 0; i < routes.size() && i < 6; ++i) {
    const EscalationPath& p = *routes[i].route;
    out << "  " << words.subject(p.subject) << ": " << words.agent(p.raised_by);
    for (const PathHop& hop : p.hops) out << " -> " << words.agent(hop.to);
    if (routes[i].occurrences > 1) out << "  (" << routes[i].occurrences << " times)";
    out << "\n    " << endings_phrase(routes[i]) << '\n';
  }
  if (routes.size() > 6) out << "  ... and " << routes.size() - 6 << " more (see --report)\n";

  // The most severe six, told in the order they opened.
  const std::vector<const Gap*> in_order = gaps_in_reading_order(report.gaps);
  std::vector<const Gap*> severest = in_order;
  std::stable_sort(severest.begin(), severest.end(),
                   [](const Gap* a, const Gap* b) { return a->severity > b->severity; });
  if (severest.size() > 6) severest.resize(6);
  std::vector<const Gap*> top;
  for (const Gap* g : in_order)
    if (std::find(severest.begin(), severest.end(), g) != severest.end()) top.push_back(g);
  out << "\nAccountability gaps (" << report.gaps.size() << ")\n";
  if (top.empty()) out << "  none found\n";
  for (const Gap* g : top) out << "  - " << gap_heading(g->type) << ". " << g->explanation << '\n';
  if (report.gaps.size() > 6) out << "  ... and " << report.gaps.size() - 6 << " more (see --report)\n";
  out << "\nKey measures\n";
  if (report.metrics.decisions.empty())
    out << "  no decisions in this run\n";
  else
    out << "  decisions with a full record (advice, reasons where it was overruled, a minute): "
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
    if (!many)
      out << "  the decision on " << words.subject(d.subject) << " took " << days_phrase(d.latency_days)
          << " from being put to being taken\n";
  for (const auto& s : report.metrics.subjects)
    if (s.harm_to_accountable_awareness_days && !many)
      out << "  " << words.subject(s.subject) << ": "
          << awareness_after_harm(*s.harm_to_accountable_awareness_days) << "; "
          << people(s.harm_before_mitigation) << " harmed before the first action that reduced the risk\n";

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
