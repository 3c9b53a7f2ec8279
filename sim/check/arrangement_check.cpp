#include "check/arrangement_check.hpp"

#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "scenario/arrangement_loader.hpp"

namespace govsim {

CheckResult check_arrangement(const std::string& name) {
  CheckResult result;
  result.file = name;
  try {
    LoadedArrangement loaded = load_arrangement(read_input(name, InputKind::arrangement));
    result.file = loaded.input.name;
    result.findings = std::move(loaded.findings);
    if (result.findings.has_errors()) {
      result.rules_skipped = true;
    } else {
      check_statutory_rules(loaded.arrangement, result.findings);
      check_static_gaps(loaded.arrangement, result.findings);
    }
  } catch (const InputError& error) {
    result.unreadable = true;
    result.findings.error(error.place(), error.message(), "unreadable");
  }
  result.findings.sort_by_place();
  return result;
}

}  // namespace govsim
