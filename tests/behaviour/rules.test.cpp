#include <catch2/catch.hpp>

#include <cmath>

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
  const Parameters b;
  auto rate = [&](double independence, bool (*rule)(double, const Parameters&, RandomStream&)) {
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
  auto random = RandomStreams(9, 0).stream("forum");
  int questioned = 0;
  for (int i = 0; i < 20000; ++i) questioned += forum_questions(0.25, random) ? 1 : 0;
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

TEST_CASE("a matter already escalated goes up again only when it has grown or worsened or waited",
          "[behaviour][rules]") {
  const Parameters p;  // re_escalation_days 14, re_escalation_growth 2
  // Escalated on day 10 at severity 4 knowing of 3 harms.
  CHECK_FALSE(escalate_again(10, 4, 3, 12, 4, 3, p));  // nothing new
  CHECK_FALSE(escalate_again(10, 4, 3, 12, 4, 5, p));  // grown, but not doubled
  CHECK(escalate_again(10, 4, 3, 12, 4, 6, p));        // doubled
  CHECK(escalate_again(10, 4, 3, 12, 5, 3, p));        // more severe
  CHECK(escalate_again(10, 4, 3, 24, 4, 3, p));        // a fortnight on: the new item goes up
  CHECK_FALSE(escalate_again(10, 4, 3, 23, 4, 3, p));  // not quite a fortnight
}

TEST_CASE("opposition councillors call in scrutiny on a less salient matter", "[behaviour][rules][politics]") {
  const Parameters p;  // threshold 8, opposition at half
  CHECK_FALSE(calls_in_scrutiny(5.0, false, p));
  CHECK(calls_in_scrutiny(5.0, true, p));
  CHECK(calls_in_scrutiny(8.0, false, p));
  CHECK_FALSE(calls_in_scrutiny(3.9, true, p));
  CHECK(salience_added(2.0, 3) == Approx(2.0));
  CHECK(salience_added(2.0, 6) == Approx(4.0));
}

TEST_CASE("budget pressure is spending needed over what is available", "[behaviour][rules][money]") {
  CHECK(budget_pressure(100, 0.0, 0.0, 0.0) == Approx(0.0));
  CHECK(budget_pressure(100, 0.16, 0.0, 0.0) == Approx(0.16));  // the Audit Scotland funding gap, low end
  CHECK(budget_pressure(100, 0.16, 4.0, 0.0) == Approx(0.20));  // committing GBP 4m a year more
  CHECK(budget_pressure(100, 0.0, 0.0, 0.2) == Approx(0.25));   // a fifth cut: 100 needed from 80
  CHECK(budget_pressure(0, 0.16, 4.0, 0.0) == 0.0);             // no budget, no pressure
}

TEST_CASE("staffing follows the budget: a deeper cut leaves fewer staff", "[behaviour][rules][money]") {
  const Parameters p;  // staffing_per_pressure 1, minimum 0.3
  CHECK(staffing_for(0.16, 0.16, p) == Approx(1.0));  // as at the start
  CHECK(staffing_for(0.26, 0.16, p) == Approx(0.9));
  CHECK(staffing_for(0.56, 0.16, p) < staffing_for(0.26, 0.16, p));
  CHECK(staffing_for(5.0, 0.16, p) == Approx(0.3));  // never below the minimum
  CHECK(staffing_for(0.0, 0.16, p) == Approx(1.0));  // never above full
}

TEST_CASE("a person's day of harm follows from the threshold drawn on arrival", "[behaviour][rules][harm]") {
  // The chance of harm within n days must be 1 − (1 − p)^n, as a daily coin would give.
  auto random = RandomStreams(3, 0).stream("people");
  const double p = 0.04;
  int within_14 = 0;
  const int n = 40000;
  for (int i = 0; i < n; ++i) within_14 += harm_day(random.exponential(1.0), p) <= 14 ? 1 : 0;
  CHECK(within_14 / static_cast<double>(n) == Approx(1 - std::pow(1 - p, 14)).margin(0.01));
  CHECK(harm_day(0.0, p) == 1.0);  // never before the first day
  CHECK(std::isinf(harm_day(1.0, 0.0)));
  CHECK(harm_day(5.0, 1.0) == 1.0);
}
