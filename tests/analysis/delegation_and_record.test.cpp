#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/escalation_paths.hpp"
#include "analysis/gap_finder.hpp"
#include "analysis/metrics.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_report.hpp"
#include "experiment/prepared_run.hpp"
#include "scenario/input_source.hpp"
#include "scenario/run_parameters.hpp"
#include "support/small_run.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;

// Two things a run now tells: a decision taken outside the scheme of
// delegation (the outside_delegation gap), and whether a decision one person
// took under delegated powers is on record at all (an arrangement's
// `delegated_decisions_recorded`).

namespace {

using govsim::Gap;
using govsim::GapType;
using govsim::LogKind;

std::string describe(const std::vector<Gap>& gaps) {
  std::string text;
  for (const Gap& g : gaps) {
    text += std::string(to_string(g.type)) + " [" + g.subject + "] {";
    for (const auto& a : g.agents) text += a + " ";
    text += "} " + g.explanation + "\n";
  }
  return text;
}

std::vector<Gap> of_type(const std::vector<Gap>& gaps, GapType type) {
  std::vector<Gap> found;
  std::copy_if(gaps.begin(), gaps.end(), std::back_inserter(found),
               [&](const Gap& g) { return g.type == type; });
  return found;
}

bool involves(const Gap& gap, const std::string& agent) {
  return std::find(gap.agents.begin(), gap.agents.end(), agent) != gap.agents.end();
}

govsim::RunReport report_of(const std::string& scenario, const std::string& arrangement,
                            std::uint64_t seed = 1) {
  const auto prepared = govsim::prepare_run(scenario, arrangement);
  govsim::EventLog log;
  prepared->model->run({seed, 0, std::nullopt, nullptr, {}}, log);
  return govsim::build_report(log, prepared->arrangement.arrangement, prepared->scenario.scenario,
                              prepared->scenario.scenario.days);
}

/// A run's gaps found in its log, for a scenario that may not fit its
/// arrangement: the model runs what `govsim check` would refuse, so that the
/// gap finder can be seen to catch it.
struct LoggedRun {
  govsim::LoadedArrangement arrangement;
  govsim::LoadedScenario scenario;
  govsim::EventLog log;
  std::vector<Gap> gaps;

  LoggedRun(const std::string& arrangement_yaml, const std::string& scenario_yaml)
      : arrangement(govsim::load_arrangement({"arrangement.yaml", arrangement_yaml, false})),
        scenario(govsim::load_scenario({"scenario.yaml", scenario_yaml, false})) {
    INFO(govsim::test::all_findings(arrangement.findings) << govsim::test::all_findings(scenario.findings));
    REQUIRE_FALSE(arrangement.findings.has_errors());
    REQUIRE_FALSE(scenario.findings.has_errors());
    const govsim::GovernanceModel model(arrangement.arrangement, scenario.scenario);
    model.run({1, 0, std::nullopt, nullptr, {}}, log);
    const govsim::Scenario& s = scenario.scenario;
    const auto paths = govsim::escalation_paths(
        log, govsim::run_parameters(arrangement.arrangement, s)[govsim::Param::hold_limit_days], s.days);
    gaps = govsim::dynamic_gaps(log, arrangement.arrangement, s, paths, s.days);
  }
  LoggedRun(const LoggedRun&) = delete;

