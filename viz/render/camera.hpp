#pragma once

#include "scene/geometry.hpp"

namespace govsim::view {

/// Maps the layout onto the stage (the part of the window the scene owns):
/// fit, zoom about a point, pan. Screen points are in pixels.
class Camera {
 public:
  void set_stage(const Box& stage) { stage_ = stage; }
  /// Shows all of `world`, centred, with a small margin.
  void fit(const Box& world);
  void zoom_at(Point screen, float factor);
  void pan(float dx, float dy) { offset_.x += dx, offset_.y += dy; }

  Point to_screen(Point world) const { return {world.x * scale_ + offset_.x, world.y * scale_ + offset_.y}; }
  Point to_world(Point screen) const {
    return {(screen.x - offset_.x) / scale_, (screen.y - offset_.y) / scale_};
  }
  float scale() const { return scale_; }
  const Box& stage() const { return stage_; }
  /// The part of the layout on the stage now, for culling.
  Box visible_world() const;

 private:
  Box stage_{0, 0, 1280, 720};
  float scale_ = 1.0F;
  Point offset_;
};

}  // namespace govsim::view
