#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "check/arrangement_check.hpp"
#include "cli/commands.hpp"
#include "experiment/experiment_file.hpp"

namespace govsim::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> files;
  std::optional<std::string> arrangement;
  bool json = false;
};

int check(const CheckOptions& options) {
  bool unreadable = false, errors = false;
  std::size_t error_count = 0, warning_count = 0;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const std::string& file : options.files) {
    // An experiment file is checked as one, and each of its arms with it.
    const std::optional<CheckResult> experiment = check_experiment(file);
    const CheckResult result = experiment ? *experiment : check_input(file, options.arrangement);
    unreadable = unreadable || result.unreadable;
    errors = errors || result.findings.has_errors();
    error_count += result.findings.count(Finding::Severity::error);
    warning_count += result.findings.count(Finding::Severity::warning);
    for (const Finding& f : result.findings.items()) {
      if (options.json) {
        list.push_back({{"file", f.place.file.empty() ? result.file : f.place.file},
                        {"line", f.place.line},
                        {"column", f.place.column},
                        {"severity", f.severity == Finding::Severity::error ? "error" : "warning"},
                        {"message", f.message},
                        {"rule", f.rule}});
      } else {
        std::cout << f.format() << '\n';
      }
    }
    if (!options.json && result.rules_skipped)
      std::cout << result.file << ": note: statutory checks skipped until the errors above are fixed\n";
  }
  if (options.json) {
    std::cout << list.dump(2) << '\n';
  } else {
    std::cout << "checked " << options.files.size() << (options.files.size() == 1 ? " file" : " files")
              << ": " << error_count << (error_count == 1 ? " error" : " errors") << ", " << warning_count
              << (warning_count == 1 ? " warning" : " warnings") << '\n';
  }
  return unreadable ? 2 : errors ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Validate arrangement and scenario files; lint arrangements against statutory rules and static gaps");
  command
      ->add_option("files", options->files,
                   "Arrangement or scenario files, or built-in names (see `govsim list`)")
      ->required();
  command->add_option("--arrangement,-a", options->arrangement,
                      "For scenarios: the arrangement to check them against (default: each scenario's own)");
  command->add_flag("--json", options->json, "Print the findings as a JSON list");
  command->footer(
      "Each finding is printed as FILE:LINE:COL: error|warning: MESSAGE [RULE].\n"
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read.");
  command->callback([options, &outcome] { outcome.exit_code = check(*options); });
}

}  // namespace govsim::cli
