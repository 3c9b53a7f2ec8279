#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Meetings and forums (sim/behaviour/forums.cpp): agendas, periodic and annual
// reports, the questions a forum puts to whoever answers for a matter, and
// directions carried out by a body's officers.

using govsim::LogKind;
using govsim::test::adding;
using govsim::test::small_area;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

std::vector<double> values(const std::vector<govsim::LogRecord>& records) {
  std::vector<double> v;
  for (const auto& r : records) v.push_back(r.value);
  return v;
}

/// Periodic reports (item_raised with the note "periodic report") by one actor.
std::vector<govsim::LogRecord> periodic_reports(const SmallRun& run, const std::string& actor,
                                                const std::string& subject = "") {
  std::vector<govsim::LogRecord> found;
  for (const auto& r : run.records(LogKind::item_raised, actor, subject))
    if (run.text(r.note) == "periodic report") found.push_back(r);
  return found;
}

}  // namespace

TEST_CASE("a body considers at most its capacity of items a meeting and the rest wait for the next",
          "[behaviour][forums]") {
  // Five reports from outside reach the IJB (meetings on days 0, 10, 20, 30) on day 3.
  const std::string five_reports = R"(
days: 35
injects:
  - {day: 3, what: report, to: ijb, subject: item-1, severity: 2}
  - {day: 3, what: report, to: ijb, subject: item-2, severity: 2}
  - {day: 3, what: report, to: ijb, subject: item-3, severity: 2}
  - {day: 3, what: report, to: ijb, subject: item-4, severity: 2}
  - {day: 3, what: report, to: ijb, subject: item-5, severity: 2}
)";
  SECTION("two a meeting: two on day 10 and two on day 20 and the last on day 30") {
    SmallRun run(with(small_area, "meets_every_days: 10,", "meets_every_days: 10, capacity: 2,"),
                 five_reports);
    run.run();
    INFO(run.story());
    CHECK(values(run.records(LogKind::meeting_held, "ijb")) == std::vector<double>{0, 2, 2, 1});
    CHECK(run.first(LogKind::became_aware, "ijb", "item-2")->time == 10.0);
    CHECK(run.first(LogKind::became_aware, "ijb", "item-3")->time == 20.0);
    CHECK(run.first(LogKind::became_aware, "ijb", "item-5")->time == 30.0);
  }
  SECTION("near miss: the default capacity takes all five on day 10") {
    SmallRun run(small_area, five_reports);
    run.run();
    INFO(run.story());
    CHECK(values(run.records(LogKind::meeting_held, "ijb")) == std::vector<double>{0, 5, 0, 0});
    CHECK(run.first(LogKind::became_aware, "ijb", "item-5")->time == 10.0);
  }
}

TEST_CASE(
    "actors send periodic reports before each meeting of a body they report to on what they must account for",
    "[behaviour][forums][reports]") {
  // The CSWO reports_to the IJB (meetings every 10 days from day 0) and the full
  // council (every 30); papers go report_notice_days (5) before each meeting.
  SECTION("the CSWO reports a matter it knows of with harm before each meeting of the IJB and the council") {
    SmallRun run(small_area, R"(
days: 32
injects:
  - {day: 1, what: harm_notice, from: team, to: cswo, subject: falls, severity: 3}
)");
    run.run();
    INFO(run.story());
    const auto reports = periodic_reports(run, "cswo", "falls");
    std::vector<std::pair<double, std::string>> sent;
    for (const auto& r : reports) sent.emplace_back(r.time, run.text(r.other));
    CHECK(sent == std::vector<std::pair<double, std::string>>{
                      {5.0, "ijb"}, {15.0, "ijb"}, {25.0, "full_council"}, {25.0, "ijb"}});
    // The IJB, which reports_to the council, reports the harm it heard of at its day 10 meeting.
    const auto from_ijb = periodic_reports(run, "ijb", "falls");
    REQUIRE(from_ijb.size() == 1);
    CHECK(from_ijb[0].time == 25.0);
    CHECK(run.text(from_ijb[0].other) == "full_council");
  }
  SECTION("a longer notice sends the papers sooner") {
    SmallRun run(small_area, R"(
days: 28
parameters: {report_notice_days: 8}
injects:
  - {day: 1, what: harm_notice, from: team, to: cswo, subject: falls, severity: 3}
)");
    run.run();
    INFO(run.story());
    const auto reports = periodic_reports(run, "cswo", "falls");
    REQUIRE_FALSE(reports.empty());
    CHECK(reports.front().time == 2.0);
  }
  SECTION("an officer reports a decision it took") {
    SmallRun run(adding(small_area,
                        "  - {from: chief_executive, type: accountable_to, to: full_council, latency: 1}\n",
                        "  - {from: chief_executive, type: reports_to, to: full_council, latency: 1}\n"),
                 R"(
days: 32
decision_points:
  - {id: rota, day: 2, decided_by: chief_executive, subject: rota, options: {keep: {performance: 0}}}
)");
    run.run();
    INFO(run.story());
    REQUIRE(run.first(LogKind::decision_taken, "chief_executive", "rota"));
    const auto reports = periodic_reports(run, "chief_executive", "rota");
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].time == 25.0);
    CHECK((reports[0].flags & govsim::log_flag::account) != 0);
  }
  SECTION("the statutory officer reports a risk it assesses before anyone is harmed") {
    SmallRun run(adding(small_area, "  - {from: cswo, type: reports_to, to: ijb, latency: 1}\n",
                        "  - {from: manager, type: reports_to, to: ijb, latency: 1}\n"),
                 R"(
days: 11
conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.0005, days_at_risk: 365}
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: people-at-risk, severity: 2}
  - {day: 1, what: concern, from: team, to: cswo, subject: people-at-risk, severity: 2}
)");
    run.run();
    INFO(run.story());
    for (const auto& harm : run.records(LogKind::harm)) REQUIRE(harm.time > 5.0);
    const auto reports = periodic_reports(run, "cswo", "people-at-risk");
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].time == 5.0);
    // The manager knows of the same matter, reports to the same IJB, and assesses no risk.
    CHECK(periodic_reports(run, "manager").empty());
  }
  SECTION("near miss: an actor that knows of nothing to account for sends nothing") {
    SmallRun run(small_area, R"(
days: 28
injects:
  - {day: 1, what: concern, from: team, to: cswo, subject: parking, severity: 2}
)");
    run.run();
    INFO(run.story());
    REQUIRE(run.first(LogKind::became_aware, "cswo", "parking"));
    CHECK(periodic_reports(run, "cswo").empty());
    CHECK(periodic_reports(run, "ijb").empty());
  }
}

