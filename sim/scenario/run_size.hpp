#pragma once

#include <cstdint>
#include <string>

#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// How big one run will be, worked out from the scenario before it runs, so
/// that a scenario that would take minutes and gigabytes (`arrivals_per_day:
/// 1e6`) is refused with a reason instead of swallowing the machine.
///
/// The estimate counts each person arriving as one unit of work (each is drawn,
/// and may be held at risk and harmed), and each agent on each day as another
/// (inboxes, meetings, reports): the run's time grows with their sum. Memory
/// grows with the people at risk at once and with the log.
struct RunSize {
  double people = 0.0;        ///< arrivals over the run, on average
  double events = 0.0;        ///< people + agent-days: the run's work
  double memory_bytes = 0.0;  ///< people held at risk at once, and the log
  double seconds = 0.0;       ///< on one core, from the measured speeds below
};

RunSize estimate_run_size(const Scenario& scenario, const Arrangement& arrangement, double days);

/// The default of `--max-events`: about ten seconds and a few hundred megabytes
/// of work on a laptop. The built-in scenarios are far below it (under 30,000).
inline constexpr double default_max_events = 50'000'000.0;
/// Above this share of the cap, `govsim check` warns that a scenario is heavy.
inline constexpr double heavy_share_of_cap = 0.1;

/// Where a run's size comes from: the cohort with the most arrivals a day (the
/// scenario's file when it has none), for placing a finding about its size.
SourcePlace heaviest_cohort_place(const Scenario& scenario);

/// The largest run this process will start, in estimated events: set from
/// `--max-events`, default_max_events otherwise.
double& max_run_events();

/// Throws InputError, at the scenario's heaviest cohort, when a run of `days`
/// days is estimated above max_run_events(): saying how large, and what to change.
void require_run_size(const Scenario& scenario, const Arrangement& arrangement, double days);

/// For commands that make many runs (replications, paired comparisons): the
/// total of `runs` runs of `events_per_run` each may be at most 100 times
/// max_run_events() (roughly a quarter of an hour); above it InputError names
/// `option` as what to lower. Returns a line estimating the time when the work
/// is over max_run_events(), to print before starting; else "".
std::string require_total_size(const RunSize& per_run, double runs, const std::string& option);

/// "about 120 million events (1.2 million arrivals a day for 120 days), roughly
/// 2.5 GB": the estimate as a person reads it.
std::string describe_run_size(const RunSize& size);

}  // namespace govsim
