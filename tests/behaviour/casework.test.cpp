#include <catch2/catch.hpp>

#include <string>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Casework (sim/behaviour/casework.cpp): what a person does with an item taken
// from its inbox — deal with it, escalate it, hold it, or take note of it.

using govsim::LogKind;
using govsim::test::adding;
using govsim::test::small_area;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

std::string notes_of(const SmallRun& run, LogKind kind, const std::string& actor) {
  std::string notes;
  for (const auto& r : run.records(kind, actor)) notes += run.text(r.note) + "; ";
  return notes;
}

}  // namespace

TEST_CASE("a matter already escalated is not escalated again until it has waited or its harm has doubled",
          "[behaviour][casework]") {
  // The manager (threshold 3, half a day to respond) escalates each concern of
  // severity 3 to the CSWO unless it has just done so.
  SECTION("a second concern two days later is added to the matter already escalated") {
    SmallRun run(small_area, R"(
days: 40
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: visits, severity: 3}
  - {day: 3, what: concern, from: team, to: manager, subject: visits, severity: 3}
)");
    run.run();
    INFO(run.story());
    const auto escalated = run.records(LogKind::item_escalated, "manager", "visits");
    REQUIRE(escalated.size() == 1);
    CHECK(escalated[0].time == Approx(1.5));
    const auto added = run.records(LogKind::item_resolved, "manager", "visits");
    REQUIRE(added.size() == 1);
    CHECK(added[0].time == Approx(3.5));
    CHECK(run.text(added[0].note) == "added to a matter already escalated");
  }
  SECTION("after re_escalation_days the next concern goes up again") {
    SmallRun run(small_area, R"(
days: 40
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: visits, severity: 3}
  - {day: 3, what: concern, from: team, to: manager, subject: visits, severity: 3}
  - {day: 15, what: concern, from: team, to: manager, subject: visits, severity: 3}
  - {day: 20, what: concern, from: team, to: manager, subject: visits, severity: 3}
)");
    run.run();
    INFO(run.story());
    const auto escalated = run.records(LogKind::item_escalated, "manager", "visits");
    REQUIRE(escalated.size() == 2);
    CHECK(escalated[0].time == Approx(1.5));
    CHECK(escalated[1].time == Approx(15.5));  // 14 days after it last went up
    // Day 3 and day 20 (five days after day 15) are added to the matter.
    CHECK(run.records(LogKind::item_resolved, "manager", "visits").size() == 2);
  }
  SECTION("near miss: a shorter re_escalation_days lets the day 3 concern go up too") {
    SmallRun run(small_area, R"(
days: 40
parameters: {re_escalation_days: 2}
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: visits, severity: 3}
  - {day: 3, what: concern, from: team, to: manager, subject: visits, severity: 3}
)");
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::item_escalated, "manager", "visits").size() == 2);
    CHECK(run.records(LogKind::item_resolved, "manager", "visits").empty());
  }
  SECTION("once the harm it knows of has doubled the matter goes up again at once") {
    SmallRun run(small_area, R"(
days: 40
injects:
  - {day: 1, what: harm_notice, from: team, to: manager, subject: falls, severity: 3}
  - {day: 3, what: concern, from: team, to: manager, subject: falls, severity: 3}
  - {day: 4, what: harm_notice, from: team, to: manager, subject: falls, severity: 3}
  - {day: 5, what: harm_notice, from: team, to: manager, subject: falls, severity: 3}
)");
    run.run();
    INFO(run.story());
    const auto escalated = run.records(LogKind::item_escalated, "manager", "falls");
    REQUIRE(escalated.size() == 2);
    CHECK(escalated[0].time == Approx(1.5));  // knowing of one harm
    CHECK(escalated[1].time == Approx(4.5));  // knowing of two: doubled
    // Day 3 (still one harm) and day 5 (three: not double two) are added to the matter.
    const auto added = run.records(LogKind::item_resolved, "manager", "falls");
    REQUIRE(added.size() == 2);
    CHECK(added[0].time == Approx(3.5));
    CHECK(added[1].time == Approx(5.5));
    for (const auto& r : added) CHECK(run.text(r.note) == "added to a matter already escalated");
  }
}

