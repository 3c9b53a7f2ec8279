#include <catch2/catch.hpp>

#include "benchmarks/phold.hpp"

TEST_CASE("PHOLD handles about processes × start events × end / mean events", "[bench][phold]") {
  govsim::PholdParameters p;
  p.processes = 64;
  p.end = 2000.0;
  p.start_events = GENERATE(1u, 2u);
  p.remote = GENERATE(0.0, 0.5, 1.0);
  const auto result = govsim::run_phold(p);
  CHECK(static_cast<double>(result.events) == Approx(govsim::phold_expected_events(p)).epsilon(0.01));
}

TEST_CASE("PHOLD with lookahead still matches the expected count", "[bench][phold]") {
  govsim::PholdParameters p;
  p.processes = 32;
  p.end = 3000.0;
  p.mean = 2.0;
  p.lookahead = 0.5;
  const auto result = govsim::run_phold(p);
  CHECK(static_cast<double>(result.events) == Approx(govsim::phold_expected_events(p)).epsilon(0.01));
}

TEST_CASE("PHOLD is deterministic for a seed", "[bench][phold]") {
  govsim::PholdParameters p;
  p.processes = 16;
  p.end = 500.0;
  const auto first = govsim::run_phold(p);
  CHECK(govsim::run_phold(p).events == first.events);
  p.seed = 2;
  CHECK(govsim::run_phold(p).events != first.events);
}
