#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// The world the governance acts on (sim/behaviour/world.cpp): money, staff and
// need.

using govsim::LogKind;
using govsim::LogRecord;
using govsim::test::adding;
using govsim::test::small_area;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

double handling_time(const SmallRun& run, const std::string& agent, const std::string& subject) {
  const auto received = run.first(LogKind::item_received, agent, subject);
  const auto escalated = run.first(LogKind::item_escalated, agent, subject);
  REQUIRE(received);
  REQUIRE(escalated);
  return escalated->time - received->time;
}

/// People assessed in four equal bands; nobody eligible goes without care, and
/// nobody is harmed, so only the eligibility threshold leaves need unmet.
std::string banded(const std::string& threshold, const std::string& injects = "") {
  return R"(
days: 30
conditions: {threshold: )" +
         threshold + R"(}
cohorts:
  - {id: people, agent: users, served_by: team, subject: assessed-need, arrivals_per_day: 10, unmet_share: 0,
     harm_per_day_unmet: 0, need_bands: {low: 0.25, moderate: 0.25, substantial: 0.25, critical: 0.25},
     eligibility: threshold}
)" + injects;
}

double below_threshold(const SmallRun& run, double from = 0.0, double to = 1e9) {
  double people = 0.0;
  for (const LogRecord& r : run.records(LogKind::need_unmet)) {
    if (run.text(r.note) != "assessed below the eligibility threshold") continue;
    if (r.time >= from && r.time < to) people += r.value;
  }
  return people;
}

}  // namespace

TEST_CASE("a budget cut raises a body's pressure and lowers the staffing of the services it funds",
          "[behaviour][world][money]") {
  // The team and its manager are paid from the IJB's delegated budget (GBP 100m);
  // the CSWO by the council's.
  const std::string concern = R"(
  - {day: 10, what: concern, from: users, to: team, subject: waiting, severity: 4}
)";
  SECTION("a fifth cut: pressure 0.25 and staffing 0.75") {
    SmallRun run(small_area, "days: 20\ninjects:\n  - {day: 5, cut_budget: {ijb: 0.2}}\n");
    run.run();
    INFO(run.story());
    const auto budget = run.records(LogKind::budget_changed);
    REQUIRE(budget.size() == 1);
    CHECK(run.text(budget[0].actor) == "ijb");
    CHECK(budget[0].time == 5.0);
    CHECK(budget[0].value == Approx(0.25));  // 100 needed from 80
    const auto staffing = run.records(LogKind::staffing_changed);
    REQUIRE(staffing.size() == 1);
    CHECK(run.text(staffing[0].actor) == "ijb");
    CHECK(staffing[0].value == Approx(0.75));
  }
  SECTION("short staffing slows handling by the services the body funds and no others") {
    SmallRun run(small_area,
                 "days: 20\ninjects:\n  - {day: 5, cut_budget: {ijb: 0.3333333333333333}}" + concern);
    run.run();
    INFO(run.story());
    REQUIRE(run.first(LogKind::staffing_changed, "ijb")->value == Approx(0.5));
    CHECK(handling_time(run, "team", "waiting") == Approx(0.5 / 0.5));
    CHECK(handling_time(run, "manager", "waiting") == Approx(0.5 / 0.5));
    CHECK(handling_time(run, "cswo", "waiting") == Approx(0.5));  // the council's officer
  }
  SECTION("near miss: without the cut nothing changes and handling takes its response time") {
    SmallRun run(small_area, "days: 20\ninjects:" + concern);
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::budget_changed).empty());
    CHECK(run.records(LogKind::staffing_changed).empty());
    CHECK(handling_time(run, "team", "waiting") == Approx(0.5));
  }
  SECTION("committing a response's yearly cost raises the funder's pressure") {
    SmallRun run(
        adding(small_area, "scheme_of_delegation:\n", "  - {decision: practice_direction, taken_by: cswo}\n"),
        R"(
days: 20
conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.00001, days_at_risk: 365}
injects:
  - {day: 2, what: harm_notice, from: manager, to: cswo, subject: people-at-risk, severity: 4}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, multiply: {risk: 0.5}, cost: 0.5}
)");
    run.run();
    INFO(run.story());
    const auto taken = run.first(LogKind::response_taken, "cswo");
    REQUIRE(taken);
    CHECK(taken->value == 0.5);
    const auto budget = run.records(LogKind::budget_changed);
    REQUIRE(budget.size() == 1);
    CHECK(run.text(budget[0].actor) == "full_council");  // the CSWO's funder
    CHECK(budget[0].time == taken->time);
    CHECK(budget[0].value == Approx(0.005));  // 100.5 needed from 100
    CHECK(run.first(LogKind::staffing_changed, "full_council")->value == Approx(0.995));
  }
}

TEST_CASE("people assessed below the eligibility threshold are left with unmet need",
          "[behaviour][world][need]") {
  SECTION("a threshold of moderate leaves the low band unmet") {
    SmallRun run(small_area, banded("moderate"));
    run.run();
    INFO(run.story());
    const auto unmet = run.records(LogKind::need_unmet);
    REQUIRE_FALSE(unmet.empty());
    for (const LogRecord& r : unmet) CHECK(run.text(r.note) == "assessed below the eligibility threshold");
    // About a quarter of some 300 arrivals.
    CHECK(below_threshold(run) > 40);
    CHECK(below_threshold(run) < 110);
  }
  SECTION("near miss: a threshold of low leaves nobody out") {
    SmallRun run(small_area, banded("low"));
    run.run();
    CHECK(run.records(LogKind::need_unmet).empty());
  }
  SECTION("raising the threshold raises unmet need for the same people") {
    std::vector<double> unmet;
    for (const std::string threshold : {"low", "moderate", "substantial", "critical"}) {
      SmallRun run(small_area, banded(threshold));
      run.run();
      unmet.push_back(below_threshold(run));
    }
    INFO("unmet at thresholds 1-4: " << unmet[0] << " " << unmet[1] << " " << unmet[2] << " " << unmet[3]);
    CHECK(unmet[0] == 0.0);
    CHECK(unmet[0] < unmet[1]);
    CHECK(unmet[1] < unmet[2]);
    CHECK(unmet[2] < unmet[3]);
  }
  SECTION("raising it mid-run raises unmet need from that day") {
    SmallRun run(small_area, banded("moderate", "injects:\n  - {day: 15, set: {threshold: critical}}\n"));
    run.run();
    INFO(run.story());
    CHECK(below_threshold(run, 15.0) > 2.0 * below_threshold(run, 0.0, 15.0));
  }
}
