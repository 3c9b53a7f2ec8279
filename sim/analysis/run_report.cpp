#include "analysis/run_report.hpp"

#include "scenario/run_parameters.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/gap_finder.hpp"
#include "analysis/narrative.hpp"
#include "analysis/path_diagram.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"

namespace govsim {
namespace {

nlohmann::json optional_number(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json();
}

std::string html_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out.append(separator);
    out.append(item);
  }
  return out;
}

}  // namespace

RunReport build_report(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                       double days) {
  RunReport report;
  report.provenance = log.provenance;
  report.fingerprint = fingerprint_hex(log.fingerprint());
  report.events = log.size();
  report.scenario = scenario.name;
  report.scenario_description = scenario.description;
  report.arrangement = arrangement.name;
  report.arrangement_description = arrangement.description;
  report.jurisdiction = std::string(to_string(arrangement.jurisdiction));
  report.days = days;
  report.escalation_paths =
      escalation_paths(log, run_parameters(arrangement, scenario)[Param::hold_limit_days], days);
  report.gaps = find_gaps(log, arrangement, scenario, report.escalation_paths, days);
  report.metrics = run_metrics(log, arrangement, scenario, report.gaps);
  report.narrative = narrate(log, arrangement);
  return report;
}

nlohmann::ordered_json report_json(const RunReport& r) {
  using json = nlohmann::ordered_json;
  json out;
  out["schema"] = "govsim-report";
  out["schema_version"] = 1;
  json inputs = json::array();
  for (const InputFile& i : r.provenance.inputs)
    inputs.push_back({{"role", i.role}, {"name", i.name}, {"hash", i.hash}});
  out["provenance"] = {{"govsim", r.provenance.govsim_version},
                       {"model", r.provenance.model},
                       {"seed", r.provenance.seed},
                       {"replication", r.provenance.replication},
                       {"inputs", inputs},
                       {"fingerprint", r.fingerprint},
                       {"events", r.events}};
  out["run"] = {{"scenario", r.scenario},         {"scenario_description", r.scenario_description},
                {"arrangement", r.arrangement},   {"arrangement_description", r.arrangement_description},
                {"jurisdiction", r.jurisdiction}, {"days", r.days}};
  json gaps = json::array();
  for (const Gap& g : r.gaps)
    gaps.push_back({{"type", std::string(to_string(g.type))},
                    {"subject", g.subject},
                    {"day", optional_number(g.day)},
                    {"agents", g.agents},
                    {"links", g.links},
                    {"severity", g.severity},
                    {"explanation", g.explanation}});
  out["gaps"] = gaps;
  json paths = json::array();
  for (const EscalationPath& p : r.escalation_paths) {
    json hops = json::array();
    for (const PathHop& h : p.hops)
      hops.push_back({{"from", h.from},
                      {"to", h.to},
                      {"channel", h.channel},
                      {"sent", h.sent},
                      {"received", optional_number(h.received)},
                      {"acted", optional_number(h.acted)},
                      {"wait_days", h.wait},
                      {"outcome", h.outcome}});
    paths.push_back({{"subject", p.subject},
                     {"raised_by", p.raised_by},
                     {"first_day", p.first_day},
                     {"last_day", p.last_day},
                     {"occurrences", p.occurrences},
                     {"hops", hops},
                     {"stopped_at", p.stopped_at},
                     {"stop_reason", std::string(to_string(p.end))},
                     {"explanation", p.explanation}});
  }
  out["escalation_paths"] = paths;
  const RunMetrics& m = r.metrics;
  json subjects = json::array();
  for (const auto& s : m.subjects) {
    json known = json::array();
    for (const auto& [role, day] : s.first_known_by_role) known.push_back({{"role", role}, {"day", day}});
    subjects.push_back(
        {{"subject", s.subject},
         {"first_known_by_role", known},
         {"harm", s.harm},
         {"first_harm_day", optional_number(s.first_harm_day)},
         {"harm_to_accountable_awareness_days", optional_number(s.harm_to_accountable_awareness_days)},
         {"harm_before_accountable_awareness", s.harm_before_accountable_awareness},
         {"harm_before_mitigation", s.harm_before_mitigation}});
  }
  json decisions = json::array();
  for (const auto& d : m.decisions)
    decisions.push_back({{"subject", d.subject},
                         {"decider", d.decider},
                         {"option", d.option},
                         {"requested_day", d.requested},
                         {"decided_day", d.decided},
                         {"latency_days", d.latency_days},
                         {"advice_on_record", d.advice_on_record}});
  json work = json::array();
  for (const auto& w : m.hidden_work)
    work.push_back({{"agent", w.agent},
                    {"items_handled", w.items_handled},
                    {"waiting_days", w.waiting_days},
                    {"mean_wait_days", w.mean_wait_days}});
  json levers = json::array();
  for (const auto& l : m.levers)
    levers.push_back({{"subject", l.subject},
                      {"response", l.response},
                      {"taker", l.taker},
                      {"day", l.day},
                      {"cost", l.cost}});
  out["metrics"] = {{"subjects", subjects},
                    {"decisions", decisions},
                    {"levers", levers},
                    {"audit_trail_completeness", m.audit_trail_completeness},
                    {"unmet_need", m.unmet_need},
                    {"unaddressed_matters", m.unaddressed_matters},
                    {"reports_considered", m.reports_considered},
                    {"noted_without_question_share", m.noted_without_question_share},
                    {"gap_counts", m.gap_counts},
                    {"hidden_work", work}};
  json narrative = json::array();
  for (const auto& [day, sentence] : r.narrative) narrative.push_back({{"day", day}, {"text", sentence}});
  out["narrative"] = narrative;
  return out;
}

