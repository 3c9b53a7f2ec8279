#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/arrangement.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// "See as": the view limited to what one agent could know. An elected member's
/// perspective never shows personal (case-level) information, whatever reached
/// them (ADASS guidance; Councillors' Code of Conduct).
struct Perspective {
  AgentVertex viewer = 0;
  bool elected_member = false;
  bool operator==(const Perspective&) const = default;
};

/// A role name ("lead_member", "@lead_member") picks the first agent holding it;
/// anything else must be an agent id. None if neither names an agent.
std::optional<Perspective> perspective_for(const Arrangement& arrangement, std::string_view role_or_agent);

/// Whether the viewer (or, with no viewer, the all-seeing trainer) sees an item:
/// only what they sent or received, and never personal items for an elected member.
bool sees(const std::optional<Perspective>& as, const ItemJourney& item);

}  // namespace govsim::view
