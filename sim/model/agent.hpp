#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "io/input_error.hpp"
#include "model/distribution.hpp"
#include "model/role.hpp"
#include "model/role_defaults.hpp"

namespace govsim {

/// When a body meets. Items for a body wait for its next meeting unless urgent
/// business is allowed: an IJB meets every few weeks under its standing orders
/// (docs/domain.md, "Meetings").
struct MeetingCycle {
  double every_days = 42.0;
  double first_day = 0.0;
  bool urgent_business = false;
};

/// The first meeting of a body at or after `now`.
inline double next_meeting_day(const MeetingCycle& cycle, double now) {
  if (now <= cycle.first_day) return cycle.first_day;
  const double cycles = std::ceil((now - cycle.first_day) / cycle.every_days);
  return cycle.first_day + cycles * cycle.every_days;
}

/// A vertex of the influence network: a person, body, organisation or cohort and
/// the roles it holds. A person may hold several roles; the dual role is a fact
/// the rules look at, because its two halves can conflict (Improvement Service briefing (2017)).
struct Agent {
  std::string id;    ///< unique within an arrangement, used in files and logs
  std::string name;  ///< for people to read
  std::vector<Role> roles;
  AgentKind kind = AgentKind::person;

  double capacity_per_day = 10.0;              ///< items it can handle in a day
  Distribution response_days;                  ///< delay before it handles an item
  int escalation_threshold = 3;                ///< severity (1–5) at or above which it escalates
  double independence = 1.0;                   ///< 0–1: how free its professional advice is
  bool independence_explicit = false;          ///< set in the file, not by the default rule
  std::string party;                           ///< councillors
  std::string portfolio;                       ///< lead member, cabinet members
  std::string area;                            ///< council area it serves; empty for a national body
  std::vector<std::string> serves;             ///< other areas it serves too (a shared health board)
  bool vacant = false;                         ///< a post with no holder
  std::string deputy;                          ///< id of who deputises when vacant
  std::optional<MeetingCycle> meetings;        ///< bodies only
  std::string chair;                           ///< bodies: id of the chair
  std::optional<double> question_probability;  ///< bodies: overrides forum_question_probability

  DecisionWeights weights;        ///< the mean of its roles' weights, unless set in the file
  bool weights_explicit = false;  ///< set in the file: a body then does not take its members' mean
  double budget = 0.0;            ///< bodies holding money: GBP m a year (0: none)
  std::string funded_by;  ///< id of the body whose budget pays for it; empty: the rule in docs/model.md

  SourcePlace place;  ///< where it was declared, for messages

  bool holds(Role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }
  bool is_elected_member() const {
    return std::any_of(roles.begin(), roles.end(), [](Role r) { return govsim::is_elected_member(r); });
  }
  /// A councillor, or a forum of councillors: who may take key decisions.
  bool is_member_or_forum() const {
    return is_elected_member() ||
           std::any_of(roles.begin(), roles.end(), [](Role r) { return govsim::is_council_forum(r); });
  }
};

}  // namespace govsim
