#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Advice and decisions (sim/behaviour/decisions.cpp): waiting for advice,
// forcing an option, levers (responses) pulled by whoever has the authority,
// directions, and the capacity in which a dual-role officer weighs a matter.

using govsim::LogKind;
using govsim::LogRecord;
using govsim::test::adding;
using govsim::test::small_area;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

/// A person deciding (the chief executive, half a day to respond) on a decision
/// point on day 2, with advice asked of the CSWO over a recorded `advises` link.
std::string deciding_chief_executive(const std::string& cswo_response_days) {
  return adding(with(with(small_area, "{id: chief_executive, role: chief_executive}",
                          "{id: chief_executive, role: chief_executive, response_days: 0.5}"),
                     "{id: cswo, role: cswo, response_days: 0.5}",
                     "{id: cswo, role: cswo, response_days: " + cswo_response_days + "}"),
                "  - {from: cswo, type: advises, to: ijb, latency: 1}\n",
                "  - {from: cswo, type: advises, to: chief_executive, latency: 1}\n");
}

const std::string rota_decision = R"(
days: 40
decision_points:
  - {id: rota, day: 2, decided_by: chief_executive, advice_from: cswo, subject: rota,
     options: {keep: {performance: 0}, change: {performance: 0.5}}}
)";

/// People at risk under a condition a lever can change, harmed too rarely for a
/// harm to come within the run: the lever stays open, and the harm on the
/// desk is only what the scenario's injects put there.
const std::string people_at_risk = R"(
conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.00001, days_at_risk: 365}
)";

std::string scheme_giving(const std::string& decision, const std::string& taker) {
  return adding(small_area, "scheme_of_delegation:\n",
                "  - {decision: " + decision + ", taken_by: " + taker + "}\n");
}

/// A harm notice reaches the CSWO on day 2 (it handles it at 2.5); a practice
/// direction halves the risk three days after it is taken. The run ends before
/// the IJB's first meeting with business, so the harm notice is all that can
/// move the CSWO.
std::string lever_scenario(const std::string& response = "multiply: {risk: 0.5}, takes_days: 3",
                           const std::string& parameters = "{}") {
  return "days: 8\nparameters: " + parameters + "\n" + people_at_risk + R"(injects:
  - {day: 2, what: harm_notice, from: manager, to: cswo, subject: people-at-risk, severity: 4}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, )" +
         response + "}\n";
}

double term(const SmallRun& run, const std::string& actor, const std::string& option,
            const std::string& word) {
  for (const LogRecord& r : run.records(LogKind::option_weighed, actor))
    if (run.text(r.note) == option && run.text(r.channel) == word) return r.value;
  FAIL("no '" << word << "' term for " << option << " by " << actor);
  return 0.0;
}

bool same(const LogRecord& a, const LogRecord& b, std::uint8_t ignoring_flags = 0) {
  return a.time == b.time && a.value == b.value && a.item == b.item && a.actor == b.actor &&
         a.other == b.other && a.subject == b.subject && a.what == b.what && a.channel == b.channel &&
         a.note == b.note && a.kind == b.kind && a.severity == b.severity &&
         (a.flags & ~ignoring_flags) == (b.flags & ~ignoring_flags);
}

}  // namespace

