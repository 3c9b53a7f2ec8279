#include <yaml-cpp/yaml.h>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "scenario/input_source.hpp"

namespace govsim::cli {
namespace {

std::string description_of(std::string_view text) {
  try {
    const YAML::Node root = YAML::Load(std::string(text));
    if (root.IsMap() && root["description"] && root["description"].IsScalar())
      return root["description"].Scalar();
  } catch (const YAML::Exception&) {
  }
  return "";
}

int list(bool json) {
  const auto arrangements = builtins(InputKind::arrangement);
  const auto scenarios = builtins(InputKind::scenario);
  if (json) {
    nlohmann::ordered_json out = {{"arrangements", nlohmann::ordered_json::array()},
                                  {"scenarios", nlohmann::ordered_json::array()}};
    for (const auto& a : arrangements)
      out["arrangements"].push_back({{"name", a.name}, {"description", description_of(a.text)}});
    for (const auto& s : scenarios)
      out["scenarios"].push_back({{"name", s.name}, {"description", description_of(s.text)}});
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::size_t width = 0;
  for (const auto& a : arrangements) width = std::max(width, a.name.size());
  for (const auto& s : scenarios) width = std::max(width, s.name.size());
  auto row = [&](const BuiltinEntry& e) {
    std::cout << "  " << e.name << std::string(width + 2 - e.name.size(), ' ') << description_of(e.text)
              << '\n';
  };
  std::cout << "Arrangements (local protocols; use a name wherever a file path is accepted):\n";
  for (const auto& a : arrangements) row(a);
  std::cout << "\nScenarios:\n";
  if (scenarios.empty()) std::cout << "  (none yet)\n";
  for (const auto& s : scenarios) row(s);
  return 0;
}

}  // namespace

void add_list_command(CLI::App& app, Outcome& outcome) {
  auto json = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("list", "Show the built-in arrangements and scenarios");
  command->add_flag("--json", *json, "Print {\"arrangements\": [{name, description}], \"scenarios\": [...]}");
  command->callback([json, &outcome] { outcome.exit_code = list(*json); });
}

}  // namespace govsim::cli
