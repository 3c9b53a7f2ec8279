#include <algorithm>
#include <cmath>

#include "analysis/day_label.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_again.hpp"
#include "analysis/run_report.hpp"

namespace govsim {
namespace {

// A table cell: a '|' in the text would end it.
std::string cell(std::string text) {
  for (auto at = text.find('|'); at != std::string::npos; at = text.find('|', at + 2))
    text.replace(at, 1, "\\|");
  return text;
}

}  // namespace

void write_report_markdown(const RunReport& r, const PlainWords& words, std::ostream& out) {
  // A scenario's description is the sentence its author wrote to name it.
  out << "# " << (r.scenario_description.empty() ? capitalised(humanise(r.scenario)) : r.scenario_description)
      << "\n\n";
  out << "On: " << (r.arrangement_description.empty() ? humanise(r.arrangement) : r.arrangement_description)
      << ". " << r.days << " simulated days, seed " << r.provenance.seed
      << set_for_this_run_words(r.provenance) << ".\n\n";

  out << "## This arrangement's own findings\n\n";
  if (r.own_findings.empty())
    out << "govsim check finds no statutory error or warning in this arrangement for this scenario.\n";
  for (const Finding& f : r.own_findings)
    out << "- **" << (f.severity == Finding::Severity::error ? "Error" : "Warning") << ":** "
        << capitalised(words.reworded(f.message)) << "\n";

  double harm = 0, unseen = 0;
  for (const auto& s : r.metrics.subjects) harm += s.harm, unseen += s.harm_before_accountable_awareness;
  out << "\n## Summary\n\n- " << r.gaps.size()
      << (r.gaps.size() == 1 ? " accountability gap" : " accountability gaps") << "\n- " << people(harm)
      << " harmed, " << unseen << " of them before anyone accountable knew\n";
  if (harm > 0) {
    const auto council = council_first_knew(r);
    out << "- "
        << (council ? "the council knew on " + day_label(*council) : std::string("the council never knew"))
        << "\n";
  }
  if (r.metrics.decisions.empty())
    out << "- no decisions in this run\n";
  else
    out << "- " << std::round(r.metrics.audit_trail_completeness * 100)
        << "% of decisions with a full record (advice, reasons where it was overruled, a minute)\n";

  if (!r.areas.empty()) {
    bool per_head = false;
    const auto rows = council_rows(r, per_head);
    out << "\n## Councils, worst first\n\nRanked by people harmed"
        << (per_head ? " per 100,000 living there" : "")
        << ". \"Council knew\": the first day a councillor or council body of that council knew of harm to "
           "its people.\n\n| council | harmed |"
        << (per_head ? " per 100,000 |" : "")
        << " without care | council knew | days from harm | decision took (days) | gaps |\n|---|---|"
        << (per_head ? "---|" : "") << "---|---|---|---|---|\n";
    for (const CouncilRow& row : rows)
      out << "| " << cell(row.name) << " | " << row.harm << " |"
          << (per_head ? " " + row.per_100k + " |" : "") << " " << row.unmet << " | " << row.council_knew
          << " | " << row.days_from_harm << " | " << row.decision_days << " | " << row.gaps << " |\n";
  }

  out << "\n## Accountability gaps (" << r.gaps.size() << ")\n\n";
  if (r.gaps.empty())
    out << "None found.\n";
  else
    out << "| gap | day | matter | who | what happened |\n|---|---|---|---|---|\n";
  for (const Gap* g : gaps_in_reading_order(r.gaps))
    out << "| " << gap_heading(g->type) << " | "
        << (g->day ? std::to_string(static_cast<int>(*g->day)) : "in the arrangement") << " | "
        << cell(g->subject.empty() ? "—" : words.subject(g->subject)) << " | "
        << cell(words.agents(g->agents)) << " | " << cell(g->explanation) << " The rule: " << rule_of(g->type)
        << ". |\n";

  out << "\n## Escalation paths\n\n";
  if (r.escalation_paths.empty()) out << "Nothing was escalated.\n";
  for (const RouteGroup& group : route_groups(r.escalation_paths)) {
    const EscalationPath& p = *group.route;
    out << "### " << capitalised(words.subject(p.subject)) << ": " << words.agent(p.raised_by) << " → "
        << words.agent(p.stopped_at);
    if (group.occurrences > 1)
      out << " (" << group.occurrences << " times, days " << std::floor(group.first_day) << "–"
          << std::floor(group.last_day) << ")";
    out << "\n\n";
    for (const PathHop& hop : p.hops)
      out << "- " << day_label(hop.sent, true) << ": " << words.agent(hop.from) << " → "
          << words.agent(hop.to) << " (" << channel_phrase(hop.channel) << "), "
          << (hop.acted ? "waited " + days_text(hop.wait) + " days" : std::string("no action by the end"))
          << "\n";
    out << "\n" << capitalised(endings_phrase(group)) << ".\n\n";
  }

  out << "## Measures\n\n";
  for (const auto& s : r.metrics.subjects) {
    out << "- " << capitalised(words.subject(s.subject)) << ": " << people(s.harm) << " harmed, "
        << s.harm_before_accountable_awareness << " before anyone accountable knew, "
        << s.harm_before_mitigation << " before mitigation";
    if (s.harm_to_accountable_awareness_days)
      out << "; " << awareness_after_harm(*s.harm_to_accountable_awareness_days);
    out << "\n";
  }
  for (const auto& d : r.metrics.decisions)
    out << "- " << capitalised(words.subject(d.subject)) << ": " << words.agent(d.decider) << " chose \""
        << words.option(d.subject, d.option) << "\", " << days_text(d.latency_days)
        << " days after it was put, " << decision_record_words(d) << "\n";
  for (const auto& l : r.metrics.levers)
    out << "- " << day_label(l.day, true) << ": " << words.agent(l.taker) << " took action on "
        << words.subject(l.subject) << ": " << words.response(l.response) << "\n";
  out << "- People left without the care they need: " << r.metrics.unmet_need << "\n"
      << "- Matters not accounted for: " << r.metrics.unaddressed_matters << "\n";
  if (r.metrics.reports_considered > 0)
    out << "- Reports noted without question: " << std::round(r.metrics.noted_without_question_share * 100)
        << "% of " << r.metrics.reports_considered << "\n";

  out << "\n## What happened\n\n";
  for (const auto& [day, sentence] : r.narrative)
    out << "- " << day_label(day, true) << " — " << sentence << "\n";

  out << "\n## Glossary\n\n";
  for (const GlossaryEntry& e : glossary()) out << "- **" << e.term << "**: " << e.meaning << "\n";
  for (GapType type : all_gap_types())
    if (std::any_of(r.gaps.begin(), r.gaps.end(), [&](const Gap& g) { return g.type == type; }))
      out << "- **" << gap_heading(type) << "**: " << rule_of(type) << ".\n";

  out << "\n## Technical appendix\n\nScenario `" << r.scenario << "` on arrangement `" << r.arrangement
      << "` (" << r.jurisdiction << "), seed " << r.provenance.seed << ", replication "
      << r.provenance.replication << ", " << r.events << " events, fingerprint `" << r.fingerprint
      << "`, govsim " << r.provenance.govsim_version << ". Inputs:";
  for (const InputFile& i : r.provenance.inputs) out << " `" << i.name << "` (" << i.hash << ")";
  out << ".\n";
  out << "\nTo make this run again: `" << run_again_command(r.provenance) << "`\n";
}

}  // namespace govsim
