#include <catch2/catch.hpp>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;

using govsim::LogKind;
using govsim::test::small_area;
using govsim::test::SmallRun;

namespace {}  // namespace

TEST_CASE("an item for a body waits for its next meeting", "[behaviour]") {
  SmallRun run(small_area, R"(
days: 40
injects:
  - {day: 3, what: report, from: cswo, to: ijb, subject: waiting-list, severity: 2}
)");
  run.run();
  const auto received = run.first(LogKind::item_received, "ijb", "waiting-list");
  REQUIRE(received);
  CHECK(received->time == Approx(4.0));  // one day on the cswo -> ijb reporting link
  const auto aware = run.first(LogKind::became_aware, "ijb", "waiting-list");
  REQUIRE(aware);
  CHECK(aware->time == 10.0);  // the IJB meets on days 0, 10, 20...
  CHECK(run.first(LogKind::meeting_held, "ijb"));
}

TEST_CASE("urgent business calls a special meeting where the body allows it", "[behaviour]") {
  const std::string scenario = R"(
days: 40
injects:
  - {day: 3, what: report, from: cswo, to: ijb, subject: urgent-matter, severity: 2, urgent: true}
)";
  const std::string monthly = with(small_area, "meets_every_days: 10", "meets_every_days: 30");
  SECTION("allowed: the special meeting comes within the urgent meeting days") {
    SmallRun run(monthly, scenario);
    run.run();
    const auto aware = run.first(LogKind::became_aware, "ijb", "urgent-matter");
    REQUIRE(aware);
    CHECK(aware->time == Approx(4.0 + 7.0));
    CHECK(run.records(LogKind::meeting_held, "ijb").size() == 3);  // days 0, 11 and 30
  }
  SECTION("not allowed: it waits for the ordinary meeting") {
    SmallRun run(with(monthly, "urgent_business: true", "urgent_business: false"), scenario);
    run.run();
    CHECK(run.first(LogKind::became_aware, "ijb", "urgent-matter")->time == 30.0);
  }
}

TEST_CASE("an ordinary meeting that comes first makes the special meeting unnecessary", "[behaviour]") {
  SmallRun run(small_area, R"(
days: 25
injects:
  - {day: 5, what: report, from: cswo, to: ijb, subject: urgent-matter, severity: 2, urgent: true}
)");
  run.run();
  CHECK(run.first(LogKind::became_aware, "ijb", "urgent-matter")->time == 10.0);
  CHECK(run.records(LogKind::meeting_held, "ijb").size() == 3);  // days 0, 10 and 20, no special one
}

TEST_CASE("a concern climbs the line until it meets an agent whose threshold is above it", "[behaviour]") {
  const auto severity = GENERATE(2, 3, 4);
  SmallRun run(small_area, R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: short-visits, severity: )" +
                               std::to_string(severity) + "}\n");
  run.run();
  // Thresholds by role: operational manager 3, CSWO 4, chief executive 4.
  CHECK(run.records(LogKind::item_escalated, "manager").size() == (severity >= 3 ? 1u : 0u));
  CHECK(run.records(LogKind::item_escalated, "cswo").size() == (severity >= 4 ? 1u : 0u));
  CHECK(run.first(LogKind::became_aware, "chief_executive", "short-visits").has_value() == (severity >= 4));
}

TEST_CASE("a concern stuck with an agent that has no onward route is a blocked escalation", "[behaviour]") {
  SmallRun run(with(small_area, "  - {from: manager, type: line_manages, to: team, latency: 1}\n", ""), R"(
days: 20
injects:
  - {day: 1, what: concern, from: users, to: team, subject: stuck, severity: 4}
)");
  run.run();
  const auto blocked = run.first(LogKind::item_blocked, "team", "stuck");
  REQUIRE(blocked);
  CHECK(run.text(blocked->note) == "no onward route");
}

TEST_CASE("an item sent over an unreliable link can be lost", "[behaviour]") {
  SmallRun run(with(small_area, "{from: manager, type: line_manages, to: team, latency: 1}",
                    "{from: manager, type: line_manages, to: team, latency: 1, reliability: 0}"),
               R"(
days: 20
injects:
  - {day: 1, what: concern, from: users, to: team, subject: lost-concern, severity: 4}
)");
  run.run();
  CHECK(run.first(LogKind::item_lost, "team", "lost-concern"));
  CHECK_FALSE(run.first(LogKind::became_aware, "manager", "lost-concern"));
}