void write_report_markdown(const RunReport& r, std::ostream& out) {
  out << "# " << r.scenario << " on " << r.arrangement << "\n\n";
  if (!r.scenario_description.empty()) out << r.scenario_description << ".\n\n";
  out << "Seed " << r.provenance.seed << ", " << r.days << " days, " << r.events << " events, fingerprint `"
      << r.fingerprint << "`.\n\n## Accountability gaps (" << r.gaps.size() << ")\n\n";
  if (r.gaps.empty())
    out << "None found.\n";
  else
    out << "| type | day | subject | agents | explanation |\n|---|---|---|---|---|\n";
  for (const Gap& g : r.gaps)
    out << "| " << to_string(g.type) << " | " << (g.day ? std::to_string(static_cast<int>(*g.day)) : "—")
        << " | " << g.subject << " | " << join(g.agents, ", ") << " | " << g.explanation << " |\n";
  out << "\n## Escalation paths\n\n";
  if (r.escalation_paths.empty()) out << "Nothing was escalated.\n";
  for (const EscalationPath& p : r.escalation_paths) {
    out << "### " << p.subject << ": " << p.raised_by << " → " << p.stopped_at;
    if (p.occurrences > 1)
      out << " (" << p.occurrences << " times, days " << std::floor(p.first_day) << "–"
          << std::floor(p.last_day) << ")";
    out << "\n\n";
    for (const PathHop& h : p.hops)
      out << "- day " << std::floor(h.sent) << ": " << h.from << " → " << h.to << " (" << h.channel
          << "), waited " << std::round(h.wait * 10) / 10 << " days, " << h.outcome << "\n";
    out << "\nStopped: " << p.explanation << " (`" << to_string(p.end) << "`).\n\n";
  }
  out << "## Metrics\n\n";
  if (r.metrics.decisions.empty())
    out << "- No decisions in this run\n";
  else
    out << "- Audit-trail completeness: " << std::round(r.metrics.audit_trail_completeness * 100)
        << "% of decisions had advice (and any reasons for overruling it) on record\n";
  for (const auto& l : r.metrics.levers)
    out << "- Day " << std::floor(l.day) << ": " << l.taker << " took action on " << l.subject << ": "
        << l.response << "\n";
  out << "- People left without the care they need: " << r.metrics.unmet_need << "\n"
      << "- Matters not accounted for: " << r.metrics.unaddressed_matters << "\n"
      << "- Reports noted without a question: " << std::round(r.metrics.noted_without_question_share * 100)
      << "% of " << r.metrics.reports_considered << "\n";
  for (const auto& s : r.metrics.subjects) {
    out << "- " << s.subject << ": " << s.harm << " harmed, " << s.harm_before_accountable_awareness
        << " before any accountable agent knew, " << s.harm_before_mitigation << " before mitigation";
    if (s.harm_to_accountable_awareness_days)
      out << "; " << std::round(*s.harm_to_accountable_awareness_days * 10) / 10
          << " days from first harm to accountable awareness";
    out << "\n";
  }
  for (const auto& d : r.metrics.decisions)
    out << "- decision on " << d.subject << " by " << d.decider << ": " << d.option << ", "
        << std::round(d.latency_days * 10) / 10 << " days after it was put\n";
  out << "\n## What happened\n\n";
  for (const auto& [day, sentence] : r.narrative)
    out << "- " << day_label(day, true) << " — " << sentence << "\n";
}

