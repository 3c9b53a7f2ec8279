#include "scene/gap_actor.hpp"

namespace govsim::view {

std::optional<std::string> failed_agent(const Gap& gap) {
  if (gap.agents.empty()) return std::nullopt;
  auto at = [&](std::size_t i) { return gap.agents[i < gap.agents.size() ? i : 0]; };
  switch (gap.type) {
    case GapType::no_consequence:  // {who required it, who was to act}
      return at(1);
    case GapType::confidentiality:  // {who received it, who sent it} / {who got nothing, who sent nothing
                                    // usable}
      return at(1);
    case GapType::blocked_escalation:  // {who held it}, or for a hop left too long {sender, receiver}
      return gap.links.empty() ? at(0) : at(1);
    case GapType::silent:  // everyone who knew, in order: it stopped with the last
      return gap.agents.back();
    default:  // the actor first: the forum that noted, the decider, the council blind to its delegate...
      return at(0);
  }
}

}  // namespace govsim::view
