#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>
#include <optional>
#include <string>

#include "app/imgui_sfml.hpp"
#include "app/view_source.hpp"
#include "render/camera.hpp"
#include "render/scene_renderer.hpp"
#include "scene/playback.hpp"
#include "scene/scene.hpp"

namespace govsim::view {

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

  /// The stage is the window less the side panel and the bottom bar.
  void set_window_size(sf::Vector2u size, bool refit);
  static Box stage_for(sf::Vector2u window);
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
  SceneRenderer renderer_;
  Playback playback_;
  Camera camera_;
  sf::Vector2u window_{1280, 720};
  std::optional<Point> drag_from_;
  std::optional<Point> pressed_at_;  ///< a left press on empty stage: a click if released where it began
  Point mouse_;
};

}  // namespace govsim::view
