#include "cli/commands.hpp"

#include "io/input_limits.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {

void register_commands(CLI::App& app, Outcome& outcome) {
  add_run_command(app, outcome);
  add_report_command(app, outcome);
  add_debrief_command(app, outcome);
  add_check_command(app, outcome);
  add_list_command(app, outcome);
  add_show_command(app, outcome);
  add_export_command(app, outcome);
  add_view_command(app, outcome);
  add_train_command(app, outcome);
  add_validate_command(app, outcome);
  add_compare_command(app, outcome);
  add_sweep_command(app, outcome);
  add_sensitivity_command(app, outcome);
  add_results_command(app, outcome);
  add_bench_command(app, outcome);

  // Every command that reads an arrangement, a scenario or a log takes the
  // limit on their size; it is applied before anything is parsed.
  // `results` reads only its store, which has no size limit of the YAML kind.
  const auto reads_inputs = [](const CLI::App* command) {
    return command->get_name() != "list" && command->get_name() != "results";
  };
  // Those that run a scenario also take the limit on a run's size.
  const auto runs = [](const CLI::App& command) {
    const std::string name = command.get_name();
    return name == "run" || name == "view" || name == "validate" || name == "scenario" || name == "phold" ||
           name == "compare" || name == "sweep" || name == "sensitivity";
  };
  for (CLI::App* command : app.get_subcommands(reads_inputs)) {
    auto leaves = command->get_subcommands([](const CLI::App*) { return true; });
    if (leaves.empty()) leaves.push_back(command);
    for (CLI::App* leaf : leaves) {
      if (leaf->get_name() != "phold") add_input_limit_option(*leaf);
      if (runs(*leaf)) add_run_size_option(*leaf);
    }
  }
}

void add_run_size_option(CLI::App& command) {
  command
      .add_option_function<double>(
          "--max-events", [](double events) { max_run_events() = events; },
          "Refuse a run estimated above this many events (default 50000000: about ten seconds)")
      ->check(finite_range(1, 1e15));
}

void add_input_limit_option(CLI::App& command) {
  command
      .add_option_function<double>(
          "--max-input-mb",
          [](double megabytes) {
            const auto bytes = static_cast<std::size_t>(megabytes * 1024 * 1024);
            input_limits().yaml_bytes = bytes;
            input_limits().log_bytes = bytes;
          },
          "Size limit of an input file in MB (default: 5 for arrangements and scenarios, 128 for logs)")
      ->check(finite_range(0.001, 65536));
}

}  // namespace govsim::cli
