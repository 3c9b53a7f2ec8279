#include "experiment/statistics.hpp"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <vector>

#include "engine/enforce.hpp"

namespace govsim {

Summary summarise(std::span<const double> values, double confidence) {
  Summary s;
  s.n = values.size();
  s.confidence = confidence;
  if (s.n == 0) return s;
  double sum = 0.0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(s.n);
  s.low = s.high = s.mean;
  if (s.n < 2) return s;
  double squares = 0.0;
  for (double v : values) squares += (v - s.mean) * (v - s.mean);
  s.sd = std::sqrt(squares / static_cast<double>(s.n - 1));
  const boost::math::students_t t(static_cast<double>(s.n - 1));
  const double half =
      boost::math::quantile(t, 0.5 + confidence / 2.0) * s.sd / std::sqrt(static_cast<double>(s.n));
  s.low = s.mean - half;
  s.high = s.mean + half;
  return s;
}

Summary paired_difference(std::span<const double> a, std::span<const double> b, double confidence) {
  GOVSIM_ENFORCE(a.size() == b.size(), "paired samples must have the same length");
  std::vector<double> d(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) d[i] = b[i] - a[i];
  return summarise(d, confidence);
}

double quantile(std::span<const double> values, double q) {
  if (values.empty()) return 0.0;
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  const double at = std::clamp(q, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(at));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (at - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

}  // namespace govsim