  govsim::Findings fit() const {
    govsim::Findings findings;
    govsim::check_scenario_against(scenario.scenario, arrangement.arrangement, findings);
    return findings;
  }
  std::vector<std::string> deciders() const {
    std::vector<std::string> who;
    for (const govsim::LogRecord& r : log.records())
      if (r.kind == LogKind::decision_taken) who.emplace_back(log.text(r.actor));
    return who;
  }
};

// small_area (tests/support/small_run.hpp) with a practice direction that the
// scheme gives to the CSWO, whose deputy is the operational manager.
std::string practice_area() {
  return adding(
      with(govsim::test::small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, deputy: manager,"),
      "scheme_of_delegation:\n", "  - {decision: practice_direction, taken_by: cswo}\n");
}

// The CSWO leaves on day 1; a practice direction is asked for on day 3.
constexpr const char* practice_while_vacant = R"(
days: 20
injects:
  - {id: cswo-leaves, day: 1, vacate: cswo}
decision_points:
  - id: direct-practice
    day: 3
    decision: practice_direction
    subject: practice
    options: {direct: {}, wait: {}}
)";

/// The manager named to decide the practice direction, the CSWO in post throughout.
std::string manager_decides_in_post() {
  return with(with(practice_while_vacant, "decision: practice_direction",
                   "decision: practice_direction\n    decided_by: manager"),
              "injects:\n  - {id: cswo-leaves, day: 1, vacate: cswo}\n", "");
}

std::string text_of(std::string_view name, govsim::InputKind kind) {
  return govsim::read_input(name, kind).text;
}

/// A built-in arrangement's text with `delegated_decisions_recorded:` set.
std::string recording(std::string_view arrangement, bool recorded) {
  return adding(text_of(arrangement, govsim::InputKind::arrangement), "\nintegration: ijb\n",
                std::string("delegated_decisions_recorded: ") + (recorded ? "true" : "false") + "\n");
}

struct Recorded {
  govsim::RunMetrics metrics;
  bool flagged = false;  ///< the decision_taken record carries the recorded flag
  std::string story;
};

Recorded decision_record(const std::string& scenario, const std::string& arrangement_yaml) {
  govsim::test::SmallRun run(arrangement_yaml, text_of(scenario, govsim::InputKind::scenario));
  run.run(1);
  const govsim::RunReport report =
      govsim::build_report(run.log(), run.arrangement(), run.scenario(), run.scenario().days);
  Recorded r{report.metrics, false, run.story()};
  const auto taken = run.first(LogKind::decision_taken);
  REQUIRE(taken);
  r.flagged = (taken->flags & govsim::log_flag::recorded) != 0;
  return r;
}

}  // namespace

// --- outside_delegation -------------------------------------------------------

TEST_CASE("an IJB chief officer who sets eligibility criteria takes a key decision outside delegation",
          "[gaps][delegation]") {
  // The weak arrangement's scheme gives eligibility_criteria to the IJB chief
  // officer, an officer; the typical one keeps it with the full council.
  const auto weak = report_of("02-eligibility-cut", "weak-scottish-ijb");
  INFO(describe(weak.gaps));
  const auto outside = of_type(weak.gaps, GapType::outside_delegation);
  REQUIRE_FALSE(outside.empty());
  CHECK(involves(outside[0], "ijb_chief_officer"));
  CHECK(outside[0].day);
  CHECK(outside[0].explanation.find("key decision") != std::string::npos);
  CHECK(outside[0].explanation.find('_') == std::string::npos);  // read by people, not parsers

  const auto typical = report_of("02-eligibility-cut", "typical-scottish-ijb");
  INFO(describe(typical.gaps));
  CHECK(of_type(typical.gaps, GapType::outside_delegation).empty());
  CHECK(typical.metrics.gap_counts.at("outside_delegation") == 0);
  CHECK(weak.metrics.gap_counts.at("outside_delegation") == static_cast<int>(outside.size()));
}

