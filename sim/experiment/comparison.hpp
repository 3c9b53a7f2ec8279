#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "experiment/outcome.hpp"
#include "experiment/statistics.hpp"

namespace govsim {

/// The measures `govsim compare` and `govsim results` show first, in this order:
/// harm, when the council and someone accountable knew, unmet need, when the
/// first decision came, and how many matters no forum saw through.
std::span<const Outcome> headline_outcomes();

/// Several arms measured over the same replications (replication k of every arm
/// uses the same random streams), each against the first.
struct ArmComparison {
  struct Metric {
    Outcome outcome;
    std::vector<Summary> arms;                        ///< per arm: mean, sd, interval
    std::vector<double> medians;                      ///< per arm
    std::vector<std::optional<Summary>> differences;  ///< arm i − arm 0, paired; none for arm 0
  };
  std::vector<std::string> labels;  ///< per arm, the first being the base
  std::size_t replications = 0;
  double confidence = 0.95;
  /// Replication k of every arm drew the same streams. When not (an unpaired
  /// sweep), a difference is still arm i's run k minus the base's run k — a valid
  /// interval for independent runs, only wider — and the words say so.
  bool paired = true;
  std::vector<Metric> metrics;
};

/// `outcomes[a][k]`: arm a's outcomes at replication k (every arm the same length).
ArmComparison compare_arms(std::vector<std::string> labels,
                           const std::vector<std::vector<Outcomes>>& outcomes,
                           std::span<const Outcome> measures, double confidence);

/// The table in plain words: each measure, each arm's mean and interval, and each
/// arm's paired difference from the first, saying whether it excludes 0.
void write_comparison(std::ostream& out, const ArmComparison& comparison);
nlohmann::ordered_json comparison_json(const ArmComparison& comparison);

/// "more in B (the interval excludes 0)" and the like.
std::string difference_words(const Summary& difference);

}  // namespace govsim
