#pragma once

#include <cstddef>
#include <span>

#include "model/parameters.hpp"
#include "model/role_defaults.hpp"

namespace govsim {

// The decision model (docs/model.md, "Decisions"): a decider scores each option
// on what is on its desk and takes the highest. Pure functions, so each rule is
// tested on its own and a log can show every term.

/// What a decider sees of one option.
struct OptionOnDesk {
  double risk = 0.0;            ///< expected harm under it, relative to the worst option (0–1)
  double cost_points = 0.0;     ///< yearly cost / (funder's budget × cost_reference_share)
  double performance = 0.0;     ///< how far it meets the proposer's aim (−1 to 1)
  bool advised = false;         ///< recorded professional advice recommends it
  double accountability = 0.0;  ///< points from questions and required actions on the matter
};

/// What the decider brings: its weights, how much weight it gives risk now, and
/// the budget pressure on its funder.
struct Desk {
  DecisionWeights weights;
  double evidence = 0.0;  ///< share of full weight given to risk (0–1)
  double pressure = 0.0;  ///< budget pressure on the funder (share over budget)
  /// What the evidence comes from: the most the decider has heard of, on any
  /// matter concerning these cohorts.
  double harms_known = 0.0, complaints_known = 0.0, findings_known = 0.0;
  double harm_assessed = 0.0;  ///< harm a risk report it holds expects over its horizon
};

/// The terms of one option's score, in points.
struct Score {
  double performance = 0.0, risk = 0.0, cost = 0.0, advice = 0.0, accountability = 0.0;
  double total() const { return performance + risk + cost + advice + accountability; }
};

/// performance x w_perf − risk x w_risk x evidence − cost x w_cost x (1 + f x pressure)
/// + advice_weight if advised + accountability.
Score score(const OptionOnDesk& option, const Desk& desk, const Parameters& p);

/// The weight on risk a decider gives once it knows of `harm_equivalents`
/// (harms, plus complaints and findings at their equivalents): its base
/// evidence, rising towards 1 as 1 − exp(−known / evidence_harm_scale).
double evidence(double base, double harm_equivalents, const Parameters& p);

/// Harm equivalents of what is known: harms + complaints x complaint_harm_equivalent
/// + findings x finding_harm_equivalent.
double harm_equivalents(double harms, double complaints, double findings, const Parameters& p);

/// The first of the highest scores (ties go to the earlier option: the proposal
/// is listed first when a scenario lists it first).
std::size_t best_option(std::span<const double> totals);

}  // namespace govsim
