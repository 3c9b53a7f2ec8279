#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "behaviour/governance_model.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {

/// A scenario and an arrangement loaded, checked against each other, the
/// scenario played in the arrangement's areas (play_in_areas; its `as_written`
/// keeps the file's own) and bound into a model, ready for replications. Not
/// movable: the model points into it.
struct PreparedRun {
  LoadedScenario scenario;
  LoadedArrangement arrangement;
  std::optional<GovernanceModel> model;

  PreparedRun() = default;
  PreparedRun(const PreparedRun&) = delete;
  PreparedRun& operator=(const PreparedRun&) = delete;
};

/// What a caller may change of a run beyond its files: named parameters set
/// (`govsim run --set`, a sweep's factors) and the council areas it plays in.
struct RunChoices {
  std::vector<std::pair<Param, double>> parameters;
  std::vector<std::string> areas;  ///< empty: the scenario's own `areas:`, or all
};

/// Loads `scenario_name` (path or built-in name) and its arrangement — the one
/// named, or else the scenario's own default. Throws InputError naming file, line
/// and column for the first problem in either, or in how they fit together.
std::unique_ptr<PreparedRun> prepare_run(std::string_view scenario_name,
                                         const std::optional<std::string>& arrangement_name = std::nullopt,
                                         const RunChoices& choices = {});

/// The scenario `govsim run` uses when none is named.
inline constexpr const char* default_scenario = "expedited-discharge";
/// The default scenario for an English arrangement (no IJB, a DASS).
inline constexpr const char* default_english_scenario = "english-discharge-to-assess";
/// The default scenario for an arrangement: England's for an English one (the
/// Scottish one needs an IJB chief officer). Throws InputError if it does not load.
std::string default_scenario_for(const std::string& arrangement);

}  // namespace govsim
