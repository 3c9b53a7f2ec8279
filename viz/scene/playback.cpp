#include "scene/playback.hpp"

#include <algorithm>

namespace govsim::view {

void Playback::set_speed(double days_per_second) { speed_ = std::clamp(days_per_second, 0.1, 60.0); }

void Playback::advance(double seconds) {
  if (!playing_) return;
  scrub(day_ + speed_ * seconds);
  if (day_ >= replay_->end_day()) playing_ = false;
}

void Playback::scrub(double day) { day_ = std::clamp(day, 0.0, replay_->end_day()); }

void Playback::step_forward() {
  playing_ = false;
  if (auto next = replay_->next_event_after(day_)) day_ = *next;
}

void Playback::step_back() {
  playing_ = false;
  if (auto previous = replay_->previous_event_before(day_)) day_ = *previous;
}

}  // namespace govsim::view