TEST_CASE("a decider waits for the advice it asked for and decides without it after advice_wait_days",
          "[behaviour][decision][advice]") {
  SECTION("advice that comes in four days is waited for and on the record") {
    SmallRun run(deciding_chief_executive("3"), rota_decision);
    run.run();
    INFO(run.story());
    const auto advice = run.first(LogKind::advice_given, "cswo", "rota");
    const auto decision = run.first(LogKind::decision_taken, "chief_executive", "rota");
    REQUIRE(advice);
    REQUIRE(decision);
    CHECK(advice->time == Approx(5.0));
    CHECK(decision->time > advice->time + 1.0);  // the advice travels a day over the advises link
    CHECK(decision->time < 2.0 + 7.0);
    CHECK(decision->value == 1.0);  // advice was on record
  }
  SECTION("advice that would come too late is not waited for past the week") {
    SmallRun run(deciding_chief_executive("20"), rota_decision);
    run.run();
    INFO(run.story());
    const auto decision = run.first(LogKind::decision_taken, "chief_executive", "rota");
    REQUIRE(decision);
    CHECK(decision->time >= 2.0 + 7.0);
    CHECK(decision->time < 2.0 + 7.0 + 1.0);
    CHECK(decision->value == 0.0);
    CHECK(run.first(LogKind::advice_given, "cswo", "rota")->time > decision->time);
  }
  SECTION("a shorter advice_wait_days gives up sooner") {
    SmallRun run(deciding_chief_executive("20"), rota_decision + "parameters: {advice_wait_days: 3}\n");
    run.run();
    INFO(run.story());
    const auto decision = run.first(LogKind::decision_taken, "chief_executive", "rota");
    REQUIRE(decision);
    CHECK(decision->time >= 2.0 + 3.0);
    CHECK(decision->time < 2.0 + 3.0 + 1.0);
  }
  SECTION("a board waits too: the request goes to its next meeting while the advice is awaited") {
    // The IJB meets on days 0, 10 and 20; the CSWO's advice, asked on day 2, reaches it on day 12.
    SmallRun run(with(small_area, "{id: cswo, role: cswo, response_days: 0.5}",
                      "{id: cswo, role: cswo, response_days: 9}"),
                 std::string(govsim::test::small_decision) + "parameters: {advice_wait_days: 12}\n");
    run.run();
    INFO(run.story());
    const auto decision = run.first(LogKind::decision_taken, "ijb", "procedure");
    REQUIRE(decision);
    CHECK(decision->time == 20.0);  // not at the meeting on day 10, two days before the advice came
    CHECK(decision->value == 1.0);
  }
  SECTION("near miss: a decision that asks no advice is taken when the request is handled") {
    SmallRun run(deciding_chief_executive("20"), with(rota_decision, "advice_from: cswo, ", ""));
    run.run();
    INFO(run.story());
    const auto decision = run.first(LogKind::decision_taken, "chief_executive", "rota");
    REQUIRE(decision);
    CHECK(decision->time == Approx(2.5));
    CHECK_FALSE(run.first(LogKind::advice_given));
  }
}

TEST_CASE("forcing the option the decider would choose anyway changes nothing but the forced flag",
          "[behaviour][decision][determinism]") {
  SmallRun run(small_area, govsim::test::small_decision);
  const std::vector<LogRecord> weighed = run.run(3).records();
  const auto chosen = run.first(LogKind::decision_taken, "ijb", "procedure");
  REQUIRE(chosen);
  REQUIRE(run.text(chosen->note) == "adopt_safely");  // option 1
  CHECK((chosen->flags & govsim::log_flag::forced) == 0);

  SECTION("forced to the same option: identical record for record but for the flag") {
    govsim::RunOptions options;
    options.seed = 3;
    options.forced = {{0, 1}};
    const std::vector<LogRecord> forced = run.run_with(options).records();
    REQUIRE(forced.size() == weighed.size());
    for (std::size_t i = 0; i < forced.size(); ++i) {
      INFO("record " << i << ": " << to_string(forced[i].kind));
      CHECK(same(forced[i], weighed[i], govsim::log_flag::forced));
      const bool flagged = (forced[i].flags & govsim::log_flag::forced) != 0;
      CHECK(flagged == (forced[i].kind == LogKind::decision_taken));
    }
  }
  SECTION("forced to another option: every record before the decision is identical") {
    govsim::RunOptions options;
    options.seed = 3;
    options.forced = {{0, 0}};
    const std::vector<LogRecord> forced = run.run_with(options).records();
    std::size_t i = 0;
    for (; i < forced.size() && forced[i].kind != LogKind::decision_taken; ++i) {
      INFO("record " << i << ": " << to_string(forced[i].kind));
      REQUIRE(i < weighed.size());
      CHECK(same(forced[i], weighed[i]));
    }
    REQUIRE(i < forced.size());
    CHECK(weighed[i].kind == LogKind::decision_taken);
    CHECK(run.text(forced[i].note) == "adopt");
    CHECK((forced[i].flags & govsim::log_flag::forced) != 0);
    CHECK(run.first(LogKind::advice_overruled, "ijb"));  // and what follows differs
  }
}