TEST_CASE("a deputy covering a vacant post decides within the scheme of delegation", "[gaps][delegation]") {
  const LoggedRun covered(practice_area(), practice_while_vacant);
  INFO(govsim::test::all_findings(covered.fit()) << describe(covered.gaps));
  CHECK_FALSE(covered.fit().has_errors());
  // The deputy, not the post holder, took it: only the deputy rule keeps it in.
  CHECK(covered.deciders() == std::vector<std::string>{"manager"});
  CHECK(of_type(covered.gaps, GapType::outside_delegation).empty());

  // Near miss: with no deputy named and the CSWO in post, the same manager
  // named to decide is outside the scheme (and check says so before the run).
  const LoggedRun named(
      with(practice_area(), "{id: cswo, role: cswo, deputy: manager,", "{id: cswo, role: cswo,"),
      manager_decides_in_post());
  INFO(govsim::test::all_findings(named.fit()) << describe(named.gaps));
  CHECK(named.fit().has_rule("decision-outside-delegation"));
  CHECK(named.deciders() == std::vector<std::string>{"manager"});
  const auto outside = of_type(named.gaps, GapType::outside_delegation);
  REQUIRE(outside.size() == 1);
  CHECK(involves(outside[0], "manager"));
  CHECK(involves(outside[0], "cswo"));
}

// A deputy acts within the scheme only while the post it covers is vacant; in
// post, the holder decides (once a bug: any named deputy counted as within).
TEST_CASE("a deputy who decides while the post holder is in post decides outside delegation",
          "[gaps][delegation]") {
  const LoggedRun named(practice_area(), manager_decides_in_post());
  INFO(govsim::test::all_findings(named.fit()) << describe(named.gaps));
  CHECK(named.fit().has_rule("decision-outside-delegation"));
  CHECK(named.deciders() == std::vector<std::string>{"manager"});
  CHECK(of_type(named.gaps, GapType::outside_delegation).size() == 1);
}

// --- a record of delegated decisions ----------------------------------------------

TEST_CASE("a decision one person takes where delegated decisions are not recorded has no minute",
          "[gaps][record]") {
  // 05: the IJB chief officer decides whether to pause discharges, on the CSWO's advice.
  const Recorded kept = decision_record("05-whistleblower", recording("typical-scottish-ijb", true));
  const Recorded unkept = decision_record("05-whistleblower", recording("typical-scottish-ijb", false));
  INFO(unkept.story);
  REQUIRE(kept.metrics.decisions.size() == 1);
  REQUIRE(unkept.metrics.decisions.size() == 1);
  CHECK(unkept.metrics.decisions[0].decider == "ijb_chief_officer");
  CHECK(kept.flagged);
  CHECK(kept.metrics.decisions[0].minuted);
  CHECK_FALSE(unkept.flagged);
  CHECK_FALSE(unkept.metrics.decisions[0].minuted);
  // Same seed, same advice: only the record differs.
  CHECK(kept.metrics.decisions[0].advice_on_record == unkept.metrics.decisions[0].advice_on_record);
  CHECK(unkept.metrics.audit_trail_completeness < kept.metrics.audit_trail_completeness);

  CHECK(govsim::decision_record_words(unkept.metrics.decisions[0]).find("no minute or decision record") !=
        std::string::npos);
  CHECK(govsim::decision_record_words(kept.metrics.decisions[0]).find("no minute or decision record") ==
        std::string::npos);

  // Unsaid, an arrangement records them.
  const Recorded unsaid =
      decision_record("05-whistleblower", text_of("typical-scottish-ijb", govsim::InputKind::arrangement));
  CHECK(unsaid.metrics.decisions[0].minuted);
}

TEST_CASE("a board's decision is minuted whether or not delegated decisions are recorded", "[gaps][record]") {
  // 03: the IJB decides its recovery plan.
  for (const bool recorded : {true, false}) {
    const Recorded board = decision_record("03-ijb-overspend", recording("typical-scottish-ijb", recorded));
    INFO("delegated_decisions_recorded: " << recorded << "\n" << board.story);
    REQUIRE(board.metrics.decisions.size() == 1);
    CHECK(board.metrics.decisions[0].decider == "ijb");
    CHECK(board.flagged);
    CHECK(board.metrics.decisions[0].minuted);
    CHECK(govsim::decision_record_words(board.metrics.decisions[0]).find("no minute") == std::string::npos);
  }
}
