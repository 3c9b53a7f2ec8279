#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <vector>

#include "engine/enforce.hpp"
#include "engine/random_stream.hpp"

using govsim::RandomStream;
using govsim::RandomStreams;

namespace {
std::vector<std::uint64_t> first_draws(RandomStream stream, int n = 4) {
  std::vector<std::uint64_t> draws;
  for (int i = 0; i < n; ++i) draws.push_back(stream.next_u64());
  return draws;
}
}  // namespace

TEST_CASE("the numbers below have to be repeatable", "[engine][random]") {
  // Pinned: if these change, every golden log and fingerprint changes with them.
  const RandomStreams streams(1, 0);
  CHECK(first_draws(streams.stream("cswo")) ==
        std::vector<std::uint64_t>{0xcda372d46af25fd2ULL, 0x5888eac7e1f96592ULL, 0xb48961240bad4446ULL,
                                   0x3f4ce9ee2a72d810ULL});
  CHECK(first_draws(RandomStreams(42, 7).stream(3)) ==
        std::vector<std::uint64_t>{0xe0adee207f467d79ULL, 0x3b6db3c164eac29fULL, 0xc443a00d6178f1b2ULL,
                                   0xc549a59f938159e2ULL});
  auto uniform = streams.stream("frontline_team");
  CHECK(uniform.uniform01() == Approx(0.603088436).epsilon(1e-9));
}

TEST_CASE("a named stream does not depend on which other streams exist or were used", "[engine][random]") {
  const RandomStreams streams(1, 0);
  const auto before = first_draws(streams.stream("lead_member"));
  // An arrangement with one more agent, whose stream is drawn from heavily.
  auto newcomer = streams.stream("scrutiny_committee");
  for (int i = 0; i < 1000; ++i) newcomer.next_u64();
  CHECK(first_draws(streams.stream("lead_member")) == before);
}

TEST_CASE("a child stream does not depend on what its parent has drawn", "[engine][random]") {
  auto parent = RandomStream::from_seed(9);
  const auto child_before = first_draws(parent.split(std::uint64_t{5}));
  for (int i = 0; i < 10; ++i) parent.next_u64();
  CHECK(first_draws(parent.split(std::uint64_t{5})) == child_before);
}

TEST_CASE("streams for different seeds, replications, names and indices differ", "[engine][random]") {
  std::set<std::vector<std::uint64_t>> seen;
  for (std::uint64_t seed : {1ULL, 2ULL})
    for (std::uint64_t replication : {0ULL, 1ULL, 2ULL}) {
      const RandomStreams streams(seed, replication);
      seen.insert(first_draws(streams.stream("cswo")));
      seen.insert(first_draws(streams.stream("ijb")));
      seen.insert(first_draws(streams.stream(std::uint64_t{0})));
      seen.insert(first_draws(streams.stream(std::uint64_t{1})));
    }
  CHECK(seen.size() == 2 * 3 * 4);
  // A name that spells a number is not the numbered stream.
  CHECK(first_draws(RandomStreams(1, 0).stream("7")) !=
        first_draws(RandomStreams(1, 0).stream(std::uint64_t{7})));
}

TEST_CASE("sibling streams are uncorrelated", "[engine][random]") {
  const RandomStreams streams(3, 0);
  auto a = streams.stream(std::uint64_t{0});
  auto b = streams.stream(std::uint64_t{1});
  const int n = 100000;
  double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
  for (int i = 0; i < n; ++i) {
    const double x = a.uniform01(), y = b.uniform01();
    sa += x, sb += y, sab += x * y, saa += x * x, sbb += y * y;
  }
  const double covariance = sab / n - (sa / n) * (sb / n);
  const double correlation =
      covariance / std::sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
  CHECK(std::abs(correlation) < 0.01);  // about 3 standard errors at n = 100000
}

TEST_CASE("distributions have the right range and mean", "[engine][random]") {
  auto random = RandomStreams(11, 0).stream("distributions");
  const int n = 200000;
  SECTION("uniform01 stays in [0, 1) with mean one half") {
    double sum = 0;
    for (int i = 0; i < n; ++i) {
      const double u = random.uniform01();
      REQUIRE(u >= 0.0);
      REQUIRE(u < 1.0);
      sum += u;
    }
    CHECK(sum / n == Approx(0.5).margin(0.003));
  }
  SECTION("exponential is non-negative with the requested mean") {
    double sum = 0;
    for (int i = 0; i < n; ++i) {
      const double x = random.exponential(2.5);
      REQUIRE(x >= 0.0);
      sum += x;
    }
    CHECK(sum / n == Approx(2.5).margin(0.03));
    CHECK(random.exponential(0.0) == 0.0);
  }
  SECTION("below(n) covers [0, n) evenly") {
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) ++counts[random.below(7)];
    for (int count : counts) CHECK(count == Approx(10000).margin(400));
    CHECK_THROWS_AS(random.below(0), govsim::ContractViolation);
  }
  SECTION("bernoulli hits its probability") {
    int hits = 0;
    for (int i = 0; i < n; ++i) hits += random.bernoulli(0.3) ? 1 : 0;
    CHECK(hits / double(n) == Approx(0.3).margin(0.004));
  }
}
