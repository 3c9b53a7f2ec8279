#pragma once

#include "model/role.hpp"

namespace govsim {

/// What an agent of a role is like when its arrangement file does not say.
/// These are explicit modelling parameters, not sourced facts: no public source
/// gives a CSWO's items per day. docs/arrangements.md lists them; every one can be
/// overridden per agent in an arrangement file.
struct RoleDefaults {
  double capacity_per_day;   ///< items handled in a day
  double response_days;      ///< mean delay before an item is handled (exponential)
  int escalation_threshold;  ///< severity 1–5 at or above which it escalates
  double meets_every_days;   ///< bodies only: the meeting cycle; 0 for others
};

RoleDefaults defaults_for(Role role);

/// Severity scale of items, 1 to 5.
inline constexpr int minor_severity = 1;
inline constexpr int critical_severity = 5;

}  // namespace govsim
