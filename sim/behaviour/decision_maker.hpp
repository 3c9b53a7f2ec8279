#pragma once

#include <string>

#include "scenario/scenario.hpp"

namespace govsim {

/// What a decider knows when a decision point comes before it.
struct DecisionContext {
  const DecisionPoint& point;
  std::string decider;
  double day = 0.0;
  bool advice_on_record = false;  ///< professional advice arrived over a recorded channel
  bool advice_against = false;    ///< and it warned against the default
};

/// Chooses an option at a decision point. The scripted policy is the default;
/// training mode puts the choice to the room instead.
class DecisionMaker {
 public:
  virtual ~DecisionMaker() = default;
  /// The id of one of `context.point.options`.
  virtual std::string choose(const DecisionContext& context) = 0;
};

/// The scenario's own policy: its default option, unless professional advice on
/// record warned against it, then its `if_advised_against` option. So recorded
/// advice changes outcomes and unrecorded or softened advice does not — the
/// audit trail the seed documents ask for is what protects service users here.
class ScriptedPolicy final : public DecisionMaker {
 public:
  std::string choose(const DecisionContext& context) override {
    return context.advice_on_record && context.advice_against ? context.point.if_advised_against
                                                              : context.point.default_option;
  }
};

}  // namespace govsim
