#pragma once

#include <string>
#include <vector>

#include "scenario/scenario.hpp"

namespace govsim {

/// What is on a decider's desk when a decision point comes before it, and what
/// weighing it gives (docs/model.md, "Decisions").
struct DecisionContext {
  const DecisionPoint& point;
  std::string decider;
  double day = 0.0;
  bool advice_on_record = false;  ///< professional advice arrived over a recorded channel
  int advised_option = -1;        ///< the option that advice recommends, if on record
  std::vector<double> scores;     ///< each option's score, as weighed
  int weighed = 0;                ///< the option the weighing gives
};

/// Chooses an option at a decision point. The default takes what the weighing
/// gives; training mode puts the choice to the room instead. A DecisionMaker
/// must not draw from the run's random streams: forcing or asking changes
/// nothing but the choice.
class DecisionMaker {
 public:
  virtual ~DecisionMaker() = default;
  /// The index of one of `context.point.options`.
  virtual int choose(const DecisionContext& context) = 0;
};

/// The decider's own weighing: the highest score.
class WeighingPolicy final : public DecisionMaker {
 public:
  int choose(const DecisionContext& context) override { return context.weighed; }
};

}  // namespace govsim
