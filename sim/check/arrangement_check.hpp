#pragma once

#include <string>

#include "io/finding.hpp"

namespace govsim {

/// The result of `govsim check` on one file.
struct CheckResult {
  std::string file;
  Findings findings;
  bool unreadable = false;     ///< not found, not YAML, too large: nothing could be checked
  bool rules_skipped = false;  ///< well-formedness errors stopped the statutory checks
};

/// Loads an arrangement by path or built-in name and runs every check on it:
/// well-formedness, then (only when the file is well formed, so one typo does
/// not cascade into false alarms) the statutory rules and static gaps.
CheckResult check_arrangement(const std::string& name);

}  // namespace govsim
