// Replications per second of the default scenario on one thread, logs held in
// memory and not written, against the target of the scenarios issue (1,000/s).
//
//   bench_scenario_replications [--reps N] [--min-rate R] [SCENARIO]
//
// Prints one JSON object; exits 1 below --min-rate.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "benchmarks/peak_memory.hpp"
#include "benchmarks/scenario_bench.hpp"
#include "experiment/prepared_run.hpp"

int main(int argc, char** argv) {
  std::uint64_t reps = 5000;
  double min_rate = 1000.0;
  std::string scenario = govsim::default_scenario;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
      reps = std::strtoull(argv[++i], nullptr, 10);
    else if (std::strcmp(argv[i], "--min-rate") == 0 && i + 1 < argc)
      min_rate = std::atof(argv[++i]);
    else
      scenario = argv[i];
  }
  const auto prepared = govsim::prepare_run(scenario);
  const auto result = govsim::bench_scenario(*prepared->model, reps);
  std::printf(
      "{\"scenario\": \"%s\", \"replications\": %llu, \"seconds\": %.3f, \"replications_per_second\": %.0f, "
      "\"events_per_replication\": %.1f, \"agents\": %zu, \"min_rate\": %.0f, \"peak_memory_mb\": %.1f}\n",
      prepared->scenario.scenario.name.c_str(), static_cast<unsigned long long>(result.replications),
      result.seconds, result.replications_per_second(), result.events_per_replication, result.agents,
      min_rate, govsim::peak_memory_mb());
  return result.replications_per_second() >= min_rate ? 0 : 1;
}
