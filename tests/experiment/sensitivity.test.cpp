#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "experiment/sensitivity.hpp"

using namespace govsim;

namespace {

// The outcome of a known function at each point of a design.
template <typename F>
std::vector<std::vector<double>> evaluate(const MorrisDesign& design, F f) {
  std::vector<std::vector<double>> y;
  for (const auto& path : design.points) {
    y.emplace_back();
    for (const auto& x : path) y.back().push_back(f(x));
  }
  return y;
}

}  // namespace

TEST_CASE("each Morris path moves every parameter once, by the same step, on the grid", "[sensitivity]") {
  const MorrisDesign design = morris_design(6, 12, 4, 7);
  CHECK(design.delta == Approx(2.0 / 3.0));
  REQUIRE(design.points.size() == 12);
  for (std::size_t t = 0; t < 12; ++t) {
    const auto& path = design.points[t];
    REQUIRE(path.size() == 7);
    std::set<std::size_t> moved;
    for (std::size_t j = 0; j + 1 < path.size(); ++j) {
      std::size_t differing = 0;
      for (std::size_t i = 0; i < 6; ++i)
        if (path[j][i] != path[j + 1][i]) {
          ++differing;
          CHECK(std::fabs(path[j + 1][i] - path[j][i]) == Approx(design.delta));
          CHECK(i == design.changed[t][j]);
        }
      CHECK(differing == 1);
      moved.insert(design.changed[t][j]);
    }
    CHECK(moved.size() == 6);
    for (const auto& x : path)
      for (double v : x) {
        CHECK(v >= 0.0);
        CHECK(v <= 1.0);
        CHECK(std::fabs(v * 3 - std::round(v * 3)) < 1e-12);  // one of 0, 1/3, 2/3, 1
      }
  }
  CHECK(morris_design(6, 12, 4, 7).points == design.points);
  CHECK(morris_design(6, 12, 4, 8).points != design.points);
}

TEST_CASE("screening ranks a strong parameter first and finds one that does nothing", "[sensitivity]") {
  // y = 10·a + 1·b + 0·c + 4·a·d: a strong, b weak and straight, c idle,
  // d acting only with a (so its effects vary: a large σ against μ*).
  const MorrisDesign design = morris_design(4, 20, 4, 3);
  const auto y =
      evaluate(design, [](const std::vector<double>& x) { return 10 * x[0] + x[1] + 4 * x[0] * x[3]; });
  const auto effects = elementary_effects(design, y, 0.95, 1);
  REQUIRE(effects.size() == 4);
  CHECK(effects[0].mu_star > effects[3].mu_star);
  CHECK(effects[3].mu_star > effects[1].mu_star);
  CHECK(effects[1].mu_star == Approx(1.0));  // a straight line's effect is its slope
  CHECK(effects[1].sigma == Approx(0.0).margin(1e-9));
  CHECK(effects[2].mu_star == 0.0);
  CHECK(effects[3].sigma > 0.5);
  CHECK(effects[0].mu > 0);
  for (const auto& e : effects) {
    CHECK(e.mu_star_low <= e.mu_star + 1e-12);
    CHECK(e.mu_star_high >= e.mu_star - 1e-12);
  }
}

TEST_CASE("a parameter is screened from half to one and a half times its value, inside its allowed range",
          "[sensitivity]") {
  const auto hold = default_screening_range(Param::hold_limit_days, 14.0);
  CHECK(hold.low == 7.0);
  CHECK(hold.high == 21.0);
  const auto softening = default_screening_range(Param::softening_per_lost_independence, 0.8);
  CHECK(softening.low == Approx(0.4));
  CHECK(softening.high == 1.0);  // a probability stops at 1
  const auto gap = default_screening_range(Param::funding_gap, 0.0);
  CHECK(gap.low == 0.0);
  CHECK(gap.high == 0.5);
}
