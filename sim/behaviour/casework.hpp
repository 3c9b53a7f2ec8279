#pragma once

#include <cstdint>
#include <vector>

#include "behaviour/item.hpp"

namespace govsim {

class GovernanceRun;

/// Casework: what a person does with an item taken from its inbox — act within
/// its authority, escalate, hold, answer. Owns each agent's memory of what it
/// has escalated.
class Casework {
 public:
  explicit Casework(GovernanceRun& run);

  /// A person takes an item from its inbox.
  void handle(AgentVertex at, std::uint32_t id);
  /// A held concern reaches the protocol's limit: it goes up.
  void release(AgentVertex at, std::uint32_t id);
  /// A reply to whoever asked, with the counts `at` knows.
  void answer(AgentVertex at, std::uint32_t id);
  /// Required to act with no lever of its own left, an actor asks whoever may
  /// still pull one to act (and reports back once the matter is in hand).
  void pass_on_requirement(AgentVertex at, AgentVertex as, const Item& item);

 private:
  void handle_concern(AgentVertex at, std::uint32_t id, AgentVertex as);
  void escalate(AgentVertex at, std::uint32_t id, AgentVertex as);
  void brief_members(AgentVertex at, AgentVertex as, const Item& item);
  void press_for_action(AgentVertex at, AgentVertex as, const Item& item);
  void question_accountable_actor(AgentVertex at, const Item& alert);

  struct Escalated {
    Symbol subject;
    double day;
    int severity;
    std::uint32_t harms;
  };
  GovernanceRun& run_;
  std::vector<std::vector<Escalated>> escalated_;
  std::vector<std::vector<std::pair<Symbol, std::uint32_t>>> holds_considered_;  ///< per agent and matter
  std::vector<std::vector<std::pair<Symbol, std::uint32_t>>> pressed_;  ///< matters pressed on, with the harm known then
};

}  // namespace govsim
