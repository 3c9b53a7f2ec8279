#include <catch2/catch.hpp>

#include "model/distribution.hpp"

using govsim::Distribution;

TEST_CASE("each distribution has the mean it was given", "[model][distribution]") {
  auto random = govsim::RandomStreams(5, 0).stream("distribution");
  const auto [distribution, mean] = GENERATE(table<Distribution, double>({
      {Distribution::constant(2.0), 2.0},
      {Distribution::uniform(1.0, 3.0), 2.0},
      {Distribution::exponential(2.0), 2.0},
      {Distribution::lognormal(2.0, 1.0), 2.0},
      {Distribution::triangular(1.0, 2.0, 3.0), 2.0},
  }));
  CHECK(distribution.mean() == Approx(mean));
  double sum = 0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    const double x = distribution.sample(random);
    REQUIRE(x >= distribution.minimum());
    sum += x;
  }
  CHECK(sum / n == Approx(mean).margin(0.03));
}

TEST_CASE("a distribution describes itself in words", "[model][distribution]") {
  CHECK(Distribution::exponential(2).describe() == "exponential(mean 2)");
  CHECK(Distribution::constant(1.5).describe() == "1.5");
}
