// govsim results STORE: what a sweep's results store holds — a summary of each
// arm's measures with intervals and paired differences, CSV export of every
// table, and how to run any stored run again (issue 14; docs/experiments.md).
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "experiment/comparison.hpp"
#include "experiment/experiment_report.hpp"
#include "experiment/results_store.hpp"
#include "io/output_file.hpp"
#include "report/gnuplot.hpp"

namespace govsim::cli {
namespace {

struct ResultsOptions {
  std::string store;
  bool summary = false;
  std::string csv;
  std::optional<std::int64_t> run;
  bool hashes = false;
  bool json = false;
  double confidence = 0.95;
  std::string report;  ///< --report FILE.html: the summary drawn
};

int results(const ResultsOptions& options) {
  if (!options.report.empty()) {
    require_experiment_report_extension(options.report);
    require_gnuplot();
    OutputPlan outputs;
    outputs.reads(options.store);
    outputs.writes("--report", options.report);
  }
  if (!options.csv.empty()) {
    for (const std::string& file : export_csv(options.store, options.csv))
      std::cout << "csv: " << file << '\n';
    if (!options.summary && !options.run && !options.hashes && options.report.empty()) return 0;
  }
  if (options.hashes) {
    for (const auto& [table, hash] : table_hashes(options.store)) std::cout << table << ' ' << hash << '\n';
    return 0;
  }
  const StoreContents store = read_store(options.store);
  if (options.run) {
    for (const StoredRun& run : store.runs)
      if (run.id == *options.run) {
        std::cout << "run " << run.id << ": " << store.arms.at(run.arm).label << ", replication "
                  << run.replication << "\nfingerprint: " << run.fingerprint << "\nevents: " << run.events
                  << "\nto run it again: " << reproduce_command(store, run) << '\n';
        return 0;
      }
    throw InputError({options.store}, "no run " + std::to_string(*options.run) +
                                          " in this store: runs are numbered 1 to " +
                                          std::to_string(store.arms.size() * store.experiment.replications));
  }
  std::vector<std::string> labels;
  for (const ArmRecord& arm : store.arms) labels.push_back(arm.label);
  const std::uint64_t expected = store.arms.size() * store.experiment.replications;
  if (store.replications.empty()) {
    if (!options.report.empty())
      throw InputError({options.store},
                       "no replication is in every arm yet: nothing to report (finish the sweep with `govsim "
                       "sweep ... --resume`)");
    std::cout << "govsim results: " << store.experiment.name << ": " << store.runs.size() << " of "
              << expected
              << " runs, none yet in every arm: nothing to summarise (finish it with `govsim sweep ... "
                 "--resume`)\n";
    return 0;
  }
  ArmComparison comparison = compare_arms(labels, store.whole, headline_outcomes(), options.confidence);
  comparison.paired = store.experiment.paired;
  if (!options.report.empty()) {
    const std::string html = experiment_report_html(report_data_of(store, options.confidence));
    write_output(options.report, [&](std::ostream& out) { out << html; });
  }
  if (options.json) {
    nlohmann::ordered_json out = comparison_json(comparison);
    out["experiment"] = store.experiment.name;
    out["seed"] = store.experiment.seed;
    out["paired"] = store.experiment.paired;
    out["runs"] = store.runs.size();
    out["runs_expected"] = expected;
    out["govsim"] = store.govsim_version;
    out["build_commit"] = store.build_commit;
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::cout << "govsim results: " << store.experiment.name
            << (store.experiment.description.empty() ? "" : " — " + store.experiment.description) << '\n'
            << "from " << store.experiment.file_name << " (" << store.experiment.file_hash << "), govsim "
            << store.govsim_version << " (" << store.build_commit << "), seed " << store.experiment.seed
            << '\n'
            << store.arms.size() << (store.arms.size() == 1 ? " arm, " : " arms, ") << store.runs.size()
            << " of " << expected << " runs stored"
            << (store.runs.size() < expected ? " (the sweep stopped: `govsim sweep ... --resume` finishes it)"
                                             : "")
            << "\n";
  std::cout << '\n';
  write_comparison(std::cout, comparison);
  if (!options.report.empty()) std::cout << "\nreport: " << options.report << '\n';
  return 0;
}

}  // namespace

void add_results_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ResultsOptions>();
  CLI::App* command = app.add_subcommand(
      "results", "Summarise or export a results store made by `govsim sweep` (docs/results-schema.md)");
  command->add_option("store", options->store, "Results store (.sqlite) made by govsim sweep")->required();
  command->add_flag("--summary", options->summary,
                    "Each arm's headline measures with intervals, and paired differences from the first arm "
                    "(the default)");
  command->add_option("--csv", options->csv, "Write every table as CSV into this folder");
  CLI::Option* run = command->add_option(
      "--run", options->run, "One stored run: its fingerprint, and the command that runs it again");
  CLI::Option* hashes =
      command->add_flag("--hashes", options->hashes,
                        "A hash of each table's rows: two stores with the same results give the same hashes");
  command
      ->add_option("--report", options->report,
                   "Also write the summary as FILE.html, with plots of the differences, of each measure over "
                   "the replications and of each measure against each swept parameter (drawn by gnuplot)")
      ->excludes(run)
      ->excludes(hashes);
  command->add_flag("--json", options->json, "The summary as JSON");
  command->add_option("--confidence", options->confidence, "Confidence level of the intervals")
      ->check(finite_range(0.5, 0.9999))
      ->capture_default_str();
  command->callback([options, &outcome] { outcome.exit_code = results(*options); });
}

}  // namespace govsim::cli
