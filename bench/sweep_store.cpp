// Replications of the default scenario into a results store, as `govsim sweep`
// makes them (issue 14): the whole run, the speed-up of two threads over one,
// what the store costs against keeping only running totals in memory, and peak
// memory at a tenth of the runs against all of them (it must stay flat).
//
//   bench_sweep_store [--reps N] [--max-seconds S] [--min-speedup X] [--max-overhead F] [--max-mb M]
//
// Targets on a 2-core machine: 100,000 replications into a store within 20 s;
// 2 threads at least 1.8 times 1; the store at most 10 % slower than memory;
// peak memory under 200 MB and not growing with the number of runs.
// Prints one JSON object; exits 1 when a target is missed.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "benchmarks/peak_memory.hpp"
#include "experiment/arm.hpp"
#include "experiment/replication_runner.hpp"
#include "experiment/results_store.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

govsim::ReplicationPlan plan_for(const govsim::PreparedArm& arm, std::uint64_t reps, unsigned threads) {
  govsim::ReplicationPlan plan;
  plan.arms = {&arm};
  plan.replications = reps;
  plan.seed = 1;
  plan.threads = threads;
  return plan;
}

// Replications kept only as running totals: the least a sweep could do.
double in_memory(const govsim::PreparedArm& arm, std::uint64_t reps, unsigned threads) {
  const auto start = std::chrono::steady_clock::now();
  double harm = 0.0;
  govsim::run_replications(plan_for(arm, reps, threads), [&](govsim::ReplicationResult&& r) {
    harm += r.outcomes.whole[static_cast<std::size_t>(govsim::Outcome::harm)];
  });
  const double seconds = seconds_since(start);
  if (harm < 0) std::printf("impossible\n");  // keeps the totals alive
  return seconds;
}

// Replications into a fresh store, as `govsim sweep` writes them.
double into_store(const govsim::PreparedArm& arm, std::uint64_t reps, unsigned threads,
                  const std::filesystem::path& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  const auto start = std::chrono::steady_clock::now();
  {
    govsim::ExperimentRecord experiment{"bench", "", "bench.yaml", "fnv1a64:0", "", 1, reps, true};
    std::vector<govsim::ArmRecord> arms{
        {"typical-scottish-ijb", "expedited-discharge", "typical-scottish-ijb", {}, {}}};
    govsim::ResultsStore store(path.string(), experiment, arms,
                               {arm.scenario().input, arm.arrangement().input},
                               {arm.scenario_text(), arm.arrangement_text()}, false);
    govsim::run_replications(plan_for(arm, reps, threads),
                             [&](govsim::ReplicationResult&& r) { store.add(r); });
    store.commit();
  }
  return seconds_since(start);
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t reps = 100000;
  double max_seconds = 20.0, min_speedup = 1.8, max_overhead = 0.10, max_mb = 200.0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--reps") == 0) reps = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--max-seconds") == 0) max_seconds = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--min-speedup") == 0) min_speedup = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--max-overhead") == 0) max_overhead = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--max-mb") == 0) max_mb = std::atof(argv[i + 1]);
  }
  try {
    govsim::ArmDefinition definition;
    definition.scenario = "expedited-discharge";
    definition.arrangement = "typical-scottish-ijb";
    const govsim::PreparedArm arm(definition);
    const auto folder = std::filesystem::temp_directory_path() / "govsim-bench-sweep-store";
    std::filesystem::create_directories(folder);

    // Memory first, at a tenth of the runs and then at all of them.
    const std::uint64_t tenth = std::max<std::uint64_t>(reps / 10, 1);
    into_store(arm, tenth, 2, folder / "tenth.sqlite");
    const double tenth_mb = govsim::peak_memory_mb();
    const double whole_seconds = into_store(arm, reps, 2, folder / "whole.sqlite");
    const double whole_mb = govsim::peak_memory_mb();
    const auto store_bytes = std::filesystem::file_size(folder / "whole.sqlite");

    // Speed-up and the store's cost, each on the same tenth: the three taken in
    // turn, five times, and the best of each kept, so that a shared machine's
    // slow moments fall on all three alike and stay out of the ratios.
    double one = 1e300, two = 1e300, stored = 1e300;
    for (int round = 0; round < 5; ++round) {
      one = std::min(one, in_memory(arm, tenth, 1));
      two = std::min(two, in_memory(arm, tenth, 2));
      stored = std::min(stored, into_store(arm, tenth, 2, folder / "tenth.sqlite"));
    }
    const double speedup = one / two, overhead = stored / two - 1.0;
    std::filesystem::remove_all(folder);

    const bool flat = whole_mb <= tenth_mb + 20.0;
    const bool ok = whole_seconds <= max_seconds && speedup >= min_speedup && overhead <= max_overhead &&
                    whole_mb <= max_mb && flat;
    std::printf(
        "{\"replications\": %llu, \"seconds\": %.2f, \"replications_per_second\": %.0f, \"store_mb\": %.1f, "
        "\"speedup_2_vs_1_threads\": %.2f, \"store_overhead\": %.3f, \"peak_memory_mb_at_tenth\": %.1f, "
        "\"peak_memory_mb\": %.1f, \"max_seconds\": %.1f, \"min_speedup\": %.2f, \"max_overhead\": %.2f, "
        "\"max_mb\": %.0f, \"ok\": %s}\n",
        static_cast<unsigned long long>(reps), whole_seconds, static_cast<double>(reps) / whole_seconds,
        static_cast<double>(store_bytes) / (1024.0 * 1024.0), speedup, overhead, tenth_mb, whole_mb,
        max_seconds, min_speedup, max_overhead, max_mb, ok ? "true" : "false");
    return ok ? 0 : 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench_sweep_store: %s\n", error.what());
    return 2;
  }
}
