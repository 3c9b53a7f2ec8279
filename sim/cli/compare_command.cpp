// govsim compare ARR_A ARR_B [...]: paired replications of one scenario on each
// arrangement, each measure per arm with its interval and each arm's paired
// difference from the first (issue 14; docs/experiments.md).
#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "experiment/comparison.hpp"
#include "experiment/experiment_report.hpp"
#include "experiment/prepared_run.hpp"
#include "experiment/progress.hpp"
#include "experiment/replication_runner.hpp"
#include "io/output_file.hpp"
#include "report/gnuplot.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {
namespace {

struct CompareOptions {
  std::vector<std::string> arrangements;
  std::optional<std::string> scenario;
  std::uint64_t replications = 200;
  std::uint64_t seed = 1;
  unsigned threads = 0;
  double confidence = 0.95;
  bool json = false;
  bool quiet = false;
  std::string report;  ///< --report FILE.html: the comparison drawn
};

int compare(const CompareOptions& options) {
  if (options.arrangements.size() < 2)
    throw CLI::ValidationError("arrangements",
                               "compare needs two arrangements or more: the first is the base");
  if (!options.report.empty()) {
    require_experiment_report_extension(options.report);
    require_gnuplot();
  }
  std::vector<std::unique_ptr<PreparedArm>> arms;
  for (const std::string& arrangement : options.arrangements) {
    ArmDefinition definition;
    definition.arrangement = arrangement;
    definition.scenario = options.scenario.value_or(default_scenario_for(arrangement));
    arms.push_back(std::make_unique<PreparedArm>(definition));
    const auto& armed = *arms.back();
    require_total_size(estimate_run_size(armed.scenario().scenario, armed.arrangement().arrangement,
                                         armed.scenario().scenario.days),
                       static_cast<double>(options.replications), "--reps");
  }
  // The report is checked before the runs, so a clash costs nothing.
  OutputPlan outputs;
  for (const auto& arm : arms) {
    outputs.reads(arm->definition().arrangement);
    outputs.reads(arm->scenario().input.name);
    outputs.reads(arm->arrangement().input.name);
  }
  outputs.writes("--report", options.report);
  ReplicationPlan plan;
  for (const auto& arm : arms) plan.arms.push_back(arm.get());
  plan.replications = options.replications;
  plan.seed = options.seed;
  plan.threads = worker_threads(options.threads);
  std::vector<std::vector<Outcomes>> outcomes(arms.size(), std::vector<Outcomes>(options.replications));
  Progress progress(std::cerr, Progress::style_for(options.quiet), "compare",
                    options.replications * arms.size());
  const auto begin = std::chrono::steady_clock::now();
  run_replications(plan, [&](ReplicationResult&& r) {
    outcomes[r.arm][r.replication] = r.outcomes.whole;
    progress.step();
  });
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  progress.finish();

  std::vector<std::string> labels;
  for (const auto& arm : arms) labels.push_back(arm->arrangement().arrangement.name);
  const ArmComparison result = compare_arms(labels, outcomes, headline_outcomes(), options.confidence);
  const std::string scenario = arms.front()->scenario().scenario.name;
  if (!options.report.empty()) {
    ExperimentReportData data;
    data.title = scenario + ": " + std::to_string(arms.size()) + " arrangements compared";
    const std::string& description = arms.front()->scenario().scenario.description;
    data.scenarios.push_back(description.empty() ? scenario : scenario + ": " + description);
    for (const auto& arm : arms)
      data.arms.push_back(ArmRecord{arm->arrangement().arrangement.name,
                                    arm->definition().scenario,
                                    arm->definition().arrangement,
                                    {},
                                    {}});
    data.outcomes = outcomes;
    data.seed = options.seed;
    data.confidence = options.confidence;
    const std::string html = experiment_report_html(data);
    write_output(options.report, [&](std::ostream& out) { out << html; });
  }
  if (options.json) {
    nlohmann::ordered_json out = comparison_json(result);
    out["scenario"] = scenario;
    out["seed"] = options.seed;
    out["threads"] = plan.threads;
    out["seconds"] = seconds;
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::cout << "govsim compare: " << scenario << " on " << arms.size() << " arrangements, seed "
            << options.seed << " (" << std::fixed << std::setprecision(seconds < 10 ? 2 : 1) << seconds
            << std::defaultfloat << std::setprecision(6) << " s on " << plan.threads
            << (plan.threads == 1 ? " thread)\n" : " threads)\n");
  write_comparison(std::cout, result);
  if (!options.report.empty()) std::cout << "\nreport: " << options.report << '\n';
  return 0;
}

}  // namespace

void add_compare_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command = app.add_subcommand(
      "compare",
      "Compare arrangements over paired, seeded replications: each measure's mean and interval per "
      "arrangement, and each one's paired difference from the first");
  command
      ->add_option("arrangements", options->arrangements,
                   "Two or more arrangements (files or built-in names); the first is the base")
      ->required();
  command->add_option(
      "--scenario,-s", options->scenario,
      "Scenario run on each (default: expedited-discharge; english-discharge-to-assess for an "
      "English arrangement)");
  command->add_option("--reps", options->replications, "Paired replications per arrangement")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{10000000}))
      ->capture_default_str();
  command->add_option("--seed", options->seed, "Random seed: replication k of every arrangement uses seed, k")
      ->check(seed_validator())
      ->capture_default_str();
  command
      ->add_option("--threads", options->threads,
                   "Worker threads (default: every core); results do not depend on it")
      ->check(CLI::Range(0u, 1024u));
  command->add_option("--confidence", options->confidence, "Confidence level of the intervals")
      ->check(finite_range(0.5, 0.9999))
      ->capture_default_str();
  command->add_flag("--json", options->json, "Print one JSON object instead of the table");
  command->add_flag("--quiet,-q", options->quiet, "No progress on standard error");
  command->add_option(
      "--report", options->report,
      "Also write FILE.html: the table, and plots of the differences and of each measure over "
      "the replications (drawn by gnuplot); never over an input");
  command->callback([options, &outcome] { outcome.exit_code = compare(*options); });
}

}  // namespace govsim::cli
