#pragma once

namespace govsim {

/// The most memory this process has held at once (resident set), in megabytes.
double peak_memory_mb();

}  // namespace govsim
