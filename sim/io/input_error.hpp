#pragma once

#include <stdexcept>
#include <string>

#include "io/printable.hpp"

namespace govsim {

/// Where in an input file something is. Line and column count from 1; 0 means
/// unknown (a missing file has no line).
struct SourcePlace {
  std::string file;
  int line = 0;
  int column = 0;
};

/// Bad input from a user: a missing or malformed file, an unknown key or id.
/// The one error policy: loaders throw this, naming the place and saying what to
/// do; the command line prints `what()` as one line and exits non-zero. The run
/// loop itself never throws.
class InputError : public std::runtime_error {
 public:
  InputError(SourcePlace place, std::string message)
      : std::runtime_error(format(place, message)), place_(std::move(place)), message_(std::move(message)) {}

  const SourcePlace& place() const { return place_; }
  const std::string& message() const { return message_; }

  /// "file:line:col: error: message", leaving out what is unknown. Always one
  /// line: whatever user text the message quotes, control characters in it are
  /// escaped and an overlong message is cut.
  static std::string format(const SourcePlace& place, const std::string& message) {
    // Built with append rather than operator+ chains, which trip a false
    // -Wrestrict in g++ 12.
    std::string text = place.file.empty() ? std::string("<input>") : printable_path(place.file);
    if (place.line > 0) {
      text.append(":").append(std::to_string(place.line));
      if (place.column > 0) text.append(":").append(std::to_string(place.column));
    }
    text.append(": error: ").append(one_line(message));
    return text;
  }

 private:
  SourcePlace place_;
  std::string message_;
};

}  // namespace govsim
