#pragma once

#include <string_view>

#include "engine/provenance.hpp"
#include "io/finding.hpp"
#include "model/arrangement.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

struct LoadedScenario {
  Scenario scenario;
  Findings findings;
  InputFile input;
};

/// Loads a scenario file (docs/scenarios.md). As with arrangements, only text
/// that is not YAML throws; every other problem is recorded and loading goes on.
LoadedScenario load_scenario(const InputText& input);

/// Checks that what a scenario names exists in the arrangement it runs on:
/// agents, decision types in the scheme of delegation. Problems name the place
/// in the scenario file.
/// The arrangement a scenario names for itself (`arrangement:`), loaded; when
/// it cannot be, the error is placed at that line of the scenario.
LoadedArrangement load_own_arrangement(const Scenario& scenario);

void check_scenario_against(const Scenario& scenario, const Arrangement& arrangement, Findings& findings);

/// For `govsim run`: loads by name or path; throws InputError with the first
/// error when there is one.
LoadedScenario load_scenario_or_throw(std::string_view name);

/// Throws InputError with the first error of `findings`, if any, saying how many
/// more there are and the `govsim check` arguments that list them all.
void throw_first_error(const Findings& findings, const std::string& check_arguments);

}  // namespace govsim
