#include "check/arrangement_check.hpp"

#include <yaml-cpp/yaml.h>
#include <filesystem>

#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {
namespace {

template <typename Check>
CheckResult guarded(const std::string& name, const char* kind, Check check) {
  CheckResult result;
  result.file = name;
  result.kind = kind;
  try {
    check(result);
  } catch (const InputError& error) {
    result.unreadable = true;
    result.findings.error(error.place(), error.message(), "unreadable");
  }
  result.findings.sort_by_place();
  return result;
}

}  // namespace

CheckResult check_arrangement(const std::string& name) {
  return guarded(name, "arrangement", [&](CheckResult& result) {
    LoadedArrangement loaded = load_arrangement(read_input(name, InputKind::arrangement));
    result.file = loaded.input.name;
    result.findings = std::move(loaded.findings);
    if (result.findings.has_errors()) {
      result.rules_skipped = true;
      return;
    }
    check_statutory_rules(loaded.arrangement, result.findings);
    check_static_gaps(loaded.arrangement, result.findings);
  });
}

CheckResult check_scenario(const std::string& name, const std::optional<std::string>& arrangement) {
  return guarded(name, "scenario", [&](CheckResult& result) {
    LoadedScenario loaded = load_scenario(read_input(name, InputKind::scenario));
    result.file = loaded.input.name;
    result.findings = std::move(loaded.findings);
    // The arrangement's own problems are reported by checking it; here only
    // whether the scenario fits it. Names are checked even in a scenario with
    // other errors: one does not hide or cause the other.
    const LoadedArrangement fit =
        load_arrangement_or_throw(arrangement.value_or(loaded.scenario.arrangement));
    check_scenario_against(loaded.scenario, fit.arrangement, result.findings);
  });
}

CheckResult check_input(const std::string& name, const std::optional<std::string>& arrangement) {
  std::error_code error;
  if (std::filesystem::is_regular_file(name, error)) {
    try {
      const YAML::Node root = YAML::LoadFile(name);
      if (root.IsMap() && !root["agents"] && !root["jurisdiction"]) return check_scenario(name, arrangement);
    } catch (const YAML::Exception&) {
      // Not YAML: either loader reports it, with its place.
    }
    return check_arrangement(name);
  }
  try {
    if (read_input(name, InputKind::scenario).builtin) return check_scenario(name, arrangement);
  } catch (const InputError&) {
    // Not a built-in scenario: check it as an arrangement, which reports what it is not.
  }
  return check_arrangement(name);
}

}  // namespace govsim
