#pragma once

#include <SFML/System/Vector2.hpp>

#include "scene/scene.hpp"

namespace govsim::view {

class ViewSession;

/// The Dear ImGui panels: the bottom bar (caption, playback, timeline), the side
/// panel (subject, "see as", legend, inspector, gaps) and gap tooltips. They
/// change only the session's moment and selection, never the run.
void draw_panels(ViewSession& session, const Scene& scene, sf::Vector2u window);

}  // namespace govsim::view
