#pragma once

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "io/printable.hpp"

namespace govsim::cli {

/// What a subcommand hands back to main: the process exit code.
///   0 success; 1 the command ran and found problems; 2 unreadable input or usage.
struct Outcome {
  int exit_code = 0;
};

/// Seeds are whole numbers from 0 to 2^64 − 1; CLI11 would otherwise wrap −1
/// round to 2^64 − 1 and clamp larger numbers to it without a word.
inline CLI::Validator seed_validator() {
  return CLI::Validator(
      [](const std::string& text) {
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
          return std::string("a seed is a whole number from 0 to 18446744073709551615, not '" +
                             printable(text) + "'");
        if (error == std::errc::result_out_of_range || end != text.data() + text.size())
          return std::string("a seed is at most 18446744073709551615 (2^64 - 1)");
        return std::string();
      },
      "0 to 2^64-1");
}

/// A number that must be finite and within [min, max]: CLI11's Range lets NaN
/// through (every comparison with NaN is false), and then a run of "nan" days
/// writes a log that is not JSON.
inline CLI::Validator finite_range(double min, double max) {
  std::ostringstream range;
  range << min << " to " << max;
  const std::string allowed = range.str();
  return CLI::Validator(
      [min, max, allowed](const std::string& text) {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value) || value < min ||
            value > max)
          return "must be a number from " + allowed + ", not '" + printable(text) + "'";
        return std::string();
      },
      allowed);
}

/// Adds --max-input-mb, which sets the size limit of every input the command reads.
void add_input_limit_option(CLI::App& command);

/// Adds --max-events, the largest run (in estimated events) the command will start.
void add_run_size_option(CLI::App& command);

/// Registers every subcommand of `govsim` on `app`. The one place that lists them.
void register_commands(CLI::App& app, Outcome& outcome);

void add_run_command(CLI::App& app, Outcome& outcome);
void add_bench_command(CLI::App& app, Outcome& outcome);
void add_check_command(CLI::App& app, Outcome& outcome);
void add_list_command(CLI::App& app, Outcome& outcome);
void add_show_command(CLI::App& app, Outcome& outcome);
void add_export_command(CLI::App& app, Outcome& outcome);
void add_validate_command(CLI::App& app, Outcome& outcome);
void add_compare_command(CLI::App& app, Outcome& outcome);
void add_sweep_command(CLI::App& app, Outcome& outcome);
void add_sensitivity_command(CLI::App& app, Outcome& outcome);
void add_results_command(CLI::App& app, Outcome& outcome);
void add_report_command(CLI::App& app, Outcome& outcome);
void add_debrief_command(CLI::App& app, Outcome& outcome);
/// Defined in viz/ when the view is built, else by cli/view_unavailable.cpp.
void add_view_command(CLI::App& app, Outcome& outcome);
/// Training mode, in viz/ too (or unavailable, as the view is).
void add_train_command(CLI::App& app, Outcome& outcome);

}  // namespace govsim::cli