TEST_CASE("an agent with the authority for a lever pulls it on a harm notice when it beats doing nothing",
          "[behaviour][decision][levers]") {
  SECTION("the CSWO holds the practice direction: taken on the harm notice and in force three days later") {
    SmallRun run(scheme_giving("practice_direction", "cswo"), lever_scenario());
    run.run();
    INFO(run.story());
    const auto taken = run.records(LogKind::response_taken);
    REQUIRE(taken.size() == 1);
    CHECK(run.text(taken[0].actor) == "cswo");
    CHECK(run.text(taken[0].subject) == "people-at-risk");
    CHECK(run.text(taken[0].note) == "direction");
    CHECK(taken[0].time == Approx(2.5));                    // when it handled the harm notice
    CHECK(term(run, "cswo", "direction", "score") > 0.05);  // beats doing nothing by the action hurdle
    const auto changed = run.records(LogKind::condition_changed, "", "risk");
    REQUIRE(changed.size() == 1);
    CHECK(run.text(changed[0].actor) == "cswo");
    CHECK(changed[0].time == Approx(2.5 + 3.0));
    CHECK(changed[0].value == Approx(0.25));
  }
  SECTION("near miss: a higher action hurdle and the CSWO leaves it and logs why") {
    SmallRun run(scheme_giving("practice_direction", "cswo"),
                 lever_scenario(R"(multiply: {risk: 0.5})", "{action_hurdle: 2}"));
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::response_taken).empty());
    CHECK(run.records(LogKind::condition_changed).empty());
    const double score = term(run, "cswo", "direction", "score");
    CHECK(score > 0.05);
    CHECK(score < 2.0);
  }
  SECTION("near miss: the harm notice below the CSWO's threshold is dealt with and no lever is weighed") {
    SmallRun run(
        with(scheme_giving("practice_direction", "cswo"), "{id: cswo, role: cswo, response_days: 0.5}",
             "{id: cswo, role: cswo, response_days: 0.5, threshold: 5}"),
        lever_scenario());
    run.run();
    INFO(run.story());
    CHECK(run.records(LogKind::response_taken).empty());
    CHECK(run.records(LogKind::option_weighed).empty());
  }
  SECTION("a response that would not lower the risk is never taken nor weighed") {
    for (const std::string response : {"multiply: {risk: 1}", "add: {risk: 0.1}"}) {
      SmallRun run(scheme_giving("practice_direction", "cswo"), lever_scenario(response));
      run.run();
      INFO(response << "\n" << run.story());
      CHECK(run.records(LogKind::response_taken).empty());
      CHECK(run.records(LogKind::option_weighed).empty());
    }
  }
  SECTION("an agent without the authority never takes it: the chief executive does when it hears") {
    SmallRun run(scheme_giving("practice_direction", "chief_executive"), lever_scenario());
    run.run();
    INFO(run.story());
    const auto taken = run.records(LogKind::response_taken);
    REQUIRE(taken.size() == 1);
    CHECK(run.text(taken[0].actor) == "chief_executive");
    CHECK(taken[0].time > 2.5);  // after the CSWO escalated the notice to it
    CHECK(run.records(LogKind::option_weighed, "cswo").empty());
  }
  SECTION("the IJB's response goes out as directions and takes effect where a direction is carried out") {
    // The change comes takes_days after the first direction is carried out, not after the decision.
    SmallRun run(scheme_giving("practice_direction", "ijb"), "days: 20\n" + people_at_risk + R"(injects:
  - {day: 2, what: harm_notice, to: ijb, subject: people-at-risk, severity: 4}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, multiply: {risk: 0.5}, takes_days: 3}
)");
    run.run();
    INFO(run.story());
    const auto taken = run.first(LogKind::response_taken, "ijb");
    REQUIRE(taken);
    CHECK(taken->time == 10.0);  // at its meeting
    const auto implemented = run.first(LogKind::direction_implemented, "full_council", "people-at-risk");
    REQUIRE(implemented);
    CHECK(implemented->time == Approx(11.0));  // a day on the directs link
    const auto changed = run.records(LogKind::condition_changed, "", "risk");
    REQUIRE(changed.size() == 1);
    CHECK(run.text(changed[0].actor) == "full_council");
    CHECK(changed[0].time == Approx(implemented->time + 3.0));
    CHECK(changed[0].value == Approx(0.25));
  }
}

