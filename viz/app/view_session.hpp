#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <functional>
#include <optional>
#include <string>

#include "app/imgui_sfml.hpp"
#include "app/view_source.hpp"
#include "render/camera.hpp"
#include "render/scene_renderer.hpp"
#include "scene/playback.hpp"
#include "scene/scene.hpp"

namespace govsim::view {

/// Where a window goes: its drawable size and its top-left corner.
struct WindowPlace {
  sf::Vector2u size;
  sf::Vector2i at;
};
/// A window of `wanted` size made to fit fully on a desktop of `desktop` size,
/// with room for a window manager's title bar and borders, and centred on it.
WindowPlace window_place(sf::Vector2u wanted, sf::Vector2u desktop);

/// One open view of a run: the moment, what is selected, whose eyes, the camera.
/// Shared by the window, `--screenshot` and `--bench-frames`, so all three draw
/// the same thing.
class ViewSession {
 public:
  ViewSession(const LoadedRun& run, const Fonts& fonts);

  const Replay& replay() const { return *run_.replay; }
  const Layout& layout() const { return run_.layout; }
  const Arrangement& arrangement() const { return run_.replay->arrangement(); }
  Playback& playback() { return playback_; }
  const Playback& playback() const { return playback_; }
  Camera& camera() { return camera_; }
  const Camera& camera() const { return camera_; }

  std::string subject;
  std::optional<Perspective> as;
  std::optional<AgentVertex> selected_agent;
  std::optional<std::size_t> selected_gap;
  std::optional<std::size_t> hovered_gap;
  std::optional<AgentVertex> hovered_agent;
  std::optional<std::size_t> hovered_area;  ///< the council block under the mouse (index into Layout::areas)
  Outcome colour_by = Outcome::council_knew;  ///< what the national picture colours councils by
  bool quit_requested = false;
  /// Escape with a drop-down open: the panels close it in the next frame.
  bool close_popups = false;
  /// Presentation (training mode): the side panel can be hidden, giving the
  /// network the full width, and the panels' sizes follow the type's scale.
  bool side_panel_shown = true;
  float ui_scale = 1.0F;
  /// Pixels kept clear of the network above it, above the bottom bar and left of
  /// the side panel (the training room's timeline strip and running count).
  float reserved_top = 0.0F, reserved_bottom = 0.0F, reserved_right = 0.0F;
  /// Drawn after the panels, in the same ImGui frame (training's prompt card).
  std::function<void(const Scene&)> overlay;

  /// The stage is the window less the side panel and the bottom bar.
  void set_window_size(sf::Vector2u size, bool refit);
  static Box stage_for(sf::Vector2u window);
  /// This session's stage, with its panel shown or hidden and its scale.
  Box stage() const;
  float side_panel_width() const { return side_panel_shown ? panel_width * ui_scale : 0.0F; }
  float bottom_bar_height() const { return bar_height * ui_scale; }
  SceneRenderer& renderer() { return renderer_; }
  Scene scene() const;
  /// Draws one whole frame: scene, then panels. `pulse` animates travelling hops.
  DrawStats draw_frame(sf::RenderTarget& target, ImGuiSfml& gui, float seconds, float pulse);
  /// Keys and mouse on the stage (panels get theirs through ImGui first).
  void handle(const sf::Event& event, const ImGuiSfml& gui);

  /// In a run of several council areas: fits the camera to the council at a
  /// point of the stage (its block or its header), unless it is fitted about as
  /// close already. Returns the block zoomed to, if any.
  std::optional<std::size_t> zoom_to_area_at(Point screen);
  void zoom_to_area(std::size_t block);
  /// The whole country (the whole network) on the stage again.
  void show_whole_country() { camera_.fit(run_.layout.bounds); }

  static constexpr float panel_width = 380.0F;
  static constexpr float bar_height = 150.0F;

 private:
  void update_hover(Point mouse, const Scene& scene);
  void cycle_subject(int step);

  const LoadedRun& run_;
  Router router_;  ///< keeps the routes of paths between frames
  SceneRenderer renderer_;
  Playback playback_;
  Camera camera_;
  sf::Vector2u window_{1280, 720};
  std::optional<Point> drag_from_;
  std::optional<Point> pressed_at_;  ///< a left press on empty stage: a click if released where it began
  Point mouse_;
};

}  // namespace govsim::view
