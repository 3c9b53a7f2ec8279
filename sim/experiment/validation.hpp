#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "experiment/outcome.hpp"
#include "experiment/statistics.hpp"
#include "model/arrangement.hpp"
#include "model/parameters.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// What a validation arm may change before it runs.
struct ArmSetup {
  Arrangement& arrangement;
  Scenario& scenario;
  Parameters& parameters;
  std::vector<std::pair<int, int>>& forced;  ///< (decision point, option) forced
};

/// One side of a comparison: a scenario on an arrangement (built-in names or
/// paths), changed by `change` if given. Its outcomes are the whole run's, or,
/// with `areas`, the mean of those council areas' own outcomes. Arms of a fact
/// with the same non-empty `shared_run` are one run per replication (their
/// scenario, arrangement and change must then be the same): councils of one
/// national run compared with each other.
struct ArmSpec {
  std::string label;
  std::string scenario;
  std::string arrangement;
  std::function<void(ArmSetup&)> change;
  std::vector<std::string> areas = {};
  std::string shared_run = {};
};

/// What a fact expects of the paired difference (variant − base) of one outcome.
/// `increases` / `decreases`: the 95% CI lies wholly above / below 0.
/// `does_not_increase` / `does_not_decrease`: non-inferiority — the CI's upper
/// (lower) end is within a margin of 0: 5% of the base mean plus 0.05.
/// `rare_in_base`: the outcome's base mean is at most 0.02 (for a count of
/// gaps: seen in at most one run in fifty).
/// `indistinguishable`: the interval contains 0, at a confidence raised for the
/// number of such tests in the fact (Bonferroni: 1 − (1 − level) / m), so that
/// the fact as a whole fails by chance at most at the stated rate.
struct Expectation {
  enum class Sign {
    increases,
    decreases,
    does_not_increase,
    does_not_decrease,
    rare_in_base,
    indistinguishable
  };
  Outcome outcome;
  Sign sign;
};

struct Comparison {
  std::string label;
  ArmSpec base, variant;
  std::vector<Expectation> expect;
};

/// A stylised fact the model must reproduce (pattern-oriented modelling, Grimm
/// et al. 2005), with the sentence or source it comes from.
struct Fact {
  std::string id;
  std::string title;
  std::string source;
  std::vector<Comparison> comparisons;
};

/// The facts, V1..V15 (docs/validation.md). `arrangement`, when given, replaces
/// the typical Scottish arrangement in every fact that uses it (V7's
/// risk-report comparison keeps the English arrangement, whose fortnightly
/// cabinet can act on a report); `scenario` replaces the expedited discharge
/// scenario likewise (V1-V5, V10, V11). Facts tied to named built-in
/// arrangements (V12, V13) are then left out. V14 and V15 compare the council
/// areas of the national arrangement (of `arrangement`, when it has areas
/// with patterns).
std::vector<Fact> validation_facts(const std::optional<std::string>& arrangement = std::nullopt,
                                   const std::optional<std::string>& scenario = std::nullopt);

struct MeasuredExpectation {
  Expectation expectation;
  Summary base, variant, difference;
  double margin = 0.0;
  bool passed = false;
  /// The quantity never occurred in either arm (e.g. no required action was
  /// ever left open): an increase or decrease cannot be judged, so the
  /// measure neither passes nor fails the fact.
  bool not_observed = false;
};
struct MeasuredComparison {
  std::string label;
  std::vector<MeasuredExpectation> measured;
  std::vector<Outcomes> base, variant;  ///< every replication's outcomes, in order
};
struct FactResult {
  const Fact* fact = nullptr;
  std::vector<MeasuredComparison> comparisons;
  bool passed = true;
  /// Why the fact could not be run here (its scenario names agents or decision
  /// types the arrangement lacks); empty when it ran.
  std::string not_applicable;
};

struct ValidationOptions {
  int replications = 200;
  std::uint64_t seed = 1;
  double confidence = 0.95;
  std::function<void(const std::string&)> progress;  ///< told each comparison as it starts
};

/// Runs each comparison as paired replications: replication k of both arms uses
/// seed `seed`, replication k (common random numbers).
FactResult run_fact(const Fact& fact, const ValidationOptions& options);

std::string_view to_string(Expectation::Sign sign);

}  // namespace govsim
