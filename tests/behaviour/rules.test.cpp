#include <catch2/catch.hpp>

#include "behaviour/rules.hpp"

using namespace govsim;

TEST_CASE("an agent escalates at or above its threshold and deals with the rest itself",
          "[behaviour][rules]") {
  Agent manager;
  manager.escalation_threshold = 3;
  CHECK_FALSE(should_escalate(manager, 2));
  CHECK(should_escalate(manager, 3));
  CHECK(should_escalate(manager, 5));
}

TEST_CASE("the less independent the statutory officer, the likelier advice is softened, unrecorded or held",
          "[behaviour][rules]") {
  const BehaviourParameters b;
  auto rate = [&](double independence, bool (*rule)(double, const BehaviourParameters&, RandomStream&)) {
    auto random = RandomStreams(4, 0).stream("officer");
    int hits = 0;
    for (int i = 0; i < 20000; ++i) hits += rule(independence, b, random) ? 1 : 0;
    return hits / 20000.0;
  };
  CHECK(rate(1.0, advice_is_softened) == 0.0);
  CHECK(rate(0.6, advice_is_softened) == Approx(0.8 * 0.4).margin(0.015));
  CHECK(rate(0.2, advice_is_softened) > rate(0.6, advice_is_softened));
  CHECK(rate(1.0, advice_is_left_unrecorded) == 0.0);
  CHECK(rate(0.6, advice_is_left_unrecorded) == Approx(0.5 * 0.4).margin(0.015));
  CHECK(rate(1.0, concern_is_held) == 0.0);
  CHECK(rate(0.4, concern_is_held) == Approx(0.5 * 0.6).margin(0.015));
}

TEST_CASE("a body's next meeting follows its cycle", "[behaviour][rules]") {
  const MeetingCycle six_weekly{42.0, 7.0, false};
  const auto [now, expected] =
      GENERATE(table<double, double>({{0.0, 7.0}, {7.0, 7.0}, {7.5, 49.0}, {49.0, 49.0}, {100.0, 133.0}}));
  CHECK(next_meeting_day(six_weekly, now) == expected);
}

TEST_CASE("personal information never reaches an elected member as sent", "[behaviour][rules]") {
  ConfidentialityRules proper;  // the defaults: never to members, aggregates to scrutiny
  CHECK(delivery_of_personal_information(false, false, proper) == Delivery::as_sent);
  CHECK(delivery_of_personal_information(true, false, proper) == Delivery::as_aggregate);
  CHECK(delivery_of_personal_information(true, true, proper) == Delivery::as_aggregate);

  ConfidentialityRules no_aggregates;
  no_aggregates.aggregates_to_scrutiny = false;
  CHECK(delivery_of_personal_information(true, true, no_aggregates) == Delivery::nothing);
  CHECK(delivery_of_personal_information(true, false, no_aggregates) == Delivery::as_aggregate);

  ConfidentialityRules unlawful;
  unlawful.personal_information_to_elected_members = true;
  CHECK(delivery_of_personal_information(true, false, unlawful) == Delivery::breach);
}

TEST_CASE("a forum questions reports at the configured rate", "[behaviour][rules]") {
  BehaviourParameters b;
  b.forum_question_probability = 0.25;
  auto random = RandomStreams(9, 0).stream("forum");
  int questioned = 0;
  for (int i = 0; i < 20000; ++i) questioned += forum_questions(b, random) ? 1 : 0;
  CHECK(questioned / 20000.0 == Approx(0.25).margin(0.015));
}

TEST_CASE("daily arrivals are Poisson with the given mean", "[behaviour][rules]") {
  auto random = RandomStreams(2, 0).stream("arrivals");
  const double mean = GENERATE(0.5, 6.0, 80.0);
  double sum = 0, sum_sq = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    const double x = poisson(mean, random);
    sum += x, sum_sq += x * x;
  }
  CHECK(sum / n == Approx(mean).epsilon(0.03));
  CHECK(sum_sq / n - (sum / n) * (sum / n) == Approx(mean).epsilon(0.08));  // variance equals the mean
  CHECK(poisson(0.0, random) == 0);
}
