#pragma once

// The whole of a file, for tests that compare what was written.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace govsim::test {

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace govsim::test
