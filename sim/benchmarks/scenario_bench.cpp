#include "benchmarks/scenario_bench.hpp"

#include <chrono>

namespace govsim {

ScenarioBenchResult bench_scenario(const GovernanceModel& model, std::uint64_t replications,
                                   std::uint64_t seed, std::optional<double> days) {
  ScenarioBenchResult result;
  result.replications = replications;
  result.agents = boost::num_vertices(model.arrangement().network);
  EventLog log;  // reused, as a sweep reuses it: names are interned once
  std::uint64_t events = 0;
  const auto begin = std::chrono::steady_clock::now();
  for (std::uint64_t r = 0; r < replications; ++r) {
    model.run({seed, r, days, nullptr, {}}, log);
    events += log.size();
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  result.events_per_replication =
      replications ? static_cast<double>(events) / static_cast<double>(replications) : 0;
  return result;
}

}  // namespace govsim
