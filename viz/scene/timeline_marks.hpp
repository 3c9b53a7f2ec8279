#pragma once

#include <string>
#include <vector>

#include "scene/replay.hpp"

namespace govsim::view {

/// A moment a training room's timeline marks.
struct TimelineMark {
  enum class Kind { decision, inject, first_harm, council_knew };
  Kind kind = Kind::decision;
  double day = 0.0;
  std::string label;  ///< what happened, in plain words
};

/// Decision points (each `decision_days` — the days they came, or are due),
/// injects, the first harm, and when the council first knew of harm, read from
/// the log shown. Sorted by day.
std::vector<TimelineMark> timeline_marks(const Replay& replay,
                                         const std::vector<std::pair<double, std::string>>& decisions);

}  // namespace govsim::view
