#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.hpp"
#include "engine/event_log.hpp"
#include "engine/event_log_jsonl.hpp"
#include "io/atomic_file.hpp"
#include "model/demo_escalation.hpp"

namespace govsim::cli {
namespace {

struct RunOptions {
  std::uint64_t seed = 1;
  double days = 120.0;
  std::string log_path;
  bool json = false;
};

int run(const RunOptions& options) {
  DemoEscalationParameters parameters;
  parameters.seed = options.seed;
  parameters.days = options.days;
  EventLog log;
  run_demo_escalation(parameters, log);

  if (!options.log_path.empty())
    write_file_atomically(options.log_path, [&](std::ostream& out) { write_jsonl(log, out); });

  std::size_t raised = 0, reached_top = 0;
  const Symbol chief_executive = log.symbols().find("chief_executive");
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::item_raised) ++raised;
    if (r.kind == LogKind::item_received && r.actor == chief_executive) ++reached_top;
  }
  const std::string fingerprint = fingerprint_hex(log.fingerprint());

  if (options.json) {
    nlohmann::ordered_json out = {{"model", log.provenance.model},
                                  {"seed", options.seed},
                                  {"days", options.days},
                                  {"concerns_raised", raised},
                                  {"reached_chief_executive", reached_top},
                                  {"events", log.size()},
                                  {"fingerprint", fingerprint}};
    std::cout << out.dump() << '\n';
    return 0;
  }
  std::cout << "govsim run: " << log.provenance.model << " (a stand-in model until scenarios arrive), "
            << options.days << " days, seed " << options.seed << '\n'
            << "concerns raised: " << raised << ", reached the chief executive: " << reached_top << '\n';
  if (!options.log_path.empty()) std::cout << "log: " << options.log_path << '\n';
  std::cout << "events: " << log.size() << '\n' << "fingerprint: " << fingerprint << '\n';
  return 0;
}

}  // namespace

void add_run_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<RunOptions>();
  CLI::App* command = app.add_subcommand("run", "Run a scenario and summarise what happened");
  command->add_option("--seed", options->seed, "Random seed; the same seed gives the same run")
      ->capture_default_str();
  command->add_option("--days", options->days, "Simulated days to run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--log", options->log_path, "Write the event log as JSON Lines to this file");
  command->add_flag("--json", options->json, "Print one JSON object instead of text");
  command->callback([options, &outcome] { outcome.exit_code = run(*options); });
}

}  // namespace govsim::cli
