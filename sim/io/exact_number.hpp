#pragma once

#include <charconv>
#include <string>

namespace govsim {

/// A number written as short as it reads back exactly (0.1, not
/// 0.10000000000000001): how a value is given back to `--set` or a file.
inline std::string exact_number(double value) {
  char text[32];
  const auto [end, error] = std::to_chars(text, text + sizeof text, value);
  return error == std::errc() ? std::string(text, end) : std::to_string(value);
}

}  // namespace govsim
