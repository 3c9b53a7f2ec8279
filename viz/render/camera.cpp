#include "render/camera.hpp"

#include <algorithm>

namespace govsim::view {

void Camera::fit(const Box& world) {
  const float margin = 16.0F;
  const float w = std::max(1.0F, world.width), h = std::max(1.0F, world.height);
  scale_ = std::min((stage_.width - 2 * margin) / w, (stage_.height - 2 * margin) / h);
  scale_ = std::max(scale_, 1e-4F);
  offset_ = {stage_.left + (stage_.width - w * scale_) / 2 - world.left * scale_,
             stage_.top + (stage_.height - h * scale_) / 2 - world.top * scale_};
}

void Camera::zoom_at(Point screen, float factor) {
  const Point anchor = to_world(screen);
  scale_ = std::clamp(scale_ * factor, 1e-4F, 8.0F);
  offset_ = {screen.x - anchor.x * scale_, screen.y - anchor.y * scale_};
}

Box Camera::visible_world() const {
  const Point a = to_world({stage_.left, stage_.top});
  const Point b = to_world({stage_.right(), stage_.bottom()});
  return {a.x, a.y, b.x - a.x, b.y - a.y};
}

}  // namespace govsim::view
