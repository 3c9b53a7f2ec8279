#pragma once

#include <optional>
#include <string>

#include "io/finding.hpp"

namespace govsim {

/// The result of `govsim check` on one file.
struct CheckResult {
  std::string file;
  std::string kind;  ///< "arrangement" or "scenario"
  Findings findings;
  bool unreadable = false;     ///< not found, not YAML, too large: nothing could be checked
  bool rules_skipped = false;  ///< well-formedness errors stopped the deeper checks
};

/// Loads an arrangement by path or built-in name and runs every check on it:
/// well-formedness, then (only when the file is well formed, so one typo does
/// not cascade into false alarms) the statutory rules and static gaps.
CheckResult check_arrangement(const std::string& name);

/// Loads a scenario and checks it, then checks that it fits its arrangement
/// (`arrangement`, or the scenario's own default).
CheckResult check_scenario(const std::string& name,
                           const std::optional<std::string>& arrangement = std::nullopt);

/// `govsim check`: arrangement or scenario, told apart by content (an arrangement
/// has `agents` or `jurisdiction`) or, for built-in names, by where they live.
CheckResult check_input(const std::string& name,
                        const std::optional<std::string>& arrangement = std::nullopt);

}  // namespace govsim
