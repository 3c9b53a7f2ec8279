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
  const auto experiments = builtins(InputKind::experiment);
  if (json) {
    nlohmann::ordered_json out;
    auto entries = [](const std::vector<BuiltinEntry>& files) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& e : files) list.push_back({{"name", e.name}, {"description", description_of(e.text)}});
      return list;
    };
    out["arrangements"] = entries(arrangements);
    out["scenarios"] = entries(scenarios);
    out["experiments"] = entries(experiments);
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  std::size_t width = 0;
  for (const auto* files : {&arrangements, &scenarios, &experiments})
    for (const auto& e : *files) width = std::max(width, e.name.size());
  auto row = [&](const BuiltinEntry& e) {
    std::cout << "  " << e.name << std::string(width + 2 - e.name.size(), ' ') << description_of(e.text)
              << '\n';
  };
  std::cout << "Arrangements (local protocols; use a name wherever a file path is accepted):\n";
  for (const auto& a : arrangements) row(a);
  std::cout << "\nScenarios:\n";
  if (scenarios.empty()) std::cout << "  (none yet)\n";
  for (const auto& s : scenarios) row(s);
  std::cout << "\nExperiments (for govsim sweep; docs/experiments.md):\n";
  for (const auto& e : experiments) row(e);
  return 0;
}

}  // namespace

void add_list_command(CLI::App& app, Outcome& outcome) {
  auto json = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("list", "Show the built-in arrangements, scenarios and experiments");
  command->add_flag(
      "--json", *json,
      "Print {\"arrangements\": [{name, description}], \"scenarios\": [...], \"experiments\": [...]}");
  command->callback([json, &outcome] { outcome.exit_code = list(*json); });
}

}  // namespace govsim::cli
