#include "benchmarks/peak_memory.hpp"

#include <sys/resource.h>

namespace govsim {

double peak_memory_mb() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0.0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

}  // namespace govsim
