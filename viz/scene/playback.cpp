#include "scene/playback.hpp"

#include <algorithm>
#include <optional>

#include "analysis/day_label.hpp"

namespace govsim::view {

void Playback::set_speed(double days_per_second) { speed_ = std::clamp(days_per_second, 0.1, 60.0); }

void Playback::advance(double seconds) {
  if (!playing_) return;
  scrub(day_ + speed_ * seconds);
  if (day_ >= replay_->end_day()) playing_ = false;
}

void Playback::scrub(double day) { day_ = std::clamp(day, 0.0, replay_->end_day()); }

// Steps go from one moment the caption tells to the next, so that each step
// shows a new sentence and the caption's day is the timeline's; a run with no
// story steps through its records.
void Playback::step_forward() {
  playing_ = false;
  const auto& story = replay_->report().narrative;
  if (story.empty()) {
    if (auto next = replay_->next_event_after(day_)) day_ = *next;
    return;
  }
  // The story is not strictly in time order: the nearest sentence after, wherever it is told.
  std::optional<double> next;
  for (const auto& entry : story)
    if (entry.first > day_ && (!next || entry.first < *next)) next = entry.first;
  if (next) day_ = *next;
}

std::string timeline_label(double day) { return day_label(day, true); }

void Playback::step_back() {
  playing_ = false;
  const auto& story = replay_->report().narrative;
  if (story.empty()) {
    if (auto previous = replay_->previous_event_before(day_)) day_ = *previous;
    return;
  }
  std::optional<double> previous;
  for (const auto& entry : story)
    if (entry.first < day_ && (!previous || entry.first > *previous)) previous = entry.first;
  // Before the first sentence: the start, which the caption tells too.
  day_ = previous.value_or(0.0);
}

}  // namespace govsim::view