void write_report_html(const RunReport& r, const Arrangement& arrangement, std::ostream& out) {
  const auto h = html_escape;
  out << R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>govsim report: )"
      << h(r.scenario) << " on " << h(r.arrangement) << R"(</title>
<style>
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:0;color:#1b1b1b;background:#f7f7f4;line-height:1.45}
header{background:#16324f;color:#fff;padding:24px 40px}
header h1{margin:0 0 6px;font-size:28px} header p{margin:2px 0;opacity:.9}
main{padding:10px 40px 40px;max-width:1200px}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:18px 24px;margin:18px 0}
h2{margin-top:0;color:#16324f;font-size:22px}
.cards{display:flex;gap:14px;flex-wrap:wrap}
.card{flex:1 1 180px;border-left:6px solid #16324f;background:#eef2f6;padding:10px 14px;border-radius:4px}
.card b{display:block;font-size:26px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}
th{background:#eef2f6}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:bold;color:#fff;background:#555}
.sev5{background:#a50026}.sev4{background:#d73027}.sev3{background:#e08214}.sev2{background:#4575b4}.sev1{background:#74add1}
.path{border-top:1px solid #eee;padding-top:10px;margin-top:10px}
.path svg{max-width:100%;height:auto}
.stop{color:#8a3b00;font-weight:bold}
ol.timeline{list-style:none;padding-left:0} ol.timeline li{padding:4px 0;border-bottom:1px dotted #ddd}
ol.timeline .day{display:inline-block;width:80px;font-weight:bold;color:#16324f}
footer{color:#666;font-size:12px;padding:0 40px 30px}
</style></head><body>
<header><h1>)"
      << h(r.scenario) << " on " << h(r.arrangement) << "</h1><p>" << h(r.scenario_description) << "</p><p>"
      << h(r.arrangement_description) << " (" << h(r.jurisdiction) << ")</p></header>\n<main>\n";

  // Summary cards
  double harm = 0, unseen = 0;
  for (const auto& s : r.metrics.subjects) harm += s.harm, unseen += s.harm_before_accountable_awareness;
  out << "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">"
      << "<div class=\"card\"><b>" << r.gaps.size() << "</b>accountability gaps</div>"
      << "<div class=\"card\"><b>" << harm << "</b>people harmed</div>"
      << "<div class=\"card\"><b>" << unseen << "</b>harmed before anyone accountable knew</div>"
      << "<div class=\"card\"><b>" << std::round(r.metrics.audit_trail_completeness * 100)
      << "%</b>decisions with advice on record</div>"
      << "<div class=\"card\"><b>" << r.escalation_paths.size() << "</b>escalation paths</div></div>"
      << "<p>Seed " << r.provenance.seed << ", " << r.days << " days, " << r.events
      << " events, fingerprint <code>" << r.fingerprint << "</code>.</p></section>\n";

  out << "<section id=\"gaps\"><h2>Accountability gaps</h2>";
  if (r.gaps.empty())
    out << "<p>None found.</p>";
  else
    out << "<table><tr><th>type</th><th>day</th><th>subject</th><th>agents</th><th>what it means</th></tr>";
  for (const Gap& g : r.gaps)
    out << "<tr><td><span class=\"badge sev" << g.severity << "\">" << to_string(g.type) << "</span></td><td>"
        << (g.day ? std::to_string(static_cast<int>(*g.day)) : "&mdash;") << "</td><td>" << h(g.subject)
        << "</td><td>" << h(join(g.agents, ", ")) << "</td><td>" << h(g.explanation) << "</td></tr>";
  if (!r.gaps.empty()) out << "</table>";
  out << "</section>\n";

  out << "<section id=\"paths\"><h2>Escalation paths</h2>";
  if (r.escalation_paths.empty()) out << "<p>Nothing was escalated.</p>";
  for (const EscalationPath& p : r.escalation_paths) {
    out << "<div class=\"path\"><h3>" << h(p.subject) << ": raised by " << h(p.raised_by);
    if (p.occurrences > 1)
      out << " &mdash; " << p.occurrences << " times, days " << std::floor(p.first_day) << "&ndash;"
          << std::floor(p.last_day);
    out << "</h3>";
    if (const auto svg = render_svg(path_dot(p, arrangement))) {
      out << *svg;
    } else {
      out << "<p>";
      for (const PathHop& hop : p.hops) out << h(hop.from) << " &rarr; ";
      out << h(p.stopped_at) << "</p>";
    }
    out << "<p class=\"stop\">Stopped: " << h(p.explanation) << "</p></div>";
  }
  out << "</section>\n";

  out << "<section id=\"timeline\"><h2>What happened, day by day</h2><ol class=\"timeline\">";
  for (const auto& [day, sentence] : r.narrative)
    out << "<li><span class=\"day\">" << day_label(day, true) << "</span>" << h(sentence) << "</li>";
  out << "</ol></section>\n";

  const RunMetrics& m = r.metrics;
  out << "<section id=\"metrics\"><h2>Metrics</h2><h3>Who knew, by "
         "role</h3><table><tr><th>subject</th><th>harmed</th>"
         "<th>before accountable awareness</th><th>before mitigation</th><th>roles in the order they "
         "learned</th></tr>";
  for (const auto& s : m.subjects) {
    std::string roles;
    for (const auto& [role, day] : s.first_known_by_role) {
      std::ostringstream item;
      item << role << " (day " << std::floor(day) << ")";
      if (!roles.empty()) roles.append(", ");
      roles.append(item.str());
    }
    out << "<tr><td>" << h(s.subject) << "</td><td>" << s.harm << "</td><td>"
        << s.harm_before_accountable_awareness << "</td><td>" << s.harm_before_mitigation << "</td><td>"
        << h(roles) << "</td></tr>";
  }
  out << "</table><h3>Decisions</h3><table><tr><th>subject</th><th>decider</th><th>option</th><th>days to "
         "decide</th>"
         "<th>advice on record</th></tr>";
  for (const auto& d : m.decisions)
    out << "<tr><td>" << h(d.subject) << "</td><td>" << h(d.decider) << "</td><td>" << h(d.option)
        << "</td><td>" << std::round(d.latency_days * 10) / 10 << "</td><td>"
        << (d.advice_on_record ? "yes" : "no") << "</td></tr>";
  out << "</table><h3>Gaps by type</h3><table><tr>";
  for (const auto& [type, count] : m.gap_counts) out << "<th>" << h(type) << "</th>";
  out << "</tr><tr>";
  for (const auto& [type, count] : m.gap_counts) out << "<td>" << count << "</td>";
  out << "</tr></table><h3>Hidden work: where time went</h3><table><tr><th>agent</th><th>items handled</th>"
         "<th>days waiting in its inbox (total)</th><th>mean wait</th></tr>";
  for (const auto& w : m.hidden_work)
    out << "<tr><td>" << h(w.agent) << "</td><td>" << w.items_handled << "</td><td>"
        << std::round(w.waiting_days * 10) / 10 << "</td><td>" << std::round(w.mean_wait_days * 10) / 10
        << "</td></tr>";
  out << "</table></section>\n</main><footer>govsim " << h(r.provenance.govsim_version)
      << " &middot; inputs: ";
  for (const InputFile& i : r.provenance.inputs) out << h(i.name) << " (" << h(i.hash) << ") ";
  out << "</footer></body></html>\n";
}

void require_report_extension(const std::string& path) {
  if (!(path.ends_with(".json") || path.ends_with(".md") || path.ends_with(".html") ||
        path.ends_with(".htm")))
    throw InputError({printable(path)},
                     "a report file must end in .json, .md or .html (that chooses its format)");
}

void write_report_file(const RunReport& report, const Arrangement& arrangement, const std::string& path) {
  require_report_extension(path);
  const auto ends_with = [&](const char* suffix) { return path.ends_with(suffix); };
  if (ends_with(".json"))
    write_output(path, [&](std::ostream& out) { out << report_json(report).dump(2) << '\n'; });
  else if (ends_with(".md"))
    write_output(path, [&](std::ostream& out) { write_report_markdown(report, out); });
  else
    write_output(path, [&](std::ostream& out) { write_report_html(report, arrangement, out); });
}

}  // namespace govsim