TEST_CASE("personal information is never delivered to a councillor", "[behaviour][confidentiality]") {
  const std::string scenario = R"(
days: 60
injects:
  - {day: 1, what: harm_notice, from: users, to: team, subject: named-case, severity: 5, personal: true}
  - {day: 5, what: information_request, from: lead_member, to: cswo, subject: named-case, personal: true}
)";
  SECTION("members get an aggregate, and the attempt is logged") {
    SmallRun run(small_area, scenario);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      const auto& log = run.run(seed);
      for (const auto& r : log.records()) {
        if (r.kind != LogKind::item_received) continue;
        const std::string who = run.text(r.actor);
        const bool member_facing = who == "lead_member" || who == "leader" || who == "cllr" ||
                                   who == "full_council" || who == "scrutiny" || who == "ijb";
        if (member_facing) CHECK_FALSE((r.flags & govsim::log_flag::personal) != 0);
      }
      CHECK_FALSE(run.records(LogKind::confidentiality_blocked).empty());
      CHECK(run.records(LogKind::personal_disclosed).empty());
    }
  }
  SECTION("an arrangement that allows it shows the breach") {
    SmallRun run(
        std::string(small_area) + "confidentiality: {personal_information_to_elected_members: true}\n",
        scenario);
    run.run();
    CHECK_FALSE(run.records(LogKind::personal_disclosed).empty());
  }
}

TEST_CASE("recorded advice against the proposal changes what the decider chooses", "[behaviour][decision]") {
  const std::string scenario = govsim::test::small_decision;
  SECTION("an independent CSWO's recorded advice leads to the safer option") {
    SmallRun run(small_area, scenario);
    run.run();
    const auto decision = run.first(LogKind::decision_taken, "ijb", "procedure");
    REQUIRE(decision);
    CHECK(run.text(decision->note) == "adopt_safely");
    CHECK(decision->value == 1.0);  // advice was on record
  }
  SECTION("advice given off the record does not count") {
    SmallRun run(with(small_area, "{from: cswo, type: advises, to: ijb, latency: 1}",
                      "{from: cswo, type: advises, to: ijb, latency: 1, recorded: false}"),
                 scenario);
    run.run();
    const auto decision = run.first(LogKind::decision_taken, "ijb", "procedure");
    REQUIRE(decision);
    CHECK(run.text(decision->note) == "adopt");
    CHECK(decision->value == 0.0);
  }
}

TEST_CASE("an IJB decision changes services only when its direction is carried out",
          "[behaviour][decision]") {
  SmallRun run(small_area, R"(
days: 40
conditions: {risk: 0.1}
decision_points:
  - {id: d, day: 2, decision: discharge_procedure, subject: procedure, urgent: true,
     options: {adopt: {set: {risk: 0.5}}}}
)");
  run.run();
  const auto decided = run.first(LogKind::decision_taken, "ijb");
  const auto implemented = run.first(LogKind::direction_implemented, "full_council");
  const auto changed = run.first(LogKind::condition_changed, "", "risk");
  REQUIRE(decided);
  REQUIRE(implemented);
  REQUIRE(changed);
  CHECK(implemented->time > decided->time);
  CHECK(changed->time == implemented->time);
  CHECK(run.text(changed->actor) == "full_council");
}

TEST_CASE("a CSWO with an operational post records less advice against than an independent one",
          "[behaviour][independence]") {
  const std::string scenario = govsim::test::small_decision;
  auto advice_against_on_record = [&](const std::string& area) {
    SmallRun run(area, scenario);
    int count = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
      run.run(seed);
      for (const auto& r : run.records(LogKind::advice_given, "cswo"))
        if ((r.flags & govsim::log_flag::recorded) && run.text(r.note) == "against") ++count;
    }
    return count;
  };
  const int independent = advice_against_on_record(small_area);
  const int with_operational_post = advice_against_on_record(
      with(small_area, "{id: cswo, role: cswo,", "{id: cswo, roles: [cswo, head_of_service],") +
      "statutory_officer: {on_corporate_management_team: false}\n");
  CHECK(independent == 300);
  CHECK(with_operational_post < independent * 3 / 4);  // independence 0.6: about 54% on record and against
}

