#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "model/parameters.hpp"

namespace govsim {

// Screening which named parameters move an outcome, by Morris's elementary
// effects (Morris 1991, "Factorial sampling plans for preliminary computational
// experiments", Technometrics 33(2)), ranked by the mean absolute effect μ*
// (Campolongo, Cariboni and Saltelli 2007). Chosen over variance-based indices
// because it needs r·(k+1) model points instead of thousands per parameter, and
// a screening only has to sort the few parameters that matter from the many
// that do not — which is the question a researcher asks first.

/// The range a parameter is screened over.
struct ScreeningRange {
  Param parameter;
  double low = 0.0, high = 0.0;
};

/// The documented default range: half to one and a half times the value in
/// force (the default, or what the arrangement or scenario sets), kept inside
/// the parameter's allowed range; a value of 0 is screened from 0 to half of
/// a probability's or share's room (up to 0.5), or 0 to 1 otherwise.
ScreeningRange default_screening_range(Param parameter, double value_in_force);

/// Morris's design on the unit cube: `trajectories` paths of k + 1 points, each
/// point on a grid of `levels` levels, consecutive points differing in one
/// coordinate by Δ = levels / (2 (levels − 1)), every coordinate changed once per
/// path, in a random order and direction. Determined by `seed`.
struct MorrisDesign {
  std::size_t factors = 0, levels = 4, trajectories = 0;
  double delta = 0.0;
  /// points[t][j]: path t's j-th point (j = 0..k), coordinates in [0, 1].
  std::vector<std::vector<std::vector<double>>> points;
  /// changed[t][j]: the coordinate that changes from point j to point j + 1.
  std::vector<std::vector<std::size_t>> changed;
};
MorrisDesign morris_design(std::size_t factors, std::size_t trajectories, std::size_t levels,
                           std::uint64_t seed);

/// A unit-cube point in parameter values.
double scaled(const ScreeningRange& range, double unit);

/// One factor's elementary effects on one outcome, each the change in the
/// outcome over a step divided by the step as a share of the factor's range: so
/// an effect reads "the outcome moves this much as the factor crosses its range".
struct ElementaryEffects {
  std::size_t factor = 0;
  double mu_star = 0.0;  ///< mean of |effect|: how much the factor moves the outcome
  double mu = 0.0;       ///< mean effect: its sign says which way, when it has one
  double sigma = 0.0;    ///< standard deviation: large against μ* means interaction or a curve
  /// A bootstrap interval of μ* over the paths (percentile, seeded), at `confidence`.
  double mu_star_low = 0.0, mu_star_high = 0.0;
};

/// `outcome[t][j]`: the outcome at design point (t, j). One result per factor,
/// in factor order.
std::vector<ElementaryEffects> elementary_effects(const MorrisDesign& design,
                                                  const std::vector<std::vector<double>>& outcome,
                                                  double confidence = 0.95, std::uint64_t seed = 1);

}  // namespace govsim
