#pragma once

// Loading an arrangement written inline in a test and running every check
// `govsim check` runs on it, with helpers to pick findings out by rule.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "io/finding.hpp"
#include "scenario/arrangement_loader.hpp"

namespace govsim::test {

using govsim::Finding;
using govsim::Findings;

inline std::string listing(const Findings& findings) {
  std::string text;
  for (const Finding& f : findings.items()) text.append(f.format()).append("\n");
  return text.empty() ? "(no findings)" : text;
}

/// Everything `govsim check` reports on a well-formed arrangement.
inline Findings check(std::string_view yaml) {
  const auto loaded = govsim::load_arrangement(govsim::InputText{"test.yaml", std::string(yaml), false});
  INFO(listing(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  Findings findings;
  govsim::check_statutory_rules(loaded.arrangement, findings);
  govsim::check_static_gaps(loaded.arrangement, findings);
  return findings;
}

/// Everything `govsim check` reports on an arrangement, well formed or not: what
/// loading it found, then — only when that was no error — the statutory rules
/// and static gaps.
inline Findings check_file(std::string_view yaml) {
  auto loaded = govsim::load_arrangement(govsim::InputText{"test.yaml", std::string(yaml), false});
  Findings findings = loaded.findings;
  if (!findings.has_errors()) {
    govsim::check_statutory_rules(loaded.arrangement, findings);
    govsim::check_static_gaps(loaded.arrangement, findings);
  }
  return findings;
}

inline std::vector<Finding> of_rule(const Findings& findings, std::string_view rule) {
  std::vector<Finding> found;
  for (const Finding& f : findings.items())
    if (f.rule == rule) found.push_back(f);
  return found;
}

inline std::string severity_name(Finding::Severity severity) {
  return severity == Finding::Severity::error ? "error" : "warning";
}

inline constexpr auto error = Finding::Severity::error;
inline constexpr auto warning = Finding::Severity::warning;

/// The findings of `rule`, having checked there is at least one and every one has `severity`.
inline std::vector<Finding> require_found(std::string_view yaml, std::string_view rule,
                                          Finding::Severity severity) {
  const Findings findings = check(yaml);
  INFO("rule " << rule << "; findings:\n" << listing(findings));
  const auto found = of_rule(findings, rule);
  REQUIRE_FALSE(found.empty());
  for (const Finding& f : found) CHECK(severity_name(f.severity) == severity_name(severity));
  return found;
}

inline void require_absent(std::string_view yaml, std::string_view rule) {
  const Findings findings = check(yaml);
  INFO("rule " << rule << "; findings:\n" << listing(findings));
  CHECK(of_rule(findings, rule).empty());
}

/// As require_found, for any finding `govsim check` makes, the loader's included:
/// the findings of `rule`, at least one, each with `severity`.
inline std::vector<Finding> require_reported(std::string_view yaml, std::string_view rule,
                                             Finding::Severity severity) {
  const Findings findings = check_file(yaml);
  INFO("rule " << rule << "; findings:\n" << listing(findings));
  const auto found = of_rule(findings, rule);
  REQUIRE_FALSE(found.empty());
  for (const Finding& f : found) CHECK(severity_name(f.severity) == severity_name(severity));
  return found;
}

/// As require_absent, for any finding `govsim check` makes, the loader's included.
inline void require_not_reported(std::string_view yaml, std::string_view rule) {
  const Findings findings = check_file(yaml);
  INFO("rule " << rule << "; findings:\n" << listing(findings));
  CHECK(of_rule(findings, rule).empty());
}

/// The 1-based line of `text` on which its one occurrence of `part` starts.
inline int line_of(std::string_view text, std::string_view part) {
  const auto at = text.find(part);
  INFO("looking for '" << part << "'");
  REQUIRE(at != std::string_view::npos);
  REQUIRE(text.find(part, at + 1) == std::string_view::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

inline bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace govsim::test
