#include "scene/room_count.hpp"

#include <algorithm>
#include <set>

namespace govsim::view {

const std::vector<Role>& authority_roles() {
  static const std::vector<Role> roles = {Role::cswo,        Role::dass,        Role::chief_executive,
                                          Role::lead_member, Role::leader,      Role::ijb_chief_officer,
                                          Role::ijb,         Role::full_council};
  return roles;
}

RoomCount room_count(const Replay& replay, double day) {
  const EventLog& log = replay.log();
  const Arrangement& arrangement = replay.arrangement();
  RoomCount count;
  std::set<Symbol> harmed_on;
  for (const LogRecord& r : log.records())
    if (r.kind == LogKind::harm) harmed_on.insert(r.subject);
  // The first holders of each role, once each (one person may hold two roles).
  std::vector<AgentVertex> holders;
  for (Role role : authority_roles())
    for (AgentVertex v : arrangement.holders(role))
      if (std::find(holders.begin(), holders.end(), v) == holders.end() && holders.size() < 8)
        holders.push_back(v);
  std::vector<std::optional<double>> knew(holders.size());
  for (const LogRecord& r : log.records()) {
    if (r.time > day) break;
    if (r.kind == LogKind::harm) count.harmed += r.value;
    if (r.kind != LogKind::became_aware || !harmed_on.count(r.subject)) continue;
    const auto agent = replay.agent_of(r.actor);
    if (!agent) continue;
    for (std::size_t i = 0; i < holders.size(); ++i)
      if (holders[i] == *agent && !knew[i]) knew[i] = r.time;
  }
  for (std::size_t i = 0; i < holders.size(); ++i)
    count.in_authority.push_back({arrangement.agent(holders[i]).name, knew[i]});
  return count;
}

}  // namespace govsim::view
