#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "scene/label.hpp"
#include "scene/layout.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// An agent as something a path must go round: its mark and its label.
struct Obstacle {
  AgentVertex agent = 0;
  Point centre;
  float radius = 0.0F;
  Box label;  ///< empty (zero size) when labels are not drawn at this zoom
};

/// Lines for the hops of escalation paths that pass no agent off the path: a
/// straight line where one is clear, else the shortest way round (a few bends),
/// found on a grid and pulled tight. Routes depend on the zoom, since labels
/// keep a legible size on screen; the last zoom's are kept, as a room zooms
/// rarely and plays often. Deterministic: the same hop at the same zoom always
/// gets the same line.
class Router {
 public:
  Router(const Replay& replay, const Layout& layout);

  /// From the edge of `from`'s mark to the edge of `to`'s, keeping clear of
  /// every other agent's mark and label; if no way round exists (zoomed far
  /// out, names at their smallest legible size fill the rows), clear of every
  /// other mark, over names; failing that, clear of agents not in `on_path`;
  /// failing that, straight.
  std::vector<Point> route(AgentVertex from, AgentVertex to, float scale,
                           const std::vector<AgentVertex>& on_path, float label_floor_px = 0.0F) const;
  /// Every agent's mark and label at a zoom (labels as if the post were vacant
  /// whenever it is vacant at some time in the run, so a route holds all run long).
  const std::vector<Obstacle>& obstacles(float scale, float label_floor_px = 0.0F) const;

  /// Room kept between a path and what it avoids, in screen pixels.
  static constexpr float clearance_px = 3.0F;

 private:
  bool clear(Point a, Point b, float clearance, const std::vector<AgentVertex>& ignore,
             bool labels = true) const;
  std::optional<std::vector<Point>> search(AgentVertex from, AgentVertex to, float clearance,
                                           const std::vector<AgentVertex>& ignore, Box region,
                                           bool labels = true) const;

  const Replay& replay_;
  const Layout& layout_;
  std::vector<bool> ever_vacant_;
  mutable float scale_ = -1.0F, floor_px_ = 0.0F;
  mutable std::vector<Obstacle> obstacles_;
  mutable std::map<std::pair<AgentVertex, AgentVertex>, std::vector<Point>>
      routes_;  ///< clear of all but the ends
};

}  // namespace govsim::view
