#pragma once

// Tests build a failing case from a passing one by editing its text in one
// place, so the difference between the two is plain to read.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace govsim::test {

/// `text` with its one occurrence of `from` replaced by `to`.
inline std::string with(std::string_view text, std::string_view from, std::string_view to) {
  std::string edited(text);
  const auto at = edited.find(from);
  INFO("editing '" << from << "'");
  REQUIRE(at != std::string::npos);
  REQUIRE(edited.find(from, at + 1) == std::string::npos);
  edited.replace(at, from.size(), to);
  return edited;
}

/// `text` with `addition` inserted after its one occurrence of `line`.
inline std::string adding(std::string_view text, std::string_view line, std::string_view addition) {
  return with(text, line, std::string(line) + std::string(addition));
}

}  // namespace govsim::test
