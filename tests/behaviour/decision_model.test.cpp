#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "behaviour/decision_model.hpp"
#include "support/small_run.hpp"
#include "support/text_edit.hpp"

// Decisions weighed on the desk (sim/behaviour/decision_model.cpp): the score of
// an option, the weight on risk that known harm brings, and the choice; then the
// same rules seen in a run's log.

using namespace govsim;
using govsim::test::small_area;
using govsim::test::small_decision;
using govsim::test::SmallRun;
using govsim::test::with;

namespace {

Desk desk_of(DecisionWeights weights, double evidence, double pressure = 0.0) {
  Desk desk;
  desk.weights = weights;
  desk.evidence = evidence;
  desk.pressure = pressure;
  return desk;
}

/// Each option's terms as the log shows them: option -> term -> points.
std::map<std::string, std::map<std::string, double>> weighing(const SmallRun& run,
                                                              const std::string& decider) {
  std::map<std::string, std::map<std::string, double>> terms;
  for (const LogRecord& r : run.records(LogKind::option_weighed, decider))
    terms[run.text(r.note)][run.text(r.channel)] = r.value;
  return terms;
}

double sum_of_terms(const std::map<std::string, double>& terms) {
  double sum = 0.0;
  for (const auto& [word, value] : terms)
    if (word != "score") sum += value;
  return sum;
}

}  // namespace

TEST_CASE("an option scores its performance less its risk and cost plus advice and accountability",
          "[behaviour][decision][model]") {
  const Parameters p;  // advice_weight 0.5, cost_pressure_factor 1
  const Desk desk = desk_of({1.0, 0.5, 0.4, 0.6}, 0.8);
  SECTION("each term") {
    const Score s = score({0.5, 2.0, 0.75, false, 0.3}, desk, p);
    CHECK(s.performance == Approx(0.4 * 0.75));
    CHECK(s.risk == Approx(-1.0 * 0.8 * 0.5));
    CHECK(s.cost == Approx(-0.5 * 2.0));
    CHECK(s.advice == 0.0);
    CHECK(s.accountability == Approx(0.3));
    CHECK(s.total() == Approx(0.3 - 0.4 - 1.0 + 0.3));
  }
  SECTION("recorded advice adds advice_weight to the option it recommends") {
    const Score advised = score({0.5, 2.0, 0.75, true, 0.0}, desk, p);
    const Score not_advised = score({0.5, 2.0, 0.75, false, 0.0}, desk, p);
    CHECK(advised.advice == Approx(0.5));
    CHECK(advised.total() - not_advised.total() == Approx(0.5));
  }
  SECTION("budget pressure makes cost weigh more and a surplus never makes it weigh less") {
    CHECK(score({0, 2.0, 0, false, 0}, desk_of({1, 0.5, 0.4, 0.6}, 0.8, 0.25), p).cost ==
          Approx(-1.0 * 1.25));
    CHECK(score({0, 2.0, 0, false, 0}, desk_of({1, 0.5, 0.4, 0.6}, 0.8, -0.5), p).cost == Approx(-1.0));
  }
  SECTION("near miss: with no evidence risk weighs nothing") {
    CHECK(score({1.0, 0, 0, false, 0}, desk_of({1, 0.5, 0.4, 0.6}, 0.0), p).risk == 0.0);
  }
}

TEST_CASE("known harm raises the weight a decider gives risk from its base towards one",
          "[behaviour][decision][model]") {
  const Parameters p;  // evidence_harm_scale 5
  CHECK(evidence(0.2, 0.0, p) == Approx(0.2));
  CHECK(evidence(0.2, 5.0, p) == Approx(0.2 + 0.8 * (1.0 - std::exp(-1.0))));
  CHECK(evidence(0.2, 1.0, p) < evidence(0.2, 2.0, p));
  CHECK(evidence(0.2, 1000.0, p) == Approx(1.0));
  CHECK(evidence(0.2, -3.0, p) == Approx(0.2));  // nothing known is nothing
  CHECK(evidence(1.0, 0.0, p) == 1.0);
}

TEST_CASE("complaints and findings count as harm at their equivalents", "[behaviour][decision][model]") {
  const Parameters p;  // a complaint 0.5, a finding 3
  CHECK(harm_equivalents(0, 0, 0, p) == 0.0);
  CHECK(harm_equivalents(2, 0, 0, p) == Approx(2.0));
  CHECK(harm_equivalents(0, 4, 0, p) == Approx(2.0));
  CHECK(harm_equivalents(0, 0, 1, p) == Approx(3.0));
  CHECK(harm_equivalents(1, 2, 1, p) == Approx(1.0 + 1.0 + 3.0));
}

