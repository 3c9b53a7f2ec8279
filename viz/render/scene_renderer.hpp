#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <optional>

#include "render/camera.hpp"
#include "render/fonts.hpp"
#include "scene/layout.hpp"
#include "scene/scene.hpp"

namespace govsim::view {

/// What one frame drew, for the frame-time benchmark and tests.
struct DrawStats {
  std::size_t nodes = 0, edges = 0, labels = 0, vertices = 0;
};

/// Draws a scene: batches every shape into a few vertex arrays (one draw call
/// each), culls what is off the stage, and drops minor links and labels when
/// they would be too small to read (level of detail). It decides nothing: what
/// to show comes from the Scene.
class SceneRenderer {
 public:
  explicit SceneRenderer(const Fonts& fonts) : fonts_(fonts) {}

  /// `pulse` (0–1) animates the hop still travelling; `hovered_badge` is drawn
  /// larger; `focus` (the agent selected or under the mouse) has all its links
  /// drawn at full strength, minor ones too, while others recede.
  DrawStats draw(sf::RenderTarget& target, const Arrangement& arrangement, const Layout& layout,
                 const Scene& scene, const Camera& camera, float pulse = 0.0F,
                 std::optional<std::size_t> hovered_badge = std::nullopt,
                 std::optional<AgentVertex> focus = std::nullopt);

  /// Screen size of a badge, for hit-testing the mouse against badges.
  static constexpr float badge_size = badge_px;

  /// Presentation (training mode): agent labels are never drawn smaller than
  /// this many pixels, so that they read from the back of a room (0: as zoomed).
  float label_floor_px = 0.0F;

 private:
  /// The national picture's headers: each council's name and its value in words.
  std::size_t draw_area_headers(sf::RenderTarget& target, const Layout& layout, const Scene& scene,
                                const Camera& camera);

  const Fonts& fonts_;
  sf::VertexArray backdrop_{sf::Triangles};
  sf::VertexArray lines_{sf::Lines};
  sf::VertexArray shapes_{sf::Triangles};
  sf::VertexArray overlay_{sf::Triangles};
  sf::VertexArray names_{sf::Triangles};   ///< the national picture's council names, in the bold font
  sf::VertexArray values_{sf::Triangles};  ///< and their values, in the regular font
};

}  // namespace govsim::view
