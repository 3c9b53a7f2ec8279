#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace govsim {

/// A deterministic stream of random numbers: a splittable generator after
/// SplitMix (Steele, Lea and Flood, OOPSLA 2014). The n-th output is a function of
/// (origin, gamma, n) alone, and `split` derives a child from the parent's origin
/// and gamma, never from its current position. So a child stream is the same
/// whatever the parent has drawn, and giving each agent a child keyed by its name
/// means adding an agent shifts no other agent's draws.
///
/// Distributions are written here rather than taken from <random>, whose
/// distributions may differ between standard libraries; the same seed must give
/// the same run on every platform.
class RandomStream {
 public:
  /// The stream for a run's seed. Different seeds give unrelated streams.
  static RandomStream from_seed(std::uint64_t seed);

  /// A child stream, independent of this one and of its other children.
  RandomStream split(std::uint64_t index) const;
  /// A child stream keyed by a name (an agent id, a cohort), stable across runs.
  RandomStream split(std::string_view name) const;

  std::uint64_t next_u64() {
    state_ += gamma_;
    return mix64(state_);
  }
  /// Uniform on [0, 1), 53 random bits.
  double uniform01() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }
  /// Uniform on [low, high).
  double uniform(double low, double high) { return low + (high - low) * uniform01(); }
  /// Exponential with the given mean (≥ 0); 0 when the mean is 0.
  double exponential(double mean) { return -mean * std::log1p(-uniform01()); }
  /// Standard normal, by Box-Muller (one pair of uniforms per draw, the second
  /// value is not kept, so a draw never depends on an earlier one).
  double normal() {
    const double radius = std::sqrt(-2.0 * std::log1p(-uniform01()));
    return radius * std::cos(6.283185307179586 * uniform01());
  }
  /// True with probability p.
  bool bernoulli(double p) { return uniform01() < p; }
  /// Uniform integer on [0, n), n > 0, without modulo bias (Lemire 2019).
  std::uint64_t below(std::uint64_t n);

  std::uint64_t origin() const { return origin_; }
  std::uint64_t gamma() const { return gamma_; }

  static std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  RandomStream(std::uint64_t origin, std::uint64_t gamma) : origin_(origin), state_(origin), gamma_(gamma) {}
  static std::uint64_t mix_gamma(std::uint64_t z);

  std::uint64_t origin_;
  std::uint64_t state_;
  std::uint64_t gamma_;
};

/// The random streams of one replication: derived from (seed, replication index),
/// so replication 7 of seed 1 is the same run whether it is run alone, in a batch,
/// on any thread or on any MPI rank.
class RandomStreams {
 public:
  RandomStreams(std::uint64_t seed, std::uint64_t replication)
      : base_(RandomStream::from_seed(seed).split(replication)) {}

  /// The stream of a named part of the model (an agent id, a cohort name).
  RandomStream stream(std::string_view name) const { return base_.split(name); }
  /// The stream of a numbered part of the model (a PHOLD process).
  RandomStream stream(std::uint64_t index) const { return base_.split(index); }

 private:
  RandomStream base_;
};

}  // namespace govsim
