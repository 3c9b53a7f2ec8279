#include "analysis/run_report.hpp"

#include "scenario/run_parameters.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "analysis/gap_finder.hpp"
#include "analysis/narrative.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/run_again.hpp"
#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {
namespace {

nlohmann::json optional_number(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json();
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
  const PlainWords words(arrangement, scenario);
  report.escalation_paths =
      escalation_paths(log, run_parameters(arrangement, scenario)[Param::hold_limit_days], days,
                       [&](std::string_view id) { return words.agent(id); });
  // The arrangement's rules run once: their gap findings head the gaps, and the
  // rest, with the scenario's fit, are its own findings — so a run on an
  // unlawful arrangement says so.
  Findings findings;
  check_statutory_rules(arrangement, findings);
  check_static_gaps(arrangement, findings);
  report.gaps = static_gaps(arrangement, findings);
  for (Gap& gap : dynamic_gaps(log, arrangement, scenario, report.escalation_paths, days))
    report.gaps.push_back(std::move(gap));
  report.metrics = run_metrics(log, arrangement, scenario, report.gaps);
  report.narrative = narrate(log, words);
  // Who knew of every matter the measures list, harmed or not, so each is told
  // by the names of the people who knew (a matter that harmed nobody has no
  // first harm, so "the council knew" still counts harmed matters only).
  for (const auto& s : report.metrics.subjects)
    if (std::none_of(report.awareness.begin(), report.awareness.end(),
                     [&](const SubjectAwareness& a) { return a.subject == s.subject; }))
      report.awareness.push_back(awareness_of(log, arrangement, s.subject));
  report.areas = area_results(arrangement, scenario, report.metrics, report.awareness, report.gaps);
  check_scenario_against(scenario, arrangement, findings);
  // Confidentiality is a check finding that is no gap until a breach happens:
  // it stays among the arrangement's own findings, so it is never lost.
  for (const Finding& f : findings.items())
    if (!parse_gap_type(f.rule) || parse_gap_type(f.rule) == GapType::confidentiality)
      report.own_findings.push_back(f);
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
  json parameters = json::array();
  for (const ParameterGiven& p : r.provenance.parameters)
    parameters.push_back({{"name", p.name}, {"value", p.value}});
  out["provenance"] = {{"govsim", r.provenance.govsim_version},
                       {"model", r.provenance.model},
                       {"seed", r.provenance.seed},
                       {"replication", r.provenance.replication},
                       {"inputs", inputs},
                       {"parameters", parameters},
                       {"areas", r.provenance.areas},
                       {"days", r.provenance.days ? json(*r.provenance.days) : json()},
                       {"choices", r.provenance.choices},
                       {"run_again", run_again_command(r.provenance)},
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
                         {"advice_on_record", d.advice_on_record},
                         {"minuted", d.minuted},
                         {"reasons_recorded", !d.reasons_missing}});
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
  json own = json::array();
  for (const Finding& f : r.own_findings)
    own.push_back({{"severity", f.severity == Finding::Severity::error ? "error" : "warning"},
                   {"rule", f.rule},
                   {"file", f.place.file},
                   {"line", f.place.line},
                   {"message", f.message}});
  out["own_findings"] = own;
  if (!r.areas.empty()) out["areas"] = areas_json(r.areas, r.days);
  return out;
}

void require_report_extension(const std::string& path) {
  if (!(path.ends_with(".json") || path.ends_with(".md") || path.ends_with(".html") ||
        path.ends_with(".htm")))
    throw InputError({path}, "a report file must end in .json, .md or .html (that chooses its format)");
}

void write_report_file(const RunReport& report, const PlainWords& words, const std::string& path) {
  require_report_extension(path);
  const auto ends_with = [&](const char* suffix) { return path.ends_with(suffix); };
  if (ends_with(".json"))
    write_output(path, [&](std::ostream& out) { out << report_json(report).dump(2) << '\n'; });
  else if (ends_with(".md"))
    write_output(path, [&](std::ostream& out) { write_report_markdown(report, words, out); });
  else
    write_output(path, [&](std::ostream& out) { write_report_html(report, words, out); });
}

}  // namespace govsim
