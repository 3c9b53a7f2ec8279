#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "engine/random_stream.hpp"
#include "experiment/statistics.hpp"

namespace {

// A standard normal draw from govsim's own stream, so the test is the same on every platform.
double normal(govsim::RandomStream& random) { return random.normal(); }

}  // namespace

TEST_CASE("a 95% interval covers a known mean about 95 times in 100", "[statistics]") {
  // 2,000 samples of 20 from a normal with mean 3: the share of intervals that
  // contain 3 is binomial around 0.95 (sd 0.005); a seeded test, so it is pinned.
  const auto [confidence, low, high] = GENERATE(table<double, double, double>({
      {0.95, 0.935, 0.965},
      {0.80, 0.775, 0.825},
  }));
  govsim::RandomStream random = govsim::RandomStreams(7, 0).stream("coverage");
  int covered = 0;
  constexpr int samples = 2000;
  for (int s = 0; s < samples; ++s) {
    std::vector<double> x;
    for (int i = 0; i < 20; ++i) x.push_back(3.0 + 2.0 * normal(random));
    const govsim::Summary summary = govsim::summarise(x, confidence);
    covered += summary.low <= 3.0 && 3.0 <= summary.high;
  }
  const double rate = static_cast<double>(covered) / samples;
  INFO("coverage " << rate << " at " << confidence);
  CHECK(rate >= low);
  CHECK(rate <= high);
}

TEST_CASE("a paired difference is the mean of the differences, with their interval", "[statistics]") {
  const std::vector<double> a{1, 2, 3, 4}, b{2, 4, 4, 6};
  const govsim::Summary d = govsim::paired_difference(a, b);
  CHECK(d.mean == Approx(1.5));
  CHECK(d.n == 4);
  // Differences 1, 2, 1, 2: sd 0.577; t(3, 0.975) = 3.182.
  CHECK(d.high - d.mean == Approx(3.182446 * 0.5773503 / 2.0).epsilon(1e-5));
}

TEST_CASE("quantiles interpolate between order statistics as R and numpy do", "[statistics]") {
  const std::vector<double> x{4, 1, 3, 2};
  CHECK(govsim::quantile(x, 0.0) == 1.0);
  CHECK(govsim::quantile(x, 1.0) == 4.0);
  CHECK(govsim::quantile(x, 0.5) == Approx(2.5));
  CHECK(govsim::quantile(x, 0.25) == Approx(1.75));
  CHECK(govsim::quantile(std::vector<double>{}, 0.5) == 0.0);
}

TEST_CASE("one replication gives no interval, and says so", "[statistics]") {
  const govsim::Summary s = govsim::summarise(std::vector<double>{5.0});
  CHECK(s.low == 5.0);
  CHECK(s.high == 5.0);
  CHECK(s.n == 1);
}
