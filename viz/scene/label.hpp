#pragma once

#include <string>
#include <vector>

#include "scene/geometry.hpp"

namespace govsim::view {

/// Where an agent's name is written, at a zoom: the scene routes escalation
/// paths and places badges clear of it, and the renderer keeps the text inside
/// it, so what the scene promises ("nothing crosses a label") is what is drawn.
struct AgentLabel {
  std::vector<std::string> lines;  ///< empty: labels are not drawn at this zoom
  float font_px = 0.0F;            ///< the character size on screen
  Box box;                         ///< in layout units; empty when there is no label
};

/// Labels are drawn only from this zoom (screen pixels per layout unit) up: below
/// it they would be too small to read.
inline constexpr float labelled_scale = 0.42F;

/// The label of an agent named `name` whose mark (of `radius`) is at `at`, drawn
/// at `scale`. `vacant` adds the "(vacant)" line. `floor_px`: never smaller
/// than this on screen (a projected training session's larger type; 0: as zoomed).
AgentLabel label_of(const std::string& name, bool vacant, Point at, float radius, float scale,
                    float floor_px = 0.0F);

/// Up to `lines` lines of about `width` characters, broken between words; a name
/// with more is cut at a word with an ellipsis (the inspector names it in full).
std::vector<std::string> wrap_words(const std::string& text, std::size_t width, int lines = 3);

/// Whether the segment from `a` to `b` meets the box, or passes within `clearance` of it.
bool segment_meets_box(Point a, Point b, const Box& box, float clearance = 0.0F);
/// Whether the segment passes within `radius` of `centre`.
bool segment_meets_disc(Point a, Point b, Point centre, float radius);

}  // namespace govsim::view
