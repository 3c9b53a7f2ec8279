#pragma once

#include <optional>
#include <string>

#include "analysis/escalation_paths.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// An escalation path as Graphviz DOT, written by boost::write_graphviz: one node
/// per agent reached, one edge per hop labelled with the day and the wait.
std::string path_dot(const EscalationPath& path, const Arrangement& arrangement);

/// Renders DOT to SVG with the `dot` program; none when it is not installed or fails.
std::optional<std::string> render_svg(const std::string& dot);

}  // namespace govsim
