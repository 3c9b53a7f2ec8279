#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "model/arrangement.hpp"

namespace govsim {

/// `text` as a quoted DOT string: quotes and backslashes escaped, line breaks as
/// DOT's centred "\n".
std::string dot_string(std::string_view text);

/// Writes the influence network as Graphviz DOT (boost::write_graphviz): agents
/// labelled with their roles, bodies as boxes, each link type in its own style.
void write_dot(const Arrangement& arrangement, std::ostream& out);

}  // namespace govsim
