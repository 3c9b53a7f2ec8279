#pragma once

#include <string>

#include "engine/random_stream.hpp"

namespace govsim {

/// A non-negative quantity drawn at random: a latency in days, a daily count.
/// Parameters are in the quantity's own units, so `lognormal(3, 1)` has mean 3
/// and standard deviation 1, whatever that means for mu and sigma.
class Distribution {
 public:
  enum class Shape { constant, uniform, exponential, lognormal, triangular };

  static Distribution constant(double value) { return {Shape::constant, value, value, value}; }
  static Distribution uniform(double low, double high) { return {Shape::uniform, low, high, 0}; }
  static Distribution exponential(double mean) { return {Shape::exponential, mean, 0, 0}; }
  static Distribution lognormal(double mean, double sd) { return {Shape::lognormal, mean, sd, 0}; }
  static Distribution triangular(double low, double mode, double high) {
    return {Shape::triangular, low, mode, high};
  }

  double sample(RandomStream& random) const;
  /// The same shape with every value multiplied by `factor` (≥ 0).
  Distribution scaled(double factor) const { return {shape_, a_ * factor, b_ * factor, c_ * factor}; }
  double mean() const;
  /// The smallest value it can produce.
  double minimum() const;
  Shape shape() const { return shape_; }
  /// "exponential(mean 2)", for messages and docs.
  std::string describe() const;

  Distribution() = default;

 private:
  Distribution(Shape shape, double a, double b, double c) : shape_(shape), a_(a), b_(b), c_(c) {}
  Shape shape_ = Shape::constant;
  double a_ = 0.0, b_ = 0.0, c_ = 0.0;
};

}  // namespace govsim