TEST_CASE("the highest score wins and a tie goes to the earlier option", "[behaviour][decision][model]") {
  CHECK(best_option(std::vector<double>{0.1, 0.7, 0.3}) == 1);
  CHECK(best_option(std::vector<double>{-0.2, -0.9}) == 0);
  CHECK(best_option(std::vector<double>{0.4, 0.4, 0.1}) == 0);
  CHECK(best_option(std::vector<double>{0.1, 0.4, 0.4}) == 1);
  CHECK(best_option(std::vector<double>{2.0}) == 0);
}

TEST_CASE("a decider logs the weighing of every option and takes the highest-scoring one",
          "[behaviour][decision][model]") {
  SECTION("each option's terms add up to its score and the decision names the best") {
    SmallRun run(small_area, small_decision);
    run.run();
    const auto terms = weighing(run, "ijb");
    INFO(run.story());
    REQUIRE(terms.size() == 2);
    for (const auto& [option, its] : terms) {
      INFO(option);
      REQUIRE(its.count("score"));
      CHECK(its.at("score") == Approx(sum_of_terms(its)));
      CHECK(its.count("performance"));
      CHECK(its.count("risk"));
    }
    CHECK(terms.at("adopt_safely").count("cost"));
    CHECK_FALSE(terms.at("adopt").count("cost"));  // a zero term is left out
    const auto decision = run.first(LogKind::decision_taken, "ijb", "procedure");
    REQUIRE(decision);
    const std::string best =
        terms.at("adopt").at("score") > terms.at("adopt_safely").at("score") ? "adopt" : "adopt_safely";
    CHECK(run.text(decision->note) == best);
    // The weighing is logged just before the decision, at the same time.
    for (const LogRecord& r : run.records(LogKind::option_weighed, "ijb")) CHECK(r.time == decision->time);
  }
  SECTION("recorded advice adds advice_weight to the option it recommends and nothing to the other") {
    SmallRun run(small_area, small_decision);
    run.run();
    INFO(run.story());
    const auto advice = run.first(LogKind::advice_given, "cswo", "procedure");
    REQUIRE(advice);
    REQUIRE((advice->flags & log_flag::recorded) != 0);
    CHECK(advice->value == 1.0);  // it recommends adopt_safely
    const auto terms = weighing(run, "ijb");
    CHECK(terms.at("adopt_safely").at("advice") == Approx(0.5));
    CHECK_FALSE(terms.at("adopt").count("advice"));
    CHECK(run.text(run.first(LogKind::decision_taken, "ijb")->note) == "adopt_safely");
  }
  SECTION("near miss: advice off the record adds nothing and the decider adopts as proposed") {
    SmallRun run(with(small_area, "{from: cswo, type: advises, to: ijb, latency: 1}",
                      "{from: cswo, type: advises, to: ijb, latency: 1, recorded: false}"),
                 small_decision);
    run.run();
    INFO(run.story());
    const auto terms = weighing(run, "ijb");
    CHECK_FALSE(terms.at("adopt_safely").count("advice"));
    CHECK_FALSE(terms.at("adopt").count("advice"));
    CHECK(run.text(run.first(LogKind::decision_taken, "ijb")->note) == "adopt");
  }
  SECTION("known harm raises the weight on risk") {
    SmallRun without(small_area, small_decision);
    without.run();
    // Two harms on the cohort's subject reach the IJB's agenda before the decision request.
    SmallRun with_harm(small_area, std::string(small_decision) + R"(injects:
  - {day: 1, what: harm_notice, to: ijb, subject: people-at-risk, severity: 4}
  - {day: 1, what: harm_notice, to: ijb, subject: people-at-risk, severity: 4}
)");
    with_harm.run();
    INFO(with_harm.story());
    const double base = weighing(without, "ijb").at("adopt").at("risk");
    const double informed = weighing(with_harm, "ijb").at("adopt").at("risk");
    CHECK(base < 0.0);
    CHECK(informed < base);
    // The IJB weighs as the mean of its six voting members (the CSWO is not one):
    // risk 2.9 / 6, evidence 1.3 / 6; the worst option's risk is 1.
    const Parameters p;
    CHECK(base == Approx(-(2.9 / 6.0) * (1.3 / 6.0)));
    CHECK(informed == Approx(-(2.9 / 6.0) * evidence(1.3 / 6.0, 2.0, p)));
  }
}
