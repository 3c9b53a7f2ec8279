// A year of the default scenario on the national arrangement, every one of the
// 32 councils playing it (issue 13's scale target): loading and binding, one
// 365-day replication, and the analysis a report makes of it, each timed on one
// thread; the whole under 1 s and the process under 200 MB.
//
//   bench_national_year [--reps N] [--max-seconds S] [--max-mb M]
//
// Prints one JSON object; exits 1 when a target is missed. The run's time is
// the median of N replications (seeds 1..N), so one slow start does not decide.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "analysis/run_report.hpp"
#include "benchmarks/peak_memory.hpp"
#include "experiment/prepared_run.hpp"

namespace {
double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}
}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  double max_seconds = 1.0, max_mb = 200.0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--reps") == 0) reps = std::max(1, std::atoi(argv[i + 1]));
    if (std::strcmp(argv[i], "--max-seconds") == 0) max_seconds = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--max-mb") == 0) max_mb = std::atof(argv[i + 1]);
  }
  const auto load_begin = std::chrono::steady_clock::now();
  const auto prepared = govsim::prepare_run(govsim::default_scenario, "national");
  const double load = seconds_since(load_begin);
  govsim::EventLog log;
  std::vector<double> runs;
  for (int r = 0; r < reps; ++r) {
    const auto begin = std::chrono::steady_clock::now();
    prepared->model->run({static_cast<std::uint64_t>(r + 1), 0, 365.0, nullptr, {}}, log);
    runs.push_back(seconds_since(begin));
  }
  std::sort(runs.begin(), runs.end());
  const double run = runs[runs.size() / 2];
  const auto analysis_begin = std::chrono::steady_clock::now();
  const govsim::RunReport report =
      govsim::build_report(log, prepared->arrangement.arrangement, prepared->scenario.scenario, 365.0);
  const double analysis = seconds_since(analysis_begin);
  const double mb = govsim::peak_memory_mb();
  const double total = load + run;
  std::printf(
      "{\"areas\": %zu, \"agents\": %zu, \"events\": %zu, \"load_seconds\": %.3f, \"run_seconds_median\": "
      "%.3f, "
      "\"load_and_run_seconds\": %.3f, \"analysis_seconds\": %.3f, \"councils_reported\": %zu, "
      "\"peak_memory_mb\": %.1f, \"max_seconds\": %.2f, \"max_mb\": %.0f}\n",
      prepared->scenario.scenario.areas.size(),
      boost::num_vertices(prepared->arrangement.arrangement.network), log.size(), load, run, total, analysis,
      report.areas.size(), mb, max_seconds, max_mb);
  return total <= max_seconds && mb <= max_mb && report.areas.size() == 32 ? 0 : 1;
}
