#include "experiment/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

#include "engine/random_stream.hpp"
#include "experiment/statistics.hpp"

namespace govsim {
namespace {

// 0.2 × 1.5 is 0.30000000000000004 in binary: ends of a range are the
// values a person would write, to 12 significant figures.
double tidy(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.12g", value);
  return std::strtod(text, nullptr);
}

}  // namespace

ScreeningRange default_screening_range(Param parameter, double value_in_force) {
  const ParameterInfo& p = info(parameter);
  ScreeningRange range{parameter, 0.0, 0.0};
  if (value_in_force == 0.0) {
    const bool bounded_share = p.unit == "probability" || p.unit == "share";
    range.low = std::max(p.min, 0.0);
    range.high = std::min(p.max, range.low + (bounded_share ? 0.5 : 1.0));
  } else {
    const double a = value_in_force * 0.5, b = value_in_force * 1.5;
    range.low = std::clamp(tidy(std::min(a, b)), p.min, p.max);
    range.high = std::clamp(tidy(std::max(a, b)), p.min, p.max);
  }
  return range;
}

double scaled(const ScreeningRange& range, double unit) {
  return range.low + (range.high - range.low) * unit;
}

MorrisDesign morris_design(std::size_t factors, std::size_t trajectories, std::size_t levels,
                           std::uint64_t seed) {
  MorrisDesign design;
  design.factors = factors;
  design.levels = std::max<std::size_t>(levels, 2);
  design.trajectories = trajectories;
  const double step = 1.0 / static_cast<double>(design.levels - 1);
  // Δ of p/(2(p−1)) grid steps: with an even number of levels every level is
  // reached equally often (Morris 1991, section 3).
  const std::size_t delta_steps = design.levels / 2;
  design.delta = static_cast<double>(delta_steps) * step;
  RandomStream random = RandomStream::from_seed(seed);
  for (std::size_t t = 0; t < trajectories; ++t) {
    // A base point on the grid from which +Δ stays inside the cube; each factor
    // starts low and steps up, or starts high and steps down.
    std::vector<double> low(factors), start(factors);
    std::vector<bool> up(factors);
    for (std::size_t i = 0; i < factors; ++i) {
      low[i] = static_cast<double>(random.below(design.levels - delta_steps)) * step;
      up[i] = random.bernoulli(0.5);
      start[i] = up[i] ? low[i] : low[i] + design.delta;
    }
    std::vector<std::size_t> order(factors);
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = factors; i > 1; --i) std::swap(order[i - 1], order[random.below(i)]);
    std::vector<std::vector<double>> path{start};
    for (std::size_t i : order) {
      std::vector<double> next = path.back();
      next[i] = up[i] ? low[i] + design.delta : low[i];
      path.push_back(std::move(next));
    }
    design.points.push_back(std::move(path));
    design.changed.push_back(std::move(order));
  }
  return design;
}

std::vector<ElementaryEffects> elementary_effects(const MorrisDesign& design,
                                                  const std::vector<std::vector<double>>& outcome,
                                                  double confidence, std::uint64_t seed) {
  const std::size_t k = design.factors, r = design.trajectories;
  // effects[i][t]: factor i's effect on path t.
  std::vector<std::vector<double>> effects(k, std::vector<double>(r, 0.0));
  for (std::size_t t = 0; t < r; ++t)
    for (std::size_t j = 0; j < k; ++j) {
      const std::size_t i = design.changed[t][j];
      const double dx = design.points[t][j + 1][i] - design.points[t][j][i];
      effects[i][t] = (outcome[t][j + 1] - outcome[t][j]) / dx;
    }
  auto mean_abs = [](const std::vector<double>& v) {
    double sum = 0.0;
    for (double e : v) sum += std::fabs(e);
    return v.empty() ? 0.0 : sum / static_cast<double>(v.size());
  };
  // The interval of μ*: paths resampled with replacement, the same resamples for
  // every factor, so factors' intervals are comparable.
  constexpr std::size_t resamples = 1000;
  RandomStream random = RandomStream::from_seed(seed);
  std::vector<std::vector<std::size_t>> picks(resamples, std::vector<std::size_t>(r));
  for (auto& pick : picks)
    for (auto& p : pick) p = random.below(r);
  std::vector<ElementaryEffects> result;
  for (std::size_t i = 0; i < k; ++i) {
    ElementaryEffects e;
    e.factor = i;
    const Summary s = summarise(effects[i], confidence);
    e.mu = s.mean;
    e.sigma = s.sd;
    e.mu_star = mean_abs(effects[i]);
    std::vector<double> boot(resamples), sample(r);
    for (std::size_t b = 0; b < resamples; ++b) {
      for (std::size_t t = 0; t < r; ++t) sample[t] = effects[i][picks[b][t]];
      boot[b] = mean_abs(sample);
    }
    const double tail = (1.0 - confidence) / 2;
    e.mu_star_low = r > 1 ? quantile(boot, tail) : e.mu_star;
    e.mu_star_high = r > 1 ? quantile(boot, 1.0 - tail) : e.mu_star;
    result.push_back(e);
  }
  return result;
}

}  // namespace govsim