TEST_CASE("earlier awareness means earlier mitigation: a slower route to the lever-holder delays the lever",
          "[behaviour][decision][levers]") {
  // Real harm this time: referrals climb team -> manager -> CSWO, who holds the
  // lever; no family complains and the regulator does not step in, so that is
  // the only way the CSWO hears.
  const std::string scenario = R"(
days: 40
parameters: {complaint_per_harm: 0, harms_to_regulator_interest: 1000}
conditions: {risk: 0.5}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.2, days_at_risk: 14}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, multiply: {risk: 0.5}, takes_days: 3}
)";
  auto taken_at = [&](const std::string& latency) {
    SmallRun run(with(scheme_giving("practice_direction", "cswo"),
                      "{from: cswo, type: line_manages, to: manager, latency: 1}",
                      "{from: cswo, type: line_manages, to: manager, latency: " + latency + "}"),
                 scenario);
    run.run();
    INFO(run.story());
    const auto taken = run.first(LogKind::response_taken, "cswo");
    REQUIRE(taken);
    const auto first_harm = run.first(LogKind::harm);
    REQUIRE(first_harm);
    // Referral handled in half a day, a day to the manager, half a day, the link, half a day.
    CHECK(taken->time == Approx(first_harm->time + 2.5 + std::stod(latency)));
    return taken->time;
  };
  const double fast = taken_at("1");
  const double slow = taken_at("8");
  CHECK(slow == Approx(fast + 7.0));
}

TEST_CASE("a dual-role statutory officer weighs a matter up its line in its operational capacity",
          "[behaviour][decision][independence]") {
  // The CSWO is also head of service (independence pinned at 1, so it holds
  // nothing); no member or forum questions it, so only the route of the harm
  // notices decides how it weighs the practice direction: a cheaper, slower
  // professional view of performance against the operational one.
  const std::string dual = with(
      with(with(scheme_giving("practice_direction", "cswo"), "{id: cswo, role: cswo, response_days: 0.5}",
                "{id: cswo, roles: [cswo, head_of_service], response_days: 0.5, independence: 1}"),
           "  - {from: cswo, type: has_access_to, to: lead_member, latency: 1}\n", ""),
      "  - {from: \"@elected_members\", type: has_access_to, to: cswo, latency: 1}\n", "");
  const std::string by_protocol =
      adding(dual, "  - {from: manager, type: line_manages, to: team, latency: 1}\n",
             "  - {from: manager, type: escalates_to, to: cswo, latency: 1}\n");
  const std::string scenario = "days: 9\n" + people_at_risk + R"(injects:
  - {day: 1, what: harm_notice, from: team, to: manager, subject: people-at-risk, severity: 4}
  - {day: 2, what: harm_notice, from: team, to: manager, subject: people-at-risk, severity: 4}
  - {day: 3, what: harm_notice, from: team, to: manager, subject: people-at-risk, severity: 4}
  - {day: 4, what: harm_notice, from: team, to: manager, subject: people-at-risk, severity: 4}
responses:
  - {id: direction, decision: practice_direction, addresses: people-at-risk, multiply: {risk: 0.5},
     performance: -0.16}
)";
  SmallRun line(dual, scenario);
  line.run();
  SmallRun protocol(by_protocol, scenario);
  protocol.run();
  INFO("up the line:\n" << line.story() << "\nby protocol:\n" << protocol.story());
  SECTION("over escalates_to: weighed professionally and taken on the first harm") {
    const auto taken = protocol.first(LogKind::response_taken, "cswo");
    REQUIRE(taken);
    CHECK(taken->time == Approx(3.0));  // day 1 + half a day + a day's link + half a day
    CHECK(term(protocol, "cswo", "direction", "performance") == Approx(0.3 * -0.16));
  }
  SECTION("up the line of management: weighed operationally and taken only once four harms are known") {
    CHECK(term(line, "cswo", "direction", "performance") ==
          Approx(0.6 * -0.16));  // the first weighing, declined
    const auto taken = line.first(LogKind::response_taken, "cswo");
    REQUIRE(taken);
    CHECK(taken->time == Approx(6.0));  // the fourth harm notice, handled on day 4
    CHECK(taken->time > protocol.first(LogKind::response_taken, "cswo")->time);
  }
}
