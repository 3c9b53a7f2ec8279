#include "scene/perspective.hpp"

namespace govsim::view {

std::optional<Perspective> perspective_for(const Arrangement& arrangement, std::string_view role_or_agent) {
  std::string_view name = role_or_agent;
  if (name.starts_with('@')) name.remove_prefix(1);
  std::optional<AgentVertex> viewer;
  if (auto role = parse_role(name)) {
    const auto holders = arrangement.holders(*role);
    if (!holders.empty()) viewer = holders.front();
  }
  if (!viewer) viewer = arrangement.find(role_or_agent);
  if (!viewer) return std::nullopt;
  return Perspective{*viewer, arrangement.agent(*viewer).is_elected_member()};
}

bool sees(const std::optional<Perspective>& as, const ItemJourney& item) {
  if (!as) return true;
  if (item.personal && as->elected_member) return false;
  return item.from == as->viewer || item.to == as->viewer;
}

}  // namespace govsim::view
