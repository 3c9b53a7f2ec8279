#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "analysis/plain_words.hpp"
#include "analysis/run_report.hpp"
#include "cli/commands.hpp"
#include "experiment/logged_run.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"

namespace govsim::cli {
namespace {

struct ReportOptions {
  std::string log_path;
  std::string output;
  std::optional<std::string> arrangement;
};

// A saved log becomes the report `govsim run --report` wrote for it: the same
// analysis of the same log on the same inputs, without running anything.
int report(const ReportOptions& options) {
  OutputPlan outputs;
  outputs.reads(options.log_path);
  require_report_extension(options.output);
  LoggedRun run = load_logged_run(options.log_path, options.arrangement, ChangedInput::refuse);
  for (const InputFile& input : run.prepared->model->inputs()) outputs.reads(input.name);
  outputs.writes("--output", options.output);
  const Arrangement& arrangement = run.prepared->arrangement.arrangement;
  const Scenario& scenario = run.prepared->scenario.scenario;
  const RunReport built = build_report(run.log, arrangement, scenario, run.days);
  write_report_file(built, PlainWords(arrangement, scenario), options.output);
  if (!outputs.uses_standard_output()) std::cout << "report: " << options.output << '\n';
  return 0;
}

}  // namespace

void add_report_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "Turn a saved event log into a report, without running it again and without a display");
  command
      ->add_option("log", options->log_path, "Event log written by `govsim run --log` (- for standard input)")
      ->required();
  command
      ->add_option("--output,-o", options->output,
                   "Report file: FILE.json, FILE.md or FILE.html (chosen by extension); never over an input")
      ->required();
  command->add_option("--arrangement,-a", options->arrangement,
                      "Analyse against this arrangement instead of the one the log names");
  command->callback([options, &outcome] { outcome.exit_code = report(*options); });
}

}  // namespace govsim::cli
