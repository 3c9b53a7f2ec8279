#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "experiment/outcome.hpp"
#include "experiment/results_store.hpp"

namespace govsim {

/// What the HTML report of a comparison or a sweep is made from: the arms, each
/// one's outcomes replication by replication, and how they were made.
struct ExperimentReportData {
  std::string title;        ///< the heading: the experiment's name, or what was compared
  std::string description;  ///< a sentence under it; may be empty
  /// The scenario or scenarios run, in words ("expedited-discharge: A health board's …").
  std::vector<std::string> scenarios;
  /// Each arm's plain label, scenario, arrangement and factor values (what a
  /// sweep varied); the first arm is the base the others are compared with.
  std::vector<ArmRecord> arms;
  /// outcomes[arm][k]: arm's outcomes at its k-th replication, paired across
  /// arms by k (every arm the same length).
  std::vector<std::vector<Outcomes>> outcomes;
  std::uint64_t seed = 1;
  bool paired = true;  ///< replication k of every arm drew the same random numbers
  double confidence = 0.95;
  /// Sentences about where the results came from ("300 of 300 runs stored";
  /// "from cswo.yaml (fnv1a64:…), govsim 0.1.0 (commit …)").
  std::vector<std::string> provenance;
};

/// The report as one self-contained HTML page (styles and SVG inline, nothing
/// fetched): in words, the scenario, arms, replications, seed and confidence
/// level, a warning below `few_replications`, and a table of each headline
/// measure per arm (mean and interval) with each arm's paired difference from
/// the first, saying whether its interval excludes 0; drawn by gnuplot (see
/// report/gnuplot.cpp), a forest plot of those differences, each measure's
/// distribution over the replications per arm, and, for each numeric factor a
/// sweep varied, each measure against the factor's value with a confidence
/// band. Throws GnuplotError when gnuplot is missing or fails.
std::string experiment_report_html(const ExperimentReportData& data);

/// A sweep's store as report data: its experiment, arms (with their factors)
/// and the replications every arm has.
ExperimentReportData report_data_of(const StoreContents& store, double confidence);

/// Throws InputError unless `path` ends in .html: the only format of an
/// experiment report. Called before any run, so a bad name costs nothing.
void require_experiment_report_extension(const std::string& path);

}  // namespace govsim
