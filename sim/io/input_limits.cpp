#include "io/input_limits.hpp"

namespace govsim {

std::string describe_size(std::size_t bytes) {
  if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MB";
  if (bytes >= 1024) return std::to_string(bytes / 1024) + " kB";
  return std::to_string(bytes) + " bytes";
}

InputLimits& input_limits() {
  static InputLimits limits;
  return limits;
}

}  // namespace govsim
