#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "scenario/scenario.hpp"

namespace govsim {

/// A decision point as it comes before its decider: who decides, when, what is
/// on the desk, and what the decider's own weighing gives (docs/model.md,
/// "Decisions"). What a training room is shown before it chooses.
struct DecisionMoment {
  std::string decider{};
  double day = 0.0;
  std::string adviser{};          ///< who was asked for advice; empty if nobody
  bool advice_received = false;   ///< advice came, on the record or not
  bool advice_on_record = false;  ///< professional advice arrived over a recorded channel
  int advised_option = -1;        ///< the option that advice recommends, if on record
  int advice_recommends = -1;     ///< the option advice received recommends, on the record or not
  double harms_known = 0.0;       ///< the most harm the decider has heard of on these cohorts
  double harm_assessed = 0.0;     ///< the harm a risk report it holds expects
  double complaints_known = 0.0;  ///< complaints and inspection findings it has heard of
  double budget_pressure = 0.0;   ///< its funder's share over budget (0: within budget)
  int weighed = 0;                ///< the option the weighing gives
  /// Records in the run's log before this decision: what a room pausing here has seen.
  std::size_t records_before = 0;
};

/// The moment, with the point itself and each option's score, as weighed.
struct DecisionContext : DecisionMoment {
  const DecisionPoint& point;
  std::vector<double> scores{};
};

/// What a DecisionMaker chose, and whether it overrode the weighing (a choice
/// made for the decider, by the scenario or the room, is logged as forced).
struct Choice {
  int option = 0;
  bool forced = false;
};

/// Chooses an option at a decision point. The default takes what the weighing
/// gives; training mode puts the choice to the room instead. A DecisionMaker
/// must not draw from the run's random streams: forcing or asking changes
/// nothing but the choice.
class DecisionMaker {
 public:
  virtual ~DecisionMaker() = default;
  /// One of `context.point.options`, by index.
  virtual Choice choose(const DecisionContext& context) = 0;
};

/// The decider's own weighing: the highest score.
class WeighingPolicy final : public DecisionMaker {
 public:
  Choice choose(const DecisionContext& context) override { return {context.weighed, false}; }
};

}  // namespace govsim
