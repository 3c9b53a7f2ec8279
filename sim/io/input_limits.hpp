#pragma once

#include <cstddef>
#include <string>

namespace govsim {

/// How large an input may be before it is refused, unread: a limit applied
/// before parsing keeps a wrong or hostile file from taking minutes and
/// gigabytes. Real arrangements are tens of kilobytes (the national one under
/// one megabyte); a year's log of the national arrangement is about 0.5 MB.
/// `--max-input-mb` on the command line raises both.
struct InputLimits {
  std::size_t yaml_bytes = 5 * 1024 * 1024;   ///< an arrangement or scenario file
  std::size_t log_bytes = 128 * 1024 * 1024;  ///< an event log
  std::size_t log_line_bytes = 64 * 1024;     ///< one line of an event log
};

/// "5 MB", "200 kB", "12 bytes": a size as a person reads it.
std::string describe_size(std::size_t bytes);

/// The limits of this process: set once from the command line, read by loaders.
InputLimits& input_limits();

}  // namespace govsim
