#pragma once

#include <optional>
#include <string>

#include "analysis/gap.hpp"

namespace govsim::view {

/// The id of the agent that failed in a gap, where its badge goes: the body that
/// did not act on a required action (not the forum or regulator that asked),
/// the forum that only noted, the decider who had no advice, the one that sent
/// personal information or no aggregate, the post-holder who held a concern.
/// None when the gap names nobody (a harm gap: it goes on who was harmed).
/// The order of Gap::agents per type is the gap finder's (docs/gaps.md).
std::optional<std::string> failed_agent(const Gap& gap);

}  // namespace govsim::view
