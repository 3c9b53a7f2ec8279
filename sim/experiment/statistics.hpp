#pragma once

#include <cstddef>
#include <span>

namespace govsim {

/// Mean, standard deviation and a confidence interval of a sample, the interval
/// from Student's t with n − 1 degrees of freedom (Boost.Math's quantile).
struct Summary {
  std::size_t n = 0;
  double mean = 0.0;
  double sd = 0.0;
  double low = 0.0, high = 0.0;  ///< the interval; both equal the mean when n < 2
  double confidence = 0.95;
};

Summary summarise(std::span<const double> values, double confidence = 0.95);

/// Paired differences b[i] − a[i] (same seed in both arms), summarised: the
/// variance of the difference is what common random numbers make small.
Summary paired_difference(std::span<const double> a, std::span<const double> b, double confidence = 0.95);

/// The q-quantile (0 ≤ q ≤ 1) of a sample, interpolated linearly between order
/// statistics (Hyndman and Fan's type 7, R's and numpy's default); 0 for none.
double quantile(std::span<const double> values, double q);

/// Below this many replications a t interval leans hard on the means being
/// near normal: reports say so.
inline constexpr std::size_t few_replications = 30;

}  // namespace govsim
