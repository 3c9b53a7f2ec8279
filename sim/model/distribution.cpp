#include "model/distribution.hpp"

#include <cmath>
#include <sstream>

namespace govsim {

double Distribution::sample(RandomStream& random) const {
  switch (shape_) {
    case Shape::constant:
      return a_;
    case Shape::uniform:
      return random.uniform(a_, b_);
    case Shape::exponential:
      return random.exponential(a_);
    case Shape::lognormal: {
      if (a_ <= 0.0) return 0.0;
      const double sigma2 = std::log1p((b_ * b_) / (a_ * a_));
      const double mu = std::log(a_) - sigma2 / 2.0;
      return std::exp(mu + std::sqrt(sigma2) * random.normal());
    }
    case Shape::triangular: {
      // Inverse of the triangular CDF on [a, c] with mode b.
      const double u = random.uniform01();
      const double span = c_ - a_;
      if (span <= 0.0) return a_;
      const double split = (b_ - a_) / span;
      return u < split ? a_ + std::sqrt(u * span * (b_ - a_)) : c_ - std::sqrt((1.0 - u) * span * (c_ - b_));
    }
  }
  return a_;
}

double Distribution::mean() const {
  switch (shape_) {
    case Shape::constant:
      return a_;
    case Shape::uniform:
      return (a_ + b_) / 2.0;
    case Shape::exponential:
      return a_;
    case Shape::lognormal:
      return a_;
    case Shape::triangular:
      return (a_ + b_ + c_) / 3.0;
  }
  return a_;
}

double Distribution::minimum() const {
  switch (shape_) {
    case Shape::constant:
      return a_;
    case Shape::uniform:
      return std::min(a_, b_);
    case Shape::exponential:
      return a_ < 0 ? a_ : 0.0;
    case Shape::lognormal:
      return a_ < 0 ? a_ : 0.0;
    case Shape::triangular:
      return a_;
  }
  return a_;
}

std::string Distribution::describe() const {
  std::ostringstream text;
  switch (shape_) {
    case Shape::constant:
      text << a_;
      break;
    case Shape::uniform:
      text << "uniform(" << a_ << ", " << b_ << ")";
      break;
    case Shape::exponential:
      text << "exponential(mean " << a_ << ")";
      break;
    case Shape::lognormal:
      text << "lognormal(mean " << a_ << ", sd " << b_ << ")";
      break;
    case Shape::triangular:
      text << "triangular(" << a_ << ", " << b_ << ", " << c_ << ")";
      break;
  }
  return text.str();
}

}  // namespace govsim
