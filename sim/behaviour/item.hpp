#pragma once

#include <cstdint>

#include "behaviour/item_type.hpp"
#include "engine/sim_time.hpp"
#include "engine/symbol_table.hpp"
#include "model/network.hpp"

namespace govsim {

inline constexpr AgentVertex no_agent = static_cast<AgentVertex>(-1);

/// A message in flight or in an inbox. Items about one issue share a subject, so
/// they link up into escalation paths.
struct Item {
  ItemType type = ItemType::concern;
  Symbol subject = no_symbol;
  std::uint8_t severity = 3;
  bool personal = false;  ///< case-level information (confidentiality class "personal")
  bool urgent = false;
  bool advice_against = false;  ///< advice only: warns against the proposal
  bool recorded = false;        ///< the last hop it travelled was on the record
  std::uint32_t cases = 1;      ///< how many cases it stands for (aggregates carry more)
  int decision_point = -1;      ///< the decision point it belongs to, if any
  int option = -1;              ///< directions: the option being carried out
  AgentVertex sender = no_agent;
  AgentVertex reply_to = no_agent;  ///< questions and requests: who wants the answer
  SimTime raised = 0.0;
};

}  // namespace govsim