TEST_CASE("harm sends adult protection referrals to the serving team and complaints to councillors",
          "[behaviour][harm]") {
  SmallRun run(small_area, R"(
days: 60
parameters: {complaint_per_harm: 1.0, salience_to_call_in_scrutiny: 2, salience_to_draw_in_leadership: 4}
cohorts:
  - {id: discharges, agent: users, served_by: team, subject: after-discharge, arrivals_per_day: 5,
     unmet_share: 0.5, harm_per_day_unmet: 0.2, days_at_risk: 20}
)");
  run.run();
  double harmed = 0;
  for (const auto& r : run.records(LogKind::harm)) harmed += r.value;
  REQUIRE(harmed >= 4);
  CHECK(run.records(LogKind::item_received, "team", "after-discharge").size() >=
        static_cast<std::size_t>(harmed));
  CHECK(run.first(LogKind::became_aware, "cllr", "after-discharge"));
  CHECK(run.first(LogKind::question_asked, "cllr", "after-discharge"));    // the councillor asks the CSWO
  CHECK(run.first(LogKind::became_aware, "scrutiny", "after-discharge"));  // and calls in scrutiny
  CHECK(run.first(LogKind::drawn_in, "leader", "after-discharge"));        // reputational risk
  CHECK(run.first(LogKind::drawn_in, "chief_executive", "after-discharge"));
  CHECK(run.first(LogKind::action_required, "inspectorate",
                  "after-discharge"));  // the regulator takes an interest
}

TEST_CASE("a vacant post with no deputy blocks what is sent to it; a deputy receives it instead",
          "[behaviour]") {
  const std::string scenario = R"(
days: 30
injects:
  - {day: 1, vacate: cswo}
  - {day: 2, what: concern, from: manager, to: cswo, subject: no-cswo, severity: 3}
)";
  SECTION("no deputy") {
    SmallRun run(small_area, scenario);
    run.run();
    CHECK(run.first(LogKind::post_vacated, "cswo"));
    const auto blocked = run.first(LogKind::item_blocked, "manager", "no-cswo");
    REQUIRE(blocked);
    CHECK(run.text(blocked->note) == "post vacant and no deputy");
  }
  SECTION("a deputy") {
    const std::string area =
        with(with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, deputy: depute,"),
             "  - {id: inspectorate, role: regulator}\n",
             "  - {id: inspectorate, role: regulator}\n  - {id: depute, role: head_of_service}\n");
    SmallRun run(area, scenario);
    run.run();
    CHECK_FALSE(run.first(LogKind::item_blocked, "manager", "no-cswo"));
    CHECK(run.first(LogKind::became_aware, "depute", "no-cswo"));
  }
}

TEST_CASE("the statutory officer's annual report reaches the council and the IJB", "[behaviour]") {
  SmallRun run(small_area, R"(
days: 60
annual_report_day: 20
injects:
  - {day: 1, what: concern, from: manager, to: cswo, subject: staffing, severity: 2}
)");
  run.run();
  CHECK(run.first(LogKind::became_aware, "full_council", "staffing"));
  CHECK(run.first(LogKind::became_aware, "ijb", "staffing"));
}

TEST_CASE("the same seed gives the same log; another replication another", "[behaviour][determinism]") {
  SmallRun run(small_area, R"(
days: 60
cohorts:
  - {id: c, agent: users, served_by: team, subject: s, arrivals_per_day: 5, unmet_share: 0.3,
     harm_per_day_unmet: 0.1, days_at_risk: {exponential: 10}}
)");
  const auto first = run.run(5).fingerprint();
  CHECK(run.run(5).fingerprint() == first);
  CHECK(run.run(6).fingerprint() != first);
}

namespace {

bool of_the_day(LogKind kind) {
  return kind == LogKind::harm || kind == LogKind::need_unmet || kind == LogKind::harm_expected;
}

}  // namespace

TEST_CASE("the day's harm and arrivals come before anything else that day", "[behaviour][days]") {
  // People arrive every day with needs left unmet (harm_expected and need_unmet
  // each day); on day 5 something else happens too.
  const std::string people = R"(
days: 8
conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.2, days_at_risk: 14}
)";
  auto order_on_day_5 = [](const SmallRun& run) {
    std::string order;  // "d" for a record of the day's harm and arrivals, "x" for anything else
    for (const auto& r : run.log().records())
      if (r.time == 5.0) order += of_the_day(r.kind) ? 'd' : 'x';
    return order;
  };
  SECTION("before an inject that day") {
    SmallRun run(small_area, people + R"(injects:
  - {day: 5, what: concern, from: team, to: manager, subject: rota, severity: 2}
)");
    run.run();
    INFO(run.story());
    const std::string order = order_on_day_5(run);
    REQUIRE(order.find('d') != std::string::npos);
    REQUIRE(order.find('x') != std::string::npos);
    CHECK(order.find('x') > order.rfind('d'));
  }
  SECTION("before the annual report scheduled for that day before the run began") {
    SmallRun run(small_area, people + "annual_report_day: 5\n");
    run.run();
    INFO(run.story());
    const auto report = run.first(LogKind::item_raised, "cswo");
    REQUIRE(report);
    REQUIRE(report->time == 5.0);
    const std::string order = order_on_day_5(run);
    REQUIRE(order.find('d') != std::string::npos);
    CHECK(order.find('x') > order.rfind('d'));
  }
}
