#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "model/network.hpp"

namespace govsim {

/// A set of link types, for queries that follow some kinds of link only.
class LinkTypes {
 public:
  LinkTypes(std::initializer_list<LinkType> types) {
    for (LinkType t : types) bits_ |= bit(t);
  }
  bool contains(LinkType type) const { return (bits_ & bit(type)) != 0; }

 private:
  static std::uint32_t bit(LinkType type) { return std::uint32_t{1} << static_cast<unsigned>(type); }
  std::uint32_t bits_ = 0;
};

/// Agents `agent` can pass a concern up to: the targets of its escalates_to,
/// reports_to, accountable_to and has_access_to links, and whoever line-manages it.
/// In declaration order of the links, without repeats.
std::vector<AgentVertex> escalation_routes(const Network& network, AgentVertex agent);

/// One way a concern can go up from an agent: the link and whom it reaches.
struct EscalationLink {
  LinkEdge link;
  AgentVertex to;
};
/// The links a concern at `agent` can go up, in the order an agent tries them:
/// protocol routes (escalates_to), then whoever line-manages it, then reports_to,
/// accountable_to and has_access_to links. The run takes the first whose
/// recipient is in post.
std::vector<EscalationLink> escalation_links_in_order(const Network& network, AgentVertex agent);

/// The forums `actor` is accountable to, directly or through forums that are
/// themselves accountable onwards (breadth-first over accountable_to).
std::vector<AgentVertex> forums_of(const Network& network, AgentVertex actor);

/// Whether `to` can be reached from `from` along links of the given types,
/// without passing through any agent in `avoiding`.
bool reachable(const Network& network, AgentVertex from, AgentVertex to, LinkTypes along,
               const std::vector<AgentVertex>& avoiding = {});

/// Every agent reachable as `reachable` asks, `from` included, indexed by vertex:
/// one search for a caller asking about many targets.
std::vector<bool> reach(const Network& network, AgentVertex from, LinkTypes along,
                        const std::vector<AgentVertex>& avoiding = {});

/// Whether `to` can be reached from `from` by escalation (as escalation_routes).
bool escalation_reaches(const Network& network, AgentVertex from, AgentVertex to);

/// Every agent whose concerns can reach one of `targets` by escalation (targets
/// included), indexed by vertex: one search back from all the targets at once,
/// for a caller asking about many agents.
std::vector<bool> can_escalate_to(const Network& network, const std::vector<AgentVertex>& targets);

/// Every simple escalation path from `from` to `to`, shortest first, at most
/// `limit` of them (the count grows fast in dense networks).
std::vector<std::vector<AgentVertex>> escalation_paths_between(const Network& network, AgentVertex from,
                                                               AgentVertex to, std::size_t limit = 64);

/// A cycle of line management (A manages B manages … manages A), if any, as the
/// agents in order; empty when line management is a proper hierarchy.
std::vector<AgentVertex> line_management_cycle(const Network& network);

}  // namespace govsim
