#include "check/arrangement_check.hpp"

#include <filesystem>

#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/run_size.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {
namespace {

template <typename Check>
CheckResult guarded(const std::string& name, const char* kind, Check check) {
  CheckResult result;
  result.file = name;
  result.kind = kind;
  try {
    check(result);
  } catch (const InputError& error) {
    result.unreadable = true;
    result.findings.error(error.place(), error.message(), "unreadable");
  }
  result.findings.sort_by_place();
  return result;
}

// A scenario whose run is a tenth of the size limit or more is worth knowing
// about before a thousand replications of it are started.
void warn_if_heavy(const Scenario& scenario, const Arrangement& arrangement, Findings& findings) {
  const RunSize size = estimate_run_size(scenario, arrangement, scenario.days);
  if (size.events < heavy_share_of_cap * max_run_events()) return;
  const SourcePlace place = heaviest_cohort_place(scenario);
  const bool refused = size.events > max_run_events();
  findings.warning(place,
                   "heavy scenario: one run is " + describe_run_size(size) +
                       (refused ? "; `govsim run` refuses it unless --max-events is raised"
                                : "; thousands of replications of it will take a while"),
                   "heavy-scenario");
}

// Each check reads its file once: from `text` when the caller has read it already.
CheckResult check_arrangement_text(const std::string& name, const std::optional<InputText>& text) {
  return guarded(name, "arrangement", [&](CheckResult& result) {
    LoadedArrangement loaded = load_arrangement(text ? *text : read_input(name, InputKind::arrangement));
    result.file = loaded.input.name;
    result.findings = std::move(loaded.findings);
    if (result.findings.has_errors()) {
      result.rules_skipped = true;
      return;
    }
    check_statutory_rules(loaded.arrangement, result.findings);
    check_static_gaps(loaded.arrangement, result.findings);
  });
}

CheckResult check_scenario_text(const std::string& name, const std::optional<InputText>& text,
                                const std::optional<std::string>& arrangement) {
  return guarded(name, "scenario", [&](CheckResult& result) {
    LoadedScenario loaded = load_scenario(text ? *text : read_input(name, InputKind::scenario));
    result.file = loaded.input.name;
    result.findings = std::move(loaded.findings);
    // The arrangement's own problems are reported by checking it; here only
    // whether the scenario fits it. Names are checked even in a scenario with
    // other errors: one does not hide or cause the other.
    const LoadedArrangement fit =
        arrangement ? load_arrangement_or_throw(*arrangement) : load_own_arrangement(loaded.scenario);
    check_scenario_against(loaded.scenario, fit.arrangement, result.findings);
    warn_if_heavy(loaded.scenario, fit.arrangement, result.findings);
  });
}

}  // namespace

CheckResult check_arrangement(const std::string& name) { return check_arrangement_text(name, std::nullopt); }

CheckResult check_scenario(const std::string& name, const std::optional<std::string>& arrangement) {
  return check_scenario_text(name, std::nullopt, arrangement);
}

CheckResult check_input(const std::string& name, const std::optional<std::string>& arrangement) {
  std::error_code error;
  if (std::filesystem::is_regular_file(name, error)) {
    // Which loader to use is told from the text, not by parsing it: the size
    // limit is applied by read_input before any parsing, and the file is parsed
    // once, by its loader.
    std::optional<InputText> text;
    try {
      text = read_input(name, InputKind::arrangement);
    } catch (const InputError&) {
      return check_arrangement(name);  // which reports why it cannot be read
    }
    return looks_like_an_arrangement(text->text) ? check_arrangement_text(name, text)
                                                 : check_scenario_text(name, text, arrangement);
  }
  try {
    if (read_input(name, InputKind::scenario).builtin) return check_scenario(name, arrangement);
  } catch (const InputError&) {
    // Not a built-in scenario: check it as an arrangement, which reports what it is not.
  }
  return check_arrangement(name);
}

}  // namespace govsim
