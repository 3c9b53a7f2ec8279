#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govsim {

/// A file from scenarios/, compiled into the binary.
struct BuiltinFile {
  std::string_view path;  ///< relative to scenarios/, e.g. "arrangements/weak-scottish-ijb.yaml"
  std::string_view text;
};

/// Every built-in file, in the order listed in sim/CMakeLists.txt.
std::span<const BuiltinFile> builtin_files();

}  // namespace govsim
