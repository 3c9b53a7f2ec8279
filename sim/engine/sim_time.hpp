#pragma once

namespace govsim {

/// Simulated time in days since the start of a run. Hours are fractions of a day,
/// so a 72-hour discharge target is 3.0.
using SimTime = double;

}  // namespace govsim
