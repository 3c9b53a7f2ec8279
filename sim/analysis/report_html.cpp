#include <algorithm>
#include <cmath>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/path_diagram.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_again.hpp"
#include "analysis/run_report.hpp"
#include "report/html_text.hpp"

namespace govsim {
namespace {

std::string h(std::string_view text) { return html_text(text); }

// Tables become one card per row on a phone; each cell then shows its
// column's name from data-label.
constexpr const char* style = R"(
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:0;color:#1b1b1b;background:#f7f7f4;line-height:1.45;overflow-wrap:break-word}
header{background:#16324f;color:#fff;padding:24px 40px}
header h1{margin:0 0 6px;font-size:28px} header p{margin:2px 0;opacity:.9}
main{padding:10px 40px 40px;max-width:1200px}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:18px 24px;margin:18px 0}
h2{margin-top:0;color:#16324f;font-size:22px} h3{font-size:17px;margin:18px 0 8px}
.cards{display:flex;gap:14px;flex-wrap:wrap}
.card{flex:1 1 170px;border-left:6px solid #16324f;background:#eef2f6;padding:10px 14px;border-radius:4px}
.card b{display:block;font-size:26px}
table{border-collapse:collapse;width:100%;font-size:14px;table-layout:auto}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}
th{background:#eef2f6}
td.num{white-space:nowrap}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:bold;color:#fff;background:#555}
.sev5{background:#a50026}.sev4{background:#d73027}.sev3{background:#b35806}.sev2{background:#4575b4}.sev1{background:#3a7ca5}
.rule{display:block;color:#555;font-size:12px;margin-top:3px}
.path{border-top:1px solid #eee;padding-top:10px;margin-top:10px}
.path svg{max-width:100%;height:auto}
.path svg+p.route{display:none}
.stop{color:#8a3b00;font-weight:bold;margin:4px 0}
ul.endings{margin:4px 0 0;padding-left:20px}
ol.timeline{list-style:none;padding-left:0} ol.timeline li{padding:4px 0;border-bottom:1px dotted #ddd}
ol.timeline .day{display:inline-block;min-width:80px;font-weight:bold;color:#16324f}
.finding.error{color:#a50026}
dl.glossary dt{font-weight:bold;margin-top:8px} dl.glossary dd{margin-left:0}
details.technical summary{cursor:pointer;color:#16324f;font-weight:bold}
details.technical code{font-size:12px}
footer{color:#666;font-size:12px;padding:0 40px 30px}
@media (max-width:700px){
  header{padding:16px 18px} header h1{font-size:22px}
  main{padding:6px 10px 20px}
  section{padding:12px 14px}
  table,thead,tbody,tr,th,td{display:block;width:100%}
  tr.head{display:none}
  tr{border-bottom:2px solid #ddd;padding:6px 0}
  td{border:none;padding:2px 0}
  td[data-label]::before{content:attr(data-label) ": ";font-weight:bold;color:#555}
  footer{padding:0 12px 20px}
}
@page{size:A4;margin:12mm}
@media print{
  body{background:#fff;font-size:10px;line-height:1.3}
  header{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #16324f}
  header h1{font-size:20px}
  main{padding:0;max-width:none}
  section{border:none;padding:0;margin:10px 0}
  h2,h3{break-after:avoid;page-break-after:avoid}
  tr,.card,.path,li,dt,dd{break-inside:avoid;page-break-inside:avoid}
  table{font-size:10px}
  .path svg{display:none}
  .path svg+p.route{display:block}
  .path{margin-top:4px;padding-top:4px} .path h3{margin:4px 0}
  .cards{gap:6px} .card{padding:4px 8px} .card b{font-size:16px}
  ol.timeline,dl.glossary{column-count:2;column-gap:18px}
  ol.timeline li{padding:1px 0}
  dl.glossary dt{margin-top:3px}
  details.technical,footer{display:none}
}
)";

void own_findings(const RunReport& r, const PlainWords& words, std::ostream& out) {
  int arrangement_gaps = 0;
  for (const Gap& g : r.gaps) arrangement_gaps += g.day ? 0 : 1;
  out << "<section id=\"own-findings\"><h2>This arrangement's own findings</h2>";
  if (r.own_findings.empty())
    out << "<p>govsim check finds no statutory error or warning in this arrangement for this scenario.";
  else {
    out << "<p>What <code>govsim check</code> says before anything is run:</p><ul>";
    for (const Finding& f : r.own_findings)
      out << "<li class=\"finding " << (f.severity == Finding::Severity::error ? "error" : "warning")
          << "\"><b>" << (f.severity == Finding::Severity::error ? "Error" : "Warning") << ":</b> "
          << h(capitalised(words.reworded(f.message))) << "</li>";
    out << "</ul><p>";
  }
  if (arrangement_gaps > 0)
    out << " " << arrangement_gaps << " accountability " << (arrangement_gaps == 1 ? "gap is" : "gaps are")
        << " in the arrangement itself; they head the list below.";
  out << "</p></section>\n";
}

void summary(const RunReport& r, std::ostream& out) {
  double harm = 0, unseen = 0;
  for (const auto& s : r.metrics.subjects) harm += s.harm, unseen += s.harm_before_accountable_awareness;
  const auto council = council_first_knew(r);
  auto card = [&](const std::string& figure, const std::string& words) {
    out << "<div class=\"card\"><b>" << figure << "</b>" << words << "</div>";
  };
  out << "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">";
  card(std::to_string(r.gaps.size()), r.gaps.size() == 1 ? "accountability gap" : "accountability gaps");
  std::ostringstream harmed;
  harmed << harm;
  card(harmed.str(), "people harmed");
  std::ostringstream before;
  before << unseen << " of " << harm;
  card(before.str(), "harmed before anyone accountable knew");
  if (harm > 0)
    card(council ? std::to_string(static_cast<int>(std::floor(*council))) : "never",
         council ? "days until the council knew" : "the council knew of the harm");
  if (r.metrics.decisions.empty())
    card("none", "decisions in this run");
  else
    card(std::to_string(static_cast<int>(std::round(r.metrics.audit_trail_completeness * 100))) + "%",
         "decisions with a full record");
  out << "</div><p>" << r.days << " simulated days, seed " << r.provenance.seed
      << h(set_for_this_run_words(r.provenance))
      << ". Every term is defined in the <a href=\"#glossary\">glossary</a>.</p></section>\n";
}

// A run of several councils: one row per council, worst first.
void councils(const RunReport& r, std::ostream& out) {
  if (r.areas.empty()) return;
  bool per_head = false;
  const auto rows = council_rows(r, per_head);
  out << "<section id=\"councils\"><h2>Councils, worst first</h2><p>Ranked by people harmed"
      << (per_head ? " per 100,000 living there" : "")
      << ". <i>Council knew</i>: the first day a councillor or council body of that council knew of harm to "
         "its "
         "people.</p><table><tr class=\"head\"><th>council</th><th>harmed</th>"
      << (per_head ? "<th>per 100,000</th>" : "")
      << "<th>without care</th><th>council knew</th><th>days from harm</th><th>decision took (days)</th>"
         "<th>gaps</th></tr>";
  for (const CouncilRow& row : rows) {
    out << "<tr><td data-label=\"council\">" << h(row.name) << "</td><td class=\"num\" data-label=\"harmed\">"
        << row.harm << "</td>";
    if (per_head) out << "<td class=\"num\" data-label=\"per 100,000\">" << row.per_100k << "</td>";
    out << "<td class=\"num\" data-label=\"without care\">" << row.unmet
        << "</td><td data-label=\"council knew\">" << h(row.council_knew)
        << "</td><td class=\"num\" data-label=\"days from harm\">" << row.days_from_harm
        << "</td><td class=\"num\" data-label=\"decision took\">" << row.decision_days
        << "</td><td class=\"num\" data-label=\"gaps\">" << row.gaps << "</td></tr>";
  }
  out << "</table></section>\n";
}

void gaps(const RunReport& r, const PlainWords& words, std::ostream& out) {
  out << "<section id=\"gaps\"><h2>Accountability gaps</h2>";
  if (r.gaps.empty()) {
    out << "<p>None found.</p></section>\n";
    return;
  }
  out << "<table><tr class=\"head\"><th>gap</th><th>day</th><th>matter</th><th>who</th><th>what "
         "happened</th></tr>";
  for (const Gap* g : gaps_in_reading_order(r.gaps))
    out << "<tr><td data-label=\"gap\"><span class=\"badge sev" << g->severity << "\">"
        << h(gap_heading(g->type)) << "</span></td><td class=\"num\" data-label=\"day\">"
        << (g->day ? std::to_string(static_cast<int>(*g->day)) : "in the arrangement")
        << "</td><td data-label=\"matter\">"
        << (g->subject.empty() ? "&mdash;" : h(words.subject(g->subject))) << "</td><td data-label=\"who\">"
        << h(words.agents(g->agents)) << "</td><td data-label=\"what happened\">" << h(g->explanation)
        << "<span class=\"rule\">The rule: " << h(rule_of(g->type)) << ".</span></td></tr>";
  out << "</table></section>\n";
}

void paths(const RunReport& r, const PlainWords& words, std::ostream& out) {
  out << "<section id=\"paths\"><h2>Escalation paths</h2>";
  if (r.escalation_paths.empty()) out << "<p>Nothing was escalated.</p>";
  for (const RouteGroup& group : route_groups(r.escalation_paths)) {
    const EscalationPath& p = *group.route;
    out << "<div class=\"path\"><h3>" << h(capitalised(words.subject(p.subject))) << ": raised by "
        << h(words.agent(p.raised_by));
    if (group.occurrences > 1)
      out << " &mdash; " << group.occurrences << " times, days " << std::floor(group.first_day) << "&ndash;"
          << std::floor(group.last_day);
    else
      out << " on " << day_label(p.first_day);
    out << "</h3>";
    // The route in words follows the drawing: shown on paper, where drawings
    // take too much room, and wherever `dot` is not installed.
    if (const auto svg = render_svg(path_dot(p, words))) out << *svg;
    out << "<p class=\"route\">" << h(words.agent(p.raised_by));
    for (const PathHop& hop : p.hops) out << " &rarr; " << h(words.agent(hop.to));
    out << "</p>";
    if (group.endings.size() == 1)
      out << "<p class=\"stop\">" << h(capitalised(endings_phrase(group))) << "</p>";
    else {
      out << "<p class=\"stop\">Ended " << group.endings.size() << " ways:</p><ul class=\"endings\">";
      for (const auto& [ending, times] : group.endings)
        out << "<li>" << h(ending) << " (" << times_phrase(times) << ")</li>";
      out << "</ul>";
    }
    out << "</div>";
  }
  out << "</section>\n";
}

void timeline(const RunReport& r, std::ostream& out) {
  out << "<section id=\"timeline\"><h2>What happened, day by day</h2><ol class=\"timeline\">";
  for (const auto& [day, sentence] : r.narrative)
    out << "<li><span class=\"day\">" << day_label(day, true) << "</span> " << h(sentence) << "</li>";
  out << "</ol></section>\n";
}

void metrics(const RunReport& r, const PlainWords& words, std::ostream& out) {
  const RunMetrics& m = r.metrics;
  out << "<section id=\"metrics\"><h2>Measures</h2><h3>Who knew, and when</h3>";
  out << "<table><tr class=\"head\"><th>matter</th><th>people harmed</th><th>harmed before anyone "
         "accountable "
         "knew</th><th>harmed before mitigation</th><th>who learned of it, in order</th></tr>";
  for (const auto& s : m.subjects) {
    // People by name, as the summary and the Markdown report give them (the
    // JSON keeps the roles, for comparing arrangements).
    std::string list;
    for (const SubjectAwareness& a : r.awareness)
      if (a.subject == s.subject)
        for (const auto& [agent, day] : a.first_known_by)
          list += (list.empty() ? "" : "; ") + words.agent(agent) + " (" + day_label(day) + ")";
    out << "<tr><td data-label=\"matter\">" << h(capitalised(words.subject(s.subject)))
        << "</td><td class=\"num\" data-label=\"people harmed\">" << s.harm
        << "</td><td class=\"num\" data-label=\"before anyone accountable knew\">"
        << s.harm_before_accountable_awareness << "</td><td class=\"num\" data-label=\"before mitigation\">"
        << s.harm_before_mitigation << "</td><td data-label=\"who learned\">" << h(list) << "</td></tr>";
  }
  out << "</table><h3>Decisions</h3>";
  if (m.decisions.empty())
    out << "<p>No decisions in this run.</p>";
  else {
    out << "<table><tr class=\"head\"><th>matter</th><th>decided by</th><th>choice</th><th>days to "
           "decide</th>"
           "<th>on record</th></tr>";
    for (const auto& d : m.decisions)
      out << "<tr><td data-label=\"matter\">" << h(capitalised(words.subject(d.subject)))
          << "</td><td data-label=\"decided by\">" << h(words.agent(d.decider))
          << "</td><td data-label=\"choice\">" << h(words.option(d.subject, d.option))
          << "</td><td class=\"num\" data-label=\"days to decide\">" << days_text(d.latency_days)
          << "</td><td data-label=\"on record\">" << h(decision_record_words(d)) << "</td></tr>";
    out << "</table>";
  }
  out << "<h3>Gaps by type</h3><table><tr class=\"head\"><th>gap</th><th>how many</th></tr>";
  for (GapType type : all_gap_types()) {
    const auto count = m.gap_counts.find(std::string(to_string(type)));
    if (count == m.gap_counts.end() || count->second == 0) continue;
    out << "<tr><td data-label=\"gap\">" << h(gap_heading(type))
        << "</td><td class=\"num\" data-label=\"how many\">" << count->second << "</td></tr>";
  }
  out << "</table><p>Also: " << m.unmet_need << " people left without the care they need; "
      << m.unaddressed_matters << " matters not accounted for";
  if (m.reports_considered > 0)
    out << "; " << std::round(m.noted_without_question_share * 100) << "% of " << m.reports_considered
        << " reports noted without question";
  out << ".</p></section>\n";
}

// The measures, and the gaps this report names (docs/gaps.md has them all).
void glossary_section(const RunReport& r, std::ostream& out) {
  out << "<section id=\"glossary\"><h2>Glossary</h2><dl class=\"glossary\">";
  for (const GlossaryEntry& e : glossary())
    out << "<dt>" << h(e.term) << "</dt><dd>" << h(e.meaning) << "</dd>";
  for (GapType type : all_gap_types())
    if (std::any_of(r.gaps.begin(), r.gaps.end(), [&](const Gap& g) { return g.type == type; }))
      out << "<dt>" << h(gap_heading(type)) << "</dt><dd>The rule: " << h(rule_of(type)) << ".</dd>";
  out << "</dl></section>\n";
}

// Ids, fingerprint and inputs, for whoever reproduces the run; collapsed, and
// left off paper.
void technical(const RunReport& r, const PlainWords& words, std::ostream& out) {
  out << "<details class=\"technical\" id=\"technical\"><summary>Technical appendix: ids, inputs and "
         "where time went</summary>";
  out << "<p>Scenario <code>" << h(r.scenario) << "</code> on arrangement <code>" << h(r.arrangement)
      << "</code> (" << h(r.jurisdiction) << "), seed " << r.provenance.seed << ", replication "
      << r.provenance.replication << ", " << r.events << " events, fingerprint <code>" << h(r.fingerprint)
      << "</code>, govsim " << h(r.provenance.govsim_version) << ".</p><p>Inputs: ";
  for (const InputFile& i : r.provenance.inputs)
    out << "<code>" << h(i.name) << "</code> (" << h(i.role) << ", " << h(i.hash) << ") ";
  out << "</p>";
  out << "<p>To make this run again: <code>" << h(run_again_command(r.provenance))
      << "</code></p><h3>Gap types</h3><table><tr class=\"head\"><th>heading</th><th>id</th></tr>";
  for (GapType type : all_gap_types())
    out << "<tr><td>" << h(gap_heading(type)) << "</td><td><code>" << to_string(type) << "</code></td></tr>";
  out << "</table><h3>Where time went</h3><table><tr class=\"head\"><th>who</th><th>id</th><th>items "
         "handled</th><th>days waiting in the in-tray (total)</th><th>mean wait</th></tr>";
  for (const auto& w : r.metrics.hidden_work)
    out << "<tr><td>" << h(words.agent(w.agent)) << "</td><td><code>" << h(w.agent) << "</code></td><td>"
        << w.items_handled << "</td><td>" << days_text(w.waiting_days) << "</td><td>"
        << days_text(w.mean_wait_days) << "</td></tr>";
  out << "</table></details>\n";
}

}  // namespace

void write_report_html(const RunReport& r, const PlainWords& words, std::ostream& out) {
  // A scenario's description is the sentence its author wrote to name it.
  const std::string scenario =
      r.scenario_description.empty() ? capitalised(humanise(r.scenario)) : r.scenario_description;
  const std::string on =
      r.arrangement_description.empty() ? humanise(r.arrangement) : r.arrangement_description;
  const std::string title = scenario + ", on " + on;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\">\n<title>govsim report: "
      << h(title) << "</title>\n<style>" << style << "</style></head><body>\n<header><h1>" << h(scenario)
      << "</h1><p>On: " << h(on) << "</p></header>\n<main>\n";
  own_findings(r, words, out);
  summary(r, out);
  councils(r, out);
  gaps(r, words, out);
  paths(r, words, out);
  timeline(r, out);
  metrics(r, words, out);
  glossary_section(r, out);
  technical(r, words, out);
  out << "</main><footer>govsim " << h(r.provenance.govsim_version) << "</footer></body></html>\n";
}

}  // namespace govsim
