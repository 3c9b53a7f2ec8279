#pragma once

#include <SFML/Graphics/Image.hpp>
#include <SFML/System/Vector2.hpp>
#include <optional>
#include <string>

#include "app/view_source.hpp"
#include "scene/area_outcome.hpp"
#include "scene/perspective.hpp"

namespace govsim::view {

/// What to show: the moment and the selection. `subject` none: the default
/// subject (the one whose escalation went furthest); empty: no subject.
struct Moment {
  double day = 0.0;
  std::optional<std::string> subject;
  std::optional<Perspective> as;
  std::optional<AgentVertex> selected_agent;
  Outcome colour_by = Outcome::council_knew;  ///< the national picture's outcome
  sf::Vector2u size{1600, 900};
};

/// "1280x720" as a window or picture size (640x400 to 7680x4320); throws
/// InputError naming `option` otherwise.
sf::Vector2u parse_window_size(const std::string& text, const std::string& option);

/// Fails with a one-line std::runtime_error, saying what to do, when there is
/// no X display to draw with (the view is always drawn by OpenGL, even headless).
void require_display();

/// The interactive window. Returns when the user closes it.
void run_window(const LoadedRun& run, const Moment& start);

/// Draws one moment off screen, exactly as the window would show it.
sf::Image render_moment(const LoadedRun& run, const Moment& moment);

/// `--screenshot`: the moment as a PNG, written whole or not at all.
void write_screenshot(const LoadedRun& run, const Moment& moment, const std::string& path);

/// `--bench-frames`: frame times of `frames` animated frames in a window.
struct FrameTimes {
  std::size_t frames = 0;
  double median_ms = 0.0;
  double p95_ms = 0.0;
  std::size_t agents = 0;
  std::size_t labels = 0;  ///< labels in the last frame (level of detail)
};
FrameTimes bench_frames(const LoadedRun& run, std::size_t frames, sf::Vector2u size);

}  // namespace govsim::view
