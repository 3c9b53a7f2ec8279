#include <catch2/catch.hpp>

#include <string>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Elected members and politics (sim/behaviour/members.cpp, and the political
// weights bound in sim/behaviour/governance_model.cpp): salience, calling in
// scrutiny, drawing in the leadership, national policy of another party.

using govsim::LogKind;
using govsim::LogRecord;
using govsim::test::small_area;
using govsim::test::small_decision;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

/// small_area with the leader in party `lab` and the councillor the public
/// complains to in `party`.
std::string parties(const std::string& councillor_party) {
  return with(with(small_area, "{id: leader, role: leader}", "{id: leader, role: leader, party: lab}"),
              "{id: cllr, role: councillor}",
              "{id: cllr, role: councillor, party: " + councillor_party + "}");
}

/// Complaints of severity 3 from the public to the councillor: each adds
/// salience_per_complaint (2) to the matter.
std::string complaints(int count, const std::string& parameters) {
  std::string scenario = "days: 20\nparameters: " + parameters + "\ninjects:\n";
  for (int i = 0; i < count; ++i)
    scenario += "  - {day: " + std::to_string(1 + i) +
                ", what: complaint, from: public, to: cllr, subject: home-care, severity: 3}\n";
  return scenario;
}

bool called_in(const SmallRun& run) {
  for (const LogRecord& r : run.records(LogKind::item_sent, "cllr", "home-care"))
    if (run.text(r.channel) == "call_in") return run.text(r.other) == "scrutiny";
  return false;
}

double performance_weighed(const SmallRun& run) {
  for (const LogRecord& r : run.records(LogKind::option_weighed, "ijb"))
    if (run.text(r.note) == "adopt" && run.text(r.channel) == "performance") return r.value;
  FAIL("the IJB weighed no performance for adopt");
  return 0.0;
}

}  // namespace

TEST_CASE("an opposition councillor calls in scrutiny at a lower salience than an administration one",
          "[behaviour][members][politics]") {
  // One complaint: salience 2. Threshold 3; opposition members at half of it.
  const std::string one_complaint = complaints(1, "{salience_to_call_in_scrutiny: 3}");
  SECTION("opposition: 2 is past 1.5 and scrutiny is called in") {
    SmallRun run(parties("snp"), one_complaint);
    run.run();
    INFO(run.story());
    CHECK(called_in(run));
    CHECK(run.first(LogKind::item_received, "scrutiny", "home-care"));
  }
  SECTION("near miss: administration: 2 is short of 3") {
    SmallRun run(parties("lab"), one_complaint);
    run.run();
    INFO(run.story());
    CHECK_FALSE(called_in(run));
    CHECK_FALSE(run.first(LogKind::item_received, "scrutiny", "home-care"));
  }
  SECTION("near miss: opposition below its own threshold: 2 is short of 2.5") {
    SmallRun run(parties("snp"), complaints(1, "{salience_to_call_in_scrutiny: 5}"));
    run.run();
    INFO(run.story());
    CHECK_FALSE(called_in(run));
  }
  SECTION("administration members call in at the full threshold: two complaints make 4") {
    SmallRun run(parties("lab"), complaints(2, "{salience_to_call_in_scrutiny: 3}"));
    run.run();
    INFO(run.story());
    CHECK(called_in(run));
  }
}

TEST_CASE("a matter salient past salience_to_draw_in_leadership draws in the leader and the chief executive",
          "[behaviour][members][politics]") {
  SECTION("two complaints make 4: past 3") {
    SmallRun run(small_area, complaints(2, "{salience_to_draw_in_leadership: 3}"));
    run.run();
    INFO(run.story());
    const auto leader = run.first(LogKind::drawn_in, "leader", "home-care");
    const auto chief = run.first(LogKind::drawn_in, "chief_executive", "home-care");
    REQUIRE(leader);
    REQUIRE(chief);
    CHECK(leader->value == Approx(4.0));
    CHECK(leader->time == chief->time);
    CHECK(leader->time > 2.0);  // when the councillor handled the second complaint
    CHECK(run.text(leader->other) == "cllr");
    CHECK(run.records(LogKind::drawn_in).size() == 2);  // once each
  }
  SECTION("near miss: one complaint makes 2 and draws in nobody") {
    SmallRun run(small_area, complaints(1, "{salience_to_draw_in_leadership: 3}"));
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::drawn_in).empty());
  }
}

TEST_CASE("elected members weigh performance less when national policy is another party's",
          "[behaviour][members][politics]") {
  // The IJB weighs as its six voting members: three councillors (performance
  // 0.5, 0.4 and 0.3) and three NHS non-executives (0.9); the CSWO does not vote.
  const std::string area =
      with(small_area, "{id: leader, role: leader}", "{id: leader, role: leader, party: lab}");
  SECTION("national policy of another party: the councillors' weights are halved") {
    SmallRun run(area, std::string(small_decision) + "national_policy_party: con\n");
    run.run();
    INFO(run.story());
    CHECK(performance_weighed(run) == Approx((0.25 + 0.2 + 0.15 + 2.7) / 6.0));
  }
  SECTION("near miss: national policy of the leader's party changes nothing") {
    SmallRun run(area, std::string(small_decision) + "national_policy_party: lab\n");
    run.run();
    INFO(run.story());
    CHECK(performance_weighed(run) == Approx((0.5 + 0.4 + 0.3 + 2.7) / 6.0));
  }
  SECTION("near miss: no national party named") {
    SmallRun run(area, small_decision);
    run.run();
    CHECK(performance_weighed(run) == Approx(3.9 / 6.0));
  }
}
