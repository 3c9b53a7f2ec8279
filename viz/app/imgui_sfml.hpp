#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <string>

namespace govsim::view {

/// The small hand-written glue between SFML and Dear ImGui (1.86, OpenGL2
/// backend): input events in, draw data out. One per GL target.
class ImGuiSfml {
 public:
  /// `font_path`/`font_size`: the projector theme's large type.
  ImGuiSfml(const std::string& font_path, float font_size);
  ~ImGuiSfml();
  ImGuiSfml(const ImGuiSfml&) = delete;
  ImGuiSfml& operator=(const ImGuiSfml&) = delete;

  void handle(const sf::Event& event);
  /// Starts a frame for a target of this size.
  void new_frame(sf::Vector2u size, float seconds);
  /// Draws what the panels built, on top of whatever `target` holds.
  void render(sf::RenderTarget& target);

  /// True when ImGui wants the mouse (it is over a panel), so the scene ignores it.
  bool wants_mouse() const;
  bool wants_keyboard() const;
};

}  // namespace govsim::view
