#pragma once

#include <CLI/CLI.hpp>

namespace govsim::cli {

/// What a subcommand hands back to main: the process exit code.
///   0 success; 1 the command ran and found problems; 2 unreadable input or usage.
struct Outcome {
  int exit_code = 0;
};

/// Registers every subcommand of `govsim` on `app`. The one place that lists them.
void register_commands(CLI::App& app, Outcome& outcome);

void add_run_command(CLI::App& app, Outcome& outcome);
void add_bench_command(CLI::App& app, Outcome& outcome);
void add_check_command(CLI::App& app, Outcome& outcome);
void add_list_command(CLI::App& app, Outcome& outcome);
void add_export_command(CLI::App& app, Outcome& outcome);

}  // namespace govsim::cli
