// Measures the engine's overhead: PHOLD through govsim's Simulation against the
// same PHOLD over a bare std::priority_queue, in the same process, alternating
// runs and keeping each side's best. Both use phold_hop(), so they draw the same
// random numbers and handle the same events; only the engine differs.
//
//   bench_phold_vs_bare_heap [--lps N] [--end T] [--repeats R] [--min-ratio X]
//
// Prints one JSON object and exits 1 when engine/bare < --min-ratio (default 0.75,
// the target of the foundation issue).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <string>
#include <vector>

#include "benchmarks/peak_memory.hpp"
#include "benchmarks/phold.hpp"

namespace {

struct BareEvent {
  double time;
  std::uint32_t process;
  bool operator>(const BareEvent& other) const { return time > other.time; }
};

govsim::PholdResult run_bare_heap(const govsim::PholdParameters& p) {
  const govsim::RandomStreams streams(p.seed, 0);
  std::vector<govsim::RandomStream> random;
  random.reserve(p.processes);
  for (std::uint32_t i = 0; i < p.processes; ++i) random.push_back(streams.stream(i));
  std::priority_queue<BareEvent, std::vector<BareEvent>, std::greater<>> queue;
  for (std::uint32_t i = 0; i < p.processes; ++i)
    for (std::uint32_t k = 0; k < p.start_events; ++k) {
      const double delay = p.lookahead + random[i].exponential(p.mean - p.lookahead);
      if (delay < p.end) queue.push({delay, i});
    }
  std::uint64_t events = 0;
  const auto begin = std::chrono::steady_clock::now();
  while (!queue.empty()) {
    const BareEvent event = queue.top();
    queue.pop();
    ++events;
    const govsim::PholdHop hop = govsim::phold_hop(p, event.process, random[event.process]);
    const double at = event.time + hop.delay;
    if (at < p.end) queue.push({at, hop.destination});
  }
  const auto stop = std::chrono::steady_clock::now();
  return {events, std::chrono::duration<double>(stop - begin).count()};
}

double option(int argc, char** argv, const char* name, double fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::atof(argv[i + 1]);
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  govsim::PholdParameters p;
  p.processes = static_cast<std::uint32_t>(option(argc, argv, "--lps", 1024));
  p.end = option(argc, argv, "--end", 15000);
  const int repeats = static_cast<int>(option(argc, argv, "--repeats", 3));
  const double min_ratio = option(argc, argv, "--min-ratio", 0.75);

  govsim::PholdResult best_engine{}, best_bare{};
  for (int r = 0; r < repeats; ++r) {
    const auto engine = govsim::run_phold(p);
    const auto bare = run_bare_heap(p);
    if (engine.events != bare.events) {
      std::fprintf(stderr, "engine and bare loop handled different event counts (%llu vs %llu)\n",
                   static_cast<unsigned long long>(engine.events),
                   static_cast<unsigned long long>(bare.events));
      return 2;
    }
    if (r == 0 || engine.seconds < best_engine.seconds) best_engine = engine;
    if (r == 0 || bare.seconds < best_bare.seconds) best_bare = bare;
  }
  const double ratio = best_engine.events_per_second() / best_bare.events_per_second();
  std::printf(
      "{\"events\": %llu, \"engine_events_per_second\": %.0f, \"bare_heap_events_per_second\": %.0f, "
      "\"ratio\": %.3f, \"min_ratio\": %.2f, \"peak_memory_mb\": %.1f}\n",
      static_cast<unsigned long long>(best_engine.events), best_engine.events_per_second(),
      best_bare.events_per_second(), ratio, min_ratio, govsim::peak_memory_mb());
  return ratio >= min_ratio ? 0 : 1;
}
