#include "model/accountability.hpp"

#include "model/network_queries.hpp"

namespace govsim {

bool is_forum_with_authority(const Agent& agent) {
  if (agent.is_elected_member()) return true;
  for (Role role : agent.roles)
    if (is_council_forum(role) || role == Role::ijb || role == Role::health_board) return true;
  return false;
}

bool is_accountable(const Arrangement& arrangement, AgentVertex agent) {
  if (is_forum_with_authority(arrangement.agent(agent))) return true;
  for (AgentVertex forum : forums_of(arrangement.network, agent))
    if (is_forum_with_authority(arrangement.agent(forum))) return true;
  return false;
}

bool is_council(const Agent& agent) {
  if (agent.is_elected_member()) return true;
  for (Role role : agent.roles)
    if (is_council_forum(role)) return true;
  return false;
}

}  // namespace govsim
