#pragma once

#include <cstdint>
#include <optional>

#include "behaviour/governance_model.hpp"

namespace govsim {

struct ScenarioBenchResult {
  std::uint64_t replications = 0;
  double seconds = 0.0;
  double events_per_replication = 0.0;  ///< log records, on average
  std::size_t agents = 0;
  double replications_per_second() const {
    return seconds > 0 ? static_cast<double>(replications) / seconds : 0.0;
  }
};

/// Runs `replications` replications of seed `seed` (replication indices 0..n-1)
/// on one thread, each log held in memory and not written, as a sweep would;
/// `days` overrides the scenario's length.
ScenarioBenchResult bench_scenario(const GovernanceModel& model, std::uint64_t replications,
                                   std::uint64_t seed = 1, std::optional<double> days = std::nullopt);

}  // namespace govsim
