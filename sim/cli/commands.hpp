#pragma once

#include <CLI/CLI.hpp>

namespace govsim::cli {

/// What a subcommand hands back to main: the process exit code.
///   0 success; 1 the command ran and found problems; 2 unreadable input or usage.
struct Outcome {
  int exit_code = 0;
};

/// Seeds are whole numbers from 0; CLI11 would otherwise wrap -1 round to 2^64 − 1.
inline CLI::Validator seed_validator() {
  return CLI::Validator(
      [](const std::string& text) {
        if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
          return std::string("a seed is a whole number, 0 or more");
        return std::string();
      },
      "0 or more");
}

/// Registers every subcommand of `govsim` on `app`. The one place that lists them.
void register_commands(CLI::App& app, Outcome& outcome);

void add_run_command(CLI::App& app, Outcome& outcome);
void add_bench_command(CLI::App& app, Outcome& outcome);
void add_check_command(CLI::App& app, Outcome& outcome);
void add_list_command(CLI::App& app, Outcome& outcome);
void add_show_command(CLI::App& app, Outcome& outcome);
void add_export_command(CLI::App& app, Outcome& outcome);
void add_validate_command(CLI::App& app, Outcome& outcome);
/// Defined in viz/ when the view is built, else by cli/view_unavailable.cpp.
void add_view_command(CLI::App& app, Outcome& outcome);

}  // namespace govsim::cli
