#pragma once

#include <cmath>

namespace govsim::view {

/// A point of the scene, in layout units (one unit is one pixel at zoom 1).
struct Point {
  float x = 0.0F;
  float y = 0.0F;
  bool operator==(const Point&) const = default;
};

inline Point lerp(Point a, Point b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }
inline float distance(Point a, Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

struct Box {
  float left = 0.0F;
  float top = 0.0F;
  float width = 0.0F;
  float height = 0.0F;
  float right() const { return left + width; }
  float bottom() const { return top + height; }
  Point centre() const { return {left + width / 2, top + height / 2}; }
  bool contains(Point p) const { return p.x >= left && p.x <= right() && p.y >= top && p.y <= bottom(); }
  bool intersects(const Box& o) const {
    return left < o.right() && o.left < right() && top < o.bottom() && o.top < bottom();
  }
  bool operator==(const Box&) const = default;
};

}  // namespace govsim::view
