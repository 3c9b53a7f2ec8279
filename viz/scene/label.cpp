#include "scene/label.hpp"

#include <algorithm>
#include <cmath>

namespace govsim::view {
namespace {

// DejaVu Sans, the view's font: its glyphs average under 0.6 em and its lines
// are 1.17 em apart; the box is sized a little over both, and the renderer
// shrinks any label that would still overflow it.
constexpr float glyph_em = 0.62F;
constexpr float line_em = 1.2F;
// Characters in a run of UTF-8 (the ellipsis is one).
std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

std::vector<std::string> wrap_words(const std::string& text, std::size_t width, int lines) {
  // Lines break between words, never inside one: a word longer than the line
  // overflows it (the label's box is measured from the lines), and a name with
  // more lines than room ends at a word, with an ellipsis.
  std::vector<std::string> out;
  std::string rest = text;
  while (!rest.empty()) {
    std::size_t cut = rest.size() <= width ? std::string::npos : rest.rfind(' ', width);
    if (rest.size() > width && (cut == std::string::npos || cut == 0)) cut = rest.find(' ', width);
    if (cut == std::string::npos) {
      out.push_back(rest);
      break;
    }
    if (static_cast<int>(out.size()) + 1 == lines) {
      out.push_back(rest.substr(0, cut) + "\u2026");
      break;
    }
    out.push_back(rest.substr(0, cut));
    rest.erase(0, cut + 1);
  }
  return out;
}

AgentLabel label_of(const std::string& name, bool vacant, Point at, float radius, float scale,
                    float floor_px) {
  AgentLabel label;
  if (scale < labelled_scale) return label;
  // Legible from the back of a room: never under 12 pixels, whatever the zoom.
  label.font_px = std::max(std::clamp(17.0F * scale, 12.0F, 24.0F), std::round(floor_px));
  // Wrapped to the room between neighbours (the layout's column, less a gap).
  const float room_px = 150.0F * scale;
  const auto width = static_cast<std::size_t>(std::max(8.0F, room_px / (0.56F * label.font_px)));
  // Zoomed out, the smallest legible type is large against the layout: two
  // lines then, so that names leave room between the rows for paths to pass.
  const int lines = label.font_px > 17.0F * scale * 1.3F ? 2 : 3;
  label.lines = wrap_words(name, width, lines);
  if (vacant) label.lines.emplace_back("(vacant)");
  std::size_t widest = 1;
  for (const std::string& line : label.lines) widest = std::max(widest, characters(line));
  const float w = static_cast<float>(widest) * glyph_em * label.font_px / scale;
  const float h = static_cast<float>(label.lines.size()) * line_em * label.font_px / scale;
  label.box = {at.x - w / 2, at.y + radius + 4.0F / scale, w, h};
  return label;
}

bool segment_meets_box(Point a, Point b, const Box& box, float clearance) {
  const float left = box.left - clearance, right = box.right() + clearance;
  const float top = box.top - clearance, bottom = box.bottom() + clearance;
  // Liang–Barsky: clip the segment to the box; it meets it if anything is left.
  float t0 = 0.0F, t1 = 1.0F;
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float p[4] = {-dx, dx, -dy, dy};
  const float q[4] = {a.x - left, right - a.x, a.y - top, bottom - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0.0F) {
      if (q[i] < 0.0F) return false;
      continue;
    }
    const float t = q[i] / p[i];
    if (p[i] < 0.0F)
      t0 = std::max(t0, t);
    else
      t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

bool segment_meets_disc(Point a, Point b, Point centre, float radius) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? ((centre.x - a.x) * dx + (centre.y - a.y) * dy) / len2 : 0.0F;
  t = std::clamp(t, 0.0F, 1.0F);
  return distance({a.x + t * dx, a.y + t * dy}, centre) < radius;
}

}  // namespace govsim::view
