#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "model/agent.hpp"
#include "model/link.hpp"

namespace govsim {

/// The influence network: agents as vertices, typed links as directed edges.
/// Bidirectional so that "who manages this post" (an in-edge of line_manages) is
/// as cheap as "whom does it report to".
using Network = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Agent, Link>;
using AgentVertex = Network::vertex_descriptor;
using LinkEdge = Network::edge_descriptor;

}  // namespace govsim
