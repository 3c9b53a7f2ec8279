// govsim sweep EXPERIMENT.yaml: every arm of an experiment's full factorial,
// each for its replications, into a SQLite results store; resumable, and the
// same store whatever the thread count (issue 14; docs/experiments.md).
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/interrupt.hpp"
#include "experiment/experiment_file.hpp"
#include "experiment/experiment_report.hpp"
#include "experiment/progress.hpp"
#include "experiment/replication_runner.hpp"
#include "experiment/results_store.hpp"
#include "io/file_stem.hpp"
#include "io/output_file.hpp"
#include "report/gnuplot.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {
namespace {

struct SweepOptions {
  std::string experiment;
  std::string store;
  unsigned threads = 0;
  bool resume = false;
  bool quiet = false;
  std::string report;  ///< --report FILE.html: written when the sweep finishes
};

int sweep(const SweepOptions& options) {
  if (!options.report.empty()) {
    require_experiment_report_extension(options.report);
    require_gnuplot();
  }
  const LoadedExperiment loaded = load_experiment_or_throw(options.experiment);
  const Experiment& e = loaded.experiment;
  const std::string store_path = options.store.empty() ? e.name + ".sqlite" : options.store;
  OutputPlan outputs;
  outputs.reads(options.experiment);
  // An existing store is the store's to refuse or resume; anything else is
  // checked as every output is (never over an input or a special file).
  if (!is_results_store(store_path))
    outputs.writes("-o", store_path);
  else
    outputs.reads(store_path);  // resumed: the report must not replace it either

  // Each arm loaded and bound once; its inputs kept for the store's provenance.
  std::vector<std::unique_ptr<PreparedArm>> arms;
  std::vector<ArmRecord> records;
  std::vector<InputFile> inputs{loaded.input};
  std::vector<std::string> texts{loaded.text};
  std::map<std::pair<std::string, std::string>, bool> seen;
  std::vector<ArmDefinition> definitions = arms_of(e);
  const std::vector<std::string> labels = arm_labels(definitions);
  for (ArmDefinition& definition : definitions) {
    arms.push_back(std::make_unique<PreparedArm>(std::move(definition)));
    const PreparedArm& arm = *arms.back();
    // Inputs as the experiment names them (a built-in by its name), so the
    // command that reproduces a run can be typed as it stands.
    const std::string arrangement =
        arm.definition().arrangement.empty() ? arm.arrangement().input.name : arm.definition().arrangement;
    ArmRecord record{
        labels[arms.size() - 1], arm.definition().scenario, arrangement, {}, arm.definition().areas};
    for (const auto& [param, value] : arm.definition().settings)
      record.factors.emplace_back(std::string(info(param).name), value);
    records.push_back(std::move(record));
    for (const auto& [input, text] : {std::pair{arm.scenario().input, arm.scenario_text()},
                                      std::pair{arm.arrangement().input, arm.arrangement_text()}})
      if (!seen[{input.role, input.name}]) {
        seen[{input.role, input.name}] = true;
        inputs.push_back(input);
        texts.push_back(text);
        outputs.reads(input.name);
      }
    require_total_size(estimate_run_size(arm.scenario().scenario, arm.arrangement().arrangement,
                                         arm.scenario().scenario.days),
                       static_cast<double>(e.replications) * static_cast<double>(arms.size()),
                       "replications");
  }

  outputs.writes("--report", options.report);

  ExperimentRecord record{e.name,      e.description, loaded.input.name, loaded.input.hash,
                          loaded.text, e.seed,        e.replications,    e.paired};
  ResultsStore store(store_path, record, records, inputs, texts, options.resume);

  ReplicationPlan plan;
  for (const auto& arm : arms) plan.arms.push_back(arm.get());
  plan.replications = e.replications;
  plan.seed = e.seed;
  plan.threads = worker_threads(options.threads);
  if (!e.paired)
    plan.stream = [reps = e.replications](std::size_t arm, std::uint64_t r) { return arm * reps + r; };
  plan.done = [&store](std::size_t arm, std::uint64_t r) { return store.done().contains({arm, r}); };
  // Ctrl-C (or a polite kill) stops cleanly: runs under way finish and are kept.
  StopOnInterrupt interrupt;
  plan.stop = &interrupt.flag();
  const std::uint64_t total = e.replications * arms.size();
  Progress progress(std::cerr, Progress::style_for(options.quiet), "sweep " + e.name, total,
                    store.done().size());

  run_replications(plan, [&](ReplicationResult&& result) {
    store.add(result);
    progress.step();
  });
  store.commit();
  const std::size_t stored = store.stored();
  if (interrupt.requested()) {
    progress.finish();
    std::cerr << "govsim sweep: stopped; " << stored << " of " << total << " runs are in " << store_path
              << ": run the same command with --resume to finish\n";
    return 130;
  }
  progress.finish();
  if (!options.report.empty()) {
    const std::string html = experiment_report_html(report_data_of(read_store(store_path), 0.95));
    write_output(options.report, [&](std::ostream& out) { out << html; });
  }
  if (!options.quiet)
    std::cerr << "govsim sweep: " << stored << " runs (" << arms.size()
              << (arms.size() == 1 ? " arm x " : " arms x ") << e.replications << " replications) in "
              << store_path << "; `govsim results " << store_path << " --summary` summarises them\n";
  if (!options.report.empty()) std::cout << "report: " << options.report << '\n';
  return 0;
}

}  // namespace

void add_sweep_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<SweepOptions>();
  CLI::App* command = app.add_subcommand(
      "sweep",
      "Run an experiment's full factorial — scenarios x arrangements x parameter values — for its "
      "replications, into a SQLite results store (docs/experiments.md)");
  command->add_option("experiment", options->experiment, "Experiment file or built-in name (`govsim list`)")
      ->required();
  command->add_option(
      "--output,-o", options->store,
      "Results store to create (default: NAME.sqlite, NAME the experiment's); never over a file");
  command
      ->add_option("--threads", options->threads,
                   "Worker threads (default: every core); the store does not depend on it")
      ->check(CLI::Range(0u, 1024u));
  command->add_flag("--resume", options->resume,
                    "Finish a sweep that stopped: run only what the store does not hold yet");
  command->add_flag("--quiet,-q", options->quiet, "No progress on standard error");
  command->add_option("--report", options->report,
                      "When the sweep finishes, write FILE.html as `govsim results STORE --report` does");
  command->callback([options, &outcome] { outcome.exit_code = sweep(*options); });
}

}  // namespace govsim::cli