TEST_CASE("the statutory officer's annual report goes every year even when it knows of no matter",
          "[behaviour][forums][reports]") {
  SmallRun run(small_area, R"(
days: 70
annual_report_day: 20
parameters: {annual_report_every_days: 30}
)");
  run.run();
  INFO(run.story());
  std::vector<std::pair<double, std::string>> sent;
  for (const auto& r : run.records(LogKind::item_raised, "cswo")) {
    CHECK(run.text(r.note) == "annual report");
    CHECK(run.text(r.subject) == "annual-report");
    sent.emplace_back(r.time, run.text(r.other));
  }
  CHECK(sent == std::vector<std::pair<double, std::string>>{
                    {20.0, "full_council"}, {20.0, "ijb"}, {50.0, "full_council"}, {50.0, "ijb"}});
}

TEST_CASE("a forum questions the actor accountable for a matter and not the councillor who called it in",
          "[behaviour][forums][accountability]") {
  // Any salience calls in scrutiny; scrutiny (meetings on days 0 and 30) always questions.
  const std::string area = with(small_area, "members: [cllr], meets_every_days: 30}",
                                "members: [cllr], meets_every_days: 30, questions: 1}");
  const std::string complaint = R"(
days: 40
parameters: {salience_to_call_in_scrutiny: 0}
injects:
  - {day: 12, what: complaint, from: public, to: cllr, subject: procedure, severity: 3}
)";
  auto questioned_by_scrutiny = [](const SmallRun& run) {
    std::vector<std::string> who;
    for (const auto& r : run.records(LogKind::question_asked, "scrutiny")) who.push_back(run.text(r.other));
    return who;
  };
  SECTION("nobody decided on it: scrutiny questions the statutory officer") {
    SmallRun run(area, complaint);
    run.run();
    INFO(run.story());
    const auto called_in = run.first(LogKind::item_received, "scrutiny", "procedure");
    REQUIRE(called_in);
    CHECK(run.text(called_in->other) == "cllr");
    CHECK(questioned_by_scrutiny(run) == std::vector<std::string>{"cswo"});
  }
  SECTION("the IJB decided on it: scrutiny questions the IJB") {
    SmallRun run(area, complaint + R"(decision_points:
  - {id: d, day: 2, decision: discharge_procedure, subject: procedure, options: {adopt: {performance: 1}}}
)");
    run.run();
    INFO(run.story());
    REQUIRE(run.first(LogKind::decision_taken, "ijb", "procedure"));
    CHECK(questioned_by_scrutiny(run) == std::vector<std::string>{"ijb"});
  }
  SECTION("a lever-holder answers for a matter nobody decided on: scrutiny questions the manager") {
    SmallRun run(
        adding(area, "scheme_of_delegation:\n", "  - {decision: practice_direction, taken_by: manager}\n"),
        with(complaint, "subject: procedure", "subject: people-at-risk") + R"(conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 1, unmet_share: risk,
     harm_per_day_unmet: 0.0001, days_at_risk: 14}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, multiply: {risk: 0.5}}
)");
    run.run();
    INFO(run.story());
    CHECK(questioned_by_scrutiny(run) == std::vector<std::string>{"manager"});
  }
}

TEST_CASE("a direction is carried out by a body's officers on arrival and tells its members nothing",
          "[behaviour][forums][decision]") {
  // The IJB decides at a special meeting on day 9 (urgent, seven days' notice);
  // its direction reaches the full council, which meets only on days 0 and 30, a day later.
  SmallRun run(small_area, R"(
days: 40
conditions: {risk: 0.1}
decision_points:
  - {id: d, day: 2, decision: discharge_procedure, subject: procedure, urgent: true,
     options: {adopt: {set: {risk: 0.5}}}}
)");
  run.run();
  INFO(run.story());
  const auto received = run.first(LogKind::item_received, "full_council", "procedure");
  const auto implemented = run.first(LogKind::direction_implemented, "full_council", "procedure");
  REQUIRE(received);
  REQUIRE(implemented);
  CHECK(run.text(received->what) == "direction");
  CHECK(implemented->time == received->time);  // on arrival, not at a meeting
  CHECK(implemented->time < 30.0);
  const auto changed = run.first(LogKind::condition_changed, "full_council", "risk");
  REQUIRE(changed);
  CHECK(changed->time == implemented->time);
  // Carrying it out does not make the council aware of the matter.
  const auto aware = run.first(LogKind::became_aware, "full_council", "procedure");
  CHECK((!aware || aware->time > implemented->time));
}
