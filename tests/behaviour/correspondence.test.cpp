#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Correspondence (sim/behaviour/correspondence.cpp): how items travel, arrive in
// inboxes and pass the confidentiality filter.

using govsim::LogKind;
using govsim::test::small_area;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

/// Five minor concerns the team puts to its manager on day 1; the manager deals
/// with each itself (severity 2 is below its threshold of 3).
const std::string five_concerns = R"(
days: 20
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: rota-1, severity: 2}
  - {day: 1, what: concern, from: team, to: manager, subject: rota-2, severity: 2}
  - {day: 1, what: concern, from: team, to: manager, subject: rota-3, severity: 2}
  - {day: 1, what: concern, from: team, to: manager, subject: rota-4, severity: 2}
  - {day: 1, what: concern, from: team, to: manager, subject: rota-5, severity: 2}
)";

std::vector<double> handled_by_manager(const SmallRun& run) {
  std::vector<double> times;
  for (const auto& r : run.records(LogKind::item_resolved, "manager")) times.push_back(r.time);
  return times;
}

std::string with_manager(const std::string& extra) {
  return with(small_area, "{id: manager, role: operational_manager, response_days: 0.5}",
              "{id: manager, role: operational_manager, response_days: 0.5, " + extra + "}");
}

}  // namespace

TEST_CASE("a person handles items no faster than its capacity allows", "[behaviour][correspondence]") {
  SECTION("at half an item a day: one every two days") {
    SmallRun run(with_manager("capacity: 0.5"), five_concerns);
    run.run();
    INFO(run.story());
    const auto times = handled_by_manager(run);
    REQUIRE(times.size() == 5);
    CHECK(times.front() == Approx(1.5));  // the first waits only its response time
    for (std::size_t i = 1; i < times.size(); ++i) CHECK(times[i] - times[i - 1] == Approx(2.0));
  }
  SECTION("four a day: a quarter of a day apart") {
    SmallRun run(with_manager("capacity: 4"), five_concerns);
    run.run();
    INFO(run.story());
    const auto times = handled_by_manager(run);
    REQUIRE(times.size() == 5);
    for (std::size_t i = 1; i < times.size(); ++i) CHECK(times[i] - times[i - 1] == Approx(0.25));
  }
  SECTION("near miss: items that arrive further apart than the capacity need wait only their response time") {
    SmallRun run(with_manager("capacity: 0.5"), R"(
days: 20
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: rota-1, severity: 2}
  - {day: 5, what: concern, from: team, to: manager, subject: rota-2, severity: 2}
)");
    run.run();
    INFO(run.story());
    const auto times = handled_by_manager(run);
    REQUIRE(times.size() == 2);
    CHECK(times[0] == Approx(1.5));
    CHECK(times[1] == Approx(5.5));
  }
}

TEST_CASE("personal information reaching a body with members on it is a breach unless sent as an aggregate",
          "[behaviour][correspondence][confidentiality]") {
  const std::string case_for_the_ijb = R"(
days: 20
injects:
  - {day: 1, what: harm_notice, to: ijb, subject: named-case, severity: 4, personal: true}
)";
  SECTION("an arrangement that wrongly allows it: the IJB receives the case and the breach is logged") {
    SmallRun run(
        std::string(small_area) + "confidentiality: {personal_information_to_elected_members: true}\n",
        case_for_the_ijb);
    run.run();
    INFO(run.story());
    const auto breach = run.first(LogKind::personal_disclosed, "ijb", "named-case");
    REQUIRE(breach);
    CHECK(breach->time == 1.0);  // on arrival, where the members read it
    CHECK((breach->flags & govsim::log_flag::personal) != 0);
    CHECK(run.records(LogKind::confidentiality_blocked).empty());
  }
  SECTION("the lawful default: the IJB gets an aggregate and the attempt is logged") {
    SmallRun run(small_area, case_for_the_ijb);
    run.run();
    INFO(run.story());
    const auto blocked = run.first(LogKind::confidentiality_blocked, "", "named-case");
    REQUIRE(blocked);
    CHECK(run.text(blocked->other) == "ijb");
    const auto received = run.records(LogKind::item_received, "ijb", "named-case");
    REQUIRE(received.size() == 1);
    CHECK((received[0].flags & govsim::log_flag::personal) == 0);
    CHECK(received[0].item == static_cast<std::uint32_t>(blocked->value));  // the aggregate, not the case
    CHECK(run.records(LogKind::personal_disclosed).empty());
  }
  SECTION("near miss: a body with no elected members on it receives the case as sent") {
    SmallRun run(
        std::string(small_area) + "confidentiality: {personal_information_to_elected_members: true}\n",
        with(case_for_the_ijb, "to: ijb", "to: nhs"));
    run.run();
    INFO(run.story());
    const auto received = run.records(LogKind::item_received, "nhs", "named-case");
    REQUIRE(received.size() == 1);
    CHECK((received[0].flags & govsim::log_flag::personal) != 0);
    CHECK(run.records(LogKind::personal_disclosed).empty());
    CHECK(run.records(LogKind::confidentiality_blocked).empty());
  }
}
