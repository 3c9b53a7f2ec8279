#pragma once

#include <ostream>

#include "model/arrangement.hpp"

namespace govsim {

/// Writes the influence network as Graphviz DOT (boost::write_graphviz): agents
/// labelled with their roles, bodies as boxes, each link type in its own style.
void write_dot(const Arrangement& arrangement, std::ostream& out);

}  // namespace govsim