TEST_CASE("a statutory officer's held concern is released and escalated at the hold limit",
          "[behaviour][casework][independence]") {
  const std::string scenario = R"(
days: 40
parameters: {holding_per_lost_independence: 1}
injects:
  - {day: 1, what: concern, from: manager, to: cswo, subject: unsafe-rota, severity: 4}
)";
  auto area_with_independence = [](const std::string& independence) {
    return with(small_area, "{id: cswo, role: cswo, response_days: 0.5}",
                "{id: cswo, role: cswo, response_days: 0.5, independence: " + independence + "}");
  };
  SECTION("a CSWO with no independence holds the concern, then lets it go after hold_limit_days") {
    SmallRun run(area_with_independence("0"), scenario);
    run.run();
    INFO(run.story());
    const auto held = run.first(LogKind::item_held, "cswo", "unsafe-rota");
    REQUIRE(held);
    CHECK(held->time == Approx(1.5));
    const auto released = run.first(LogKind::item_released, "cswo", "unsafe-rota");
    REQUIRE(released);
    CHECK(released->time == Approx(1.5 + 14.0));
    CHECK(released->item == held->item);
    CHECK(run.text(released->note) == "held past the protocol's limit");
    const auto escalated = run.records(LogKind::item_escalated, "cswo", "unsafe-rota");
    REQUIRE(escalated.size() == 1);
    CHECK(escalated[0].time == released->time);
    CHECK(run.text(escalated[0].other) == "chief_executive");
  }
  SECTION("a shorter hold limit releases it sooner") {
    SmallRun run(area_with_independence("0"), with(scenario, "holding_per_lost_independence: 1",
                                                   "holding_per_lost_independence: 1, hold_limit_days: 3"));
    run.run();
    INFO(run.story());
    const auto released = run.first(LogKind::item_released, "cswo", "unsafe-rota");
    REQUIRE(released);
    CHECK(released->time == Approx(4.5));
  }
  SECTION("near miss: an independent CSWO escalates at once and holds nothing") {
    SmallRun run(area_with_independence("1"), scenario);
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::item_held).empty());
    CHECK(run.records(LogKind::item_released).empty());
    const auto escalated = run.first(LogKind::item_escalated, "cswo", "unsafe-rota");
    REQUIRE(escalated);
    CHECK(escalated->time == Approx(1.5));
  }
}

TEST_CASE("regulators and the ombudsman are where concerns end", "[behaviour][casework]") {
  const std::string area = adding(small_area, "  - {id: inspectorate, role: regulator}\n",
                                  "  - {id: ombudsman, role: ombudsman}\n");
  SECTION("a serious concern sent to the regulator is resolved there") {
    SmallRun run(area, R"(
days: 20
injects:
  - {day: 1, what: concern, from: public, to: inspectorate, subject: neglect, severity: 5}
)");
    run.run();
    INFO(run.story());
    const auto resolved = run.first(LogKind::item_resolved, "inspectorate", "neglect");
    REQUIRE(resolved);
    CHECK(run.text(resolved->note) == "where concerns end");
    CHECK(run.records(LogKind::item_escalated, "inspectorate").empty());
    CHECK(run.records(LogKind::item_blocked, "inspectorate").empty());
  }
  SECTION("the ombudsman has no onward route and still does not block a concern") {
    SmallRun run(area, R"(
days: 20
injects:
  - {day: 1, what: complaint, from: public, to: ombudsman, subject: neglect, severity: 5}
)");
    run.run();
    INFO(run.story());
    const auto resolved = run.first(LogKind::item_resolved, "ombudsman", "neglect");
    REQUIRE(resolved);
    CHECK(run.text(resolved->note) == "where concerns end");
    CHECK(run.records(LogKind::item_blocked).empty());
  }
  SECTION("the CSWO's reply to the regulator's request is resolved there") {
    SmallRun run(area, R"(
days: 20
injects:
  - {day: 1, what: information_request, from: inspectorate, to: cswo, subject: neglect, severity: 4}
)");
    run.run();
    INFO(run.story());
    const auto answered = run.first(LogKind::item_resolved, "cswo", "neglect");
    REQUIRE(answered);
    CHECK(run.text(answered->note) == "answered");
    CHECK(run.text(answered->other) == "inspectorate");
    const auto resolved = run.first(LogKind::item_resolved, "inspectorate", "neglect");
    REQUIRE(resolved);
    CHECK(resolved->time >= answered->time);
    CHECK(run.text(resolved->note) == "where concerns end");
    CHECK(run.records(LogKind::item_blocked).empty());
  }
  SECTION("near miss: a concern of the same severity at the CSWO goes up") {
    SmallRun run(area, R"(
days: 20
injects:
  - {day: 1, what: concern, from: manager, to: cswo, subject: neglect, severity: 5}
)");
    run.run();
    INFO(notes_of(run, LogKind::item_resolved, "cswo"));
    CHECK(run.first(LogKind::item_escalated, "cswo", "neglect"));
  }
}
