#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "analysis/area_results.hpp"
#include "analysis/awareness.hpp"
#include "analysis/escalation_paths.hpp"
#include "analysis/gap.hpp"
#include "analysis/metrics.hpp"
#include "engine/event_log.hpp"
#include "io/finding.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// Everything the analysis says of one run: what governance designers read.
struct RunReport {
  Provenance provenance;
  std::string fingerprint;
  std::size_t events = 0;
  std::string scenario, scenario_description, arrangement, arrangement_description, jurisdiction;
  double days = 0.0;
  std::vector<Gap> gaps;
  std::vector<EscalationPath> escalation_paths;
  RunMetrics metrics;
  std::vector<std::pair<double, std::string>> narrative;
  std::vector<SubjectAwareness> awareness;  ///< per matter measured: who knew, and when
  /// Per council, in a run of several (the national arrangement); empty for one council.
  std::vector<AreaResult> areas;
  /// What `govsim check` says of the arrangement and of the scenario on it,
  /// other than the gaps in the arrangement itself (those are in `gaps`).
  std::vector<Finding> own_findings;
};

class PlainWords;

RunReport build_report(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                       double days);

/// The report as JSON (docs/report-schema.md).
nlohmann::ordered_json report_json(const RunReport& report);
/// The Markdown and HTML reports name everything in `words` (agents, matters,
/// options); ids appear only in their technical appendix.
void write_report_markdown(const RunReport& report, const PlainWords& words, std::ostream& out);
/// One self-contained HTML file; escalation paths are drawn by Graphviz `dot`
/// as inline SVG (as a list of hops when `dot` is not installed).
void write_report_html(const RunReport& report, const PlainWords& words, std::ostream& out);

/// Writes `.json`, `.md` or `.html`, chosen by the file's extension, whole or not
/// at all. Throws InputError for any other extension.
void write_report_file(const RunReport& report, const PlainWords& words, const std::string& path);
/// Throws InputError unless `path` ends in a report format's extension; called
/// before a run so that a bad name costs nothing.
void require_report_extension(const std::string& path);

}  // namespace govsim
