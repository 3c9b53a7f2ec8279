#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "io/input_error.hpp"
#include "model/distribution.hpp"
#include "model/role.hpp"

namespace govsim {

/// When a body meets. Items for a body wait for its next meeting unless urgent
/// business is allowed (DESIGN §4: "an IJB meets every N weeks").
struct MeetingCycle {
  double every_days = 42.0;
  double first_day = 0.0;
  bool urgent_business = false;
};

/// A vertex of the influence network: a person, body, organisation or cohort and
/// the roles it holds. A person may hold several roles; the dual role is a fact
/// the rules look at, because its two halves can conflict (seed 003).
struct Agent {
  std::string id;    ///< unique within an arrangement, used in files and logs
  std::string name;  ///< for people to read
  std::vector<Role> roles;
  AgentKind kind = AgentKind::person;

  double capacity_per_day = 10.0;        ///< items it can handle in a day
  Distribution response_days;            ///< delay before it handles an item
  int escalation_threshold = 3;          ///< severity (1–5) at or above which it escalates
  double independence = 1.0;             ///< 0–1: how free its professional advice is
  std::string party;                     ///< councillors
  std::string portfolio;                 ///< lead member, cabinet members
  std::string area;                      ///< council area it serves; empty for a national body
  bool vacant = false;                   ///< a post with no holder
  std::string deputy;                    ///< id of who deputises when vacant
  std::optional<MeetingCycle> meetings;  ///< bodies only
  std::string chair;                     ///< bodies: id of the chair

  SourcePlace place;  ///< where it was declared, for messages

  bool holds(Role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }
  bool is_elected_member() const {
    return std::any_of(roles.begin(), roles.end(), [](Role r) { return govsim::is_elected_member(r); });
  }
};

}  // namespace govsim
