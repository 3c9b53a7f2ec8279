#pragma once

#include <cmath>
#include <sstream>
#include <string>

namespace govsim {

/// "day 12" (or "Day 12" to start a sentence): the simulated day a time falls on,
/// as every summary, report and gap sentence writes it.
inline std::string day_label(double time, bool capitalised = false) {
  std::ostringstream text;
  text << (capitalised ? "Day " : "day ") << std::floor(time);
  return text.str();
}

}  // namespace govsim
