#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/arrangement_check.hpp"
#include "engine/provenance.hpp"
#include "experiment/arm.hpp"
#include "io/exact_number.hpp"
#include "io/finding.hpp"
#include "model/parameters.hpp"
#include "scenario/input_source.hpp"

namespace govsim {

/// A named parameter an experiment varies, with the values it takes.
struct Factor {
  Param parameter;
  std::vector<double> values;
  SourcePlace place;
};

/// An experiment file (docs/experiments.md): scenarios × arrangements × the
/// values of each factor, a full factorial, each arm run for the same
/// replications of one seed.
struct Experiment {
  std::string name, description;
  std::vector<std::pair<std::string, SourcePlace>> scenarios, arrangements;
  std::vector<Factor> factors;
  std::vector<std::string> areas;        ///< on an arrangement of several councils; empty: all
  std::vector<SourcePlace> area_places;  ///< where each area is named
  std::uint64_t replications = 100;
  std::uint64_t seed = 1;
  /// Replication k of every arm draws the same streams (common random numbers),
  /// so arms are compared pair by pair; false gives each arm streams of its own.
  bool paired = true;
  SourcePlace place;
};

struct LoadedExperiment {
  InputFile input;
  std::string text;
  Experiment experiment;
  Findings findings;
};

/// Loads an experiment, recording every problem with its file, line and
/// column (unknown keys and parameter names with "did you mean"). Throws
/// InputError only for text that is not YAML at all.
LoadedExperiment load_experiment(const InputText& input);
/// As above, throwing the first error.
LoadedExperiment load_experiment_or_throw(std::string_view name);

/// Its arms, in order: scenario, then arrangement, then each factor's values,
/// the last factor varying fastest.
std::vector<ArmDefinition> arms_of(const Experiment& experiment);
/// Each arm's label, naming only what varies between arms: the scenario if
/// several are run, the arrangement if several are (or nothing else varies),
/// and each factor with more than one value ("forum_question_probability 0.9").
std::vector<std::string> arm_labels(const std::vector<ArmDefinition>& arms);

/// How many arms the factorial makes, without building them.
double arm_count(const Experiment& experiment);

/// Whether the text is an experiment's (it names arrangements or replications
/// at its top level, and no agents).
bool looks_like_an_experiment(std::string_view text);

/// `govsim check` on an experiment file or built-in name: the file itself, then
/// whether each scenario fits each arrangement it names (each finding at the
/// line that names them), and the areas it names. Returns nothing for a file
/// that is no experiment (then it is checked as an arrangement or scenario).
std::optional<CheckResult> check_experiment(const std::string& name);

/// The most arms an experiment may make.
inline constexpr double max_arms = 100000;

}  // namespace govsim
