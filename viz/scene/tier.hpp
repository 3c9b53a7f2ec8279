#pragma once

#include <span>
#include <string_view>

#include "model/agent.hpp"

namespace govsim::view {

/// The readable bands of the view, top to bottom: who is elected, who runs the
/// council, the statutory professional lead, the integration authority, health,
/// the services, and the public outside (issue 6; the roles of docs/arrangements.md).
enum class Tier { elected_members, corporate, professional, integration, health, operations, the_public };

inline constexpr int tier_count = 7;

/// The band an agent is drawn in. An agent with several roles sits in the
/// highest band any of them belongs to: a CSWO who is also head of service is
/// drawn as the CSWO, because that is the role the governance turns on.
Tier tier_of(const Agent& agent);
Tier tier_of(Role role);

/// "Elected members", "Council leadership" (the leader and the chief executive), ... for the legend and the
/// tier labels.
std::string_view tier_title(Tier tier);
std::span<const Tier> all_tiers();

}  // namespace govsim::view
