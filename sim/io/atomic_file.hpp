#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace govsim {

/// Writes a whole output file or nothing: the content goes to a temporary file
/// beside the target, which replaces the target only once it is complete. A run
/// that fails half-way leaves no half-written log or report behind.
/// Throws InputError (naming the path) when the file cannot be written.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write);

}  // namespace govsim
