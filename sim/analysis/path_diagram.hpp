#pragma once

#include <optional>
#include <string>

#include "analysis/escalation_paths.hpp"
#include "analysis/plain_words.hpp"

namespace govsim {

/// An escalation path as Graphviz DOT, written by boost::write_graphviz: one node
/// per agent reached (by name), one edge per hop labelled with the day, how the
/// item travelled and the wait.
std::string path_dot(const EscalationPath& path, const PlainWords& words);

/// Renders DOT to SVG with the `dot` program; none when it is not installed or fails.
std::optional<std::string> render_svg(const std::string& dot);

}  // namespace govsim
