#pragma once

#include <string>

#include "scene/replay.hpp"

namespace govsim::view {

/// The clock of the view: where in the run we are and how fast it moves. It
/// only chooses a moment; the scene for a moment comes from the log.
class Playback {
 public:
  explicit Playback(const Replay& replay) : replay_(&replay) {}

  double day() const { return day_; }
  bool playing() const { return playing_; }
  double days_per_second() const { return speed_; }

  void play() { playing_ = day_ < replay_->end_day(); }
  void pause() { playing_ = false; }
  void toggle() { playing_ ? pause() : play(); }
  /// Clamped to 0.1–60 simulated days per real second.
  void set_speed(double days_per_second);
  /// Moves on by `seconds` of real time while playing; pauses at the end.
  void advance(double seconds);
  /// To any moment, forwards or backwards, at once.
  void scrub(double day);
  /// To the next (previous) moment the caption tells: a sentence of the story.
  void step_forward();
  void step_back();

 private:
  const Replay* replay_;
  double day_ = 0.0;
  double speed_ = 2.0;
  bool playing_ = false;
};

/// The timeline's words for a moment: its day as the caption writes a day (the
/// day it falls on), never rounded up to the next.
std::string timeline_label(double day);

}  // namespace govsim::view
