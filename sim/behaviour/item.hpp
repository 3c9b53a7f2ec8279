#pragma once

#include <cstdint>

#include "engine/sim_time.hpp"
#include "engine/symbol_table.hpp"
#include "model/item_type.hpp"
#include "model/network.hpp"

namespace govsim {

inline constexpr AgentVertex no_agent = static_cast<AgentVertex>(-1);

/// A message in flight or in an inbox. Items about one issue share a subject, so
/// they link up into escalation paths. An item carries what its sender knew of
/// the matter (an aggregate: counts, never case details), except a harm notice,
/// which is one new case.
struct Item {
  ItemType type = ItemType::concern;
  Symbol subject = no_symbol;
  std::uint8_t severity = 3;
  bool personal = false;         ///< case-level information (confidentiality class "personal")
  bool urgent = false;
  bool recorded = false;         ///< the last hop it travelled was on the record
  bool requires_action = false;  ///< a question from a forum that required action
  bool advice_against = false;   ///< advice only: recommends other than the proposal
  bool new_case = false;         ///< a harm notice about one newly harmed person, not a count passed on
  bool reputational = false;     ///< an alert drawing the leadership in
  bool up_the_line = false;      ///< its last hop was from someone its recipient line-manages
  bool account = false;          ///< gives an account of a decision or lever its sender took on the matter
  int recommended = -1;          ///< advice only: the option it recommends
  std::uint32_t harms = 0;       ///< harm known to the sender (a harm notice: 1, a new case)
  std::uint32_t complaints = 0;  ///< complaints known to the sender
  std::uint32_t findings = 0;    ///< regulator findings known to the sender
  std::uint32_t assessed = 0;    ///< harm the statutory officer expects over the risk horizon (a risk report)
  int decision_point = -1;       ///< the decision point it belongs to, if any
  int response = -1;             ///< directions: the response being carried out, if any
  int option = -1;               ///< directions: the option being carried out
  AgentVertex sender = no_agent;
  AgentVertex reply_to = no_agent;      ///< questions and requests: who wants the answer
  AgentVertex addressed_to = no_agent;  ///< the post it was sent to (a deputy may receive it)
  SimTime raised = 0.0;
};

}  // namespace govsim
