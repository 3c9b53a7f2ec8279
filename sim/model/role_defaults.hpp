#pragma once

#include <vector>

#include "model/role.hpp"

namespace govsim {

/// How much an agent weighs each thing on its desk when it chooses (the
/// decision model, docs/model.md): the risk to people, the cost against its
/// budget, the performance the proposal promises (a target, throughput), and
/// `evidence`, the share of full weight it gives risk before it knows of any
/// harm. Points on a common scale; a person holding several roles weighs as the
/// mean of its roles — except the CSWO/DASS with operational posts, who weighs
/// in its professional capacity (its statutory role's weights) or, for what
/// reaches it up its line of management, in its operational one (its other
/// roles' mean) — and a body as the mean of its voting members.
struct DecisionWeights {
  double risk = 0.5;
  double cost = 0.5;
  double performance = 0.5;
  double evidence = 0.2;
};

/// What an agent of a role is like when its arrangement file does not say.
/// These are explicit modelling parameters, not sourced facts: no public source
/// gives a CSWO's items per day. docs/arrangements.md lists them; every one can be
/// overridden per agent in an arrangement file.
struct RoleDefaults {
  double capacity_per_day;   ///< items handled in a day (bodies: items per meeting)
  double response_days;      ///< mean delay before an item is handled (exponential)
  int escalation_threshold;  ///< severity 1–5 at or above which it escalates
  double meets_every_days;   ///< bodies only: the meeting cycle; 0 for others
  DecisionWeights weights;
  double budget = 0.0;  ///< bodies that hold money: GBP m a year (0: none)
};

RoleDefaults defaults_for(Role role);

/// The mean of several roles' weights: a person holding two roles weighs as
/// both at once (Improvement Service briefing (2017): the professional and operational halves "can be
/// conflictual").
DecisionWeights mean_weights(const std::vector<Role>& roles);

/// Severity scale of items, 1 to 5.
inline constexpr int minor_severity = 1;
inline constexpr int critical_severity = 5;

}  // namespace govsim
