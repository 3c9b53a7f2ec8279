#include "scenario/run_size.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "io/input_error.hpp"

namespace govsim {

namespace {

// The bytes a person at risk takes (four doubles), and a log record with its share
// of the log's containers; both measured from the structures, rounded up.
constexpr double bytes_per_person_at_risk = 40.0;
constexpr double bytes_per_event = 64.0;
// Measured with `govsim bench scenario` (Release, one core): about six million
// arrivals a second (a scenario of a million a day), and fifty million agent-days
// a second (the default scenario's 5,500 replications a second, less its arrivals).
constexpr double people_per_second = 6e6;
constexpr double agent_days_per_second = 5e7;

std::string amount(double x) {
  char text[48];
  if (x >= 1e12)
    std::snprintf(text, sizeof text, "%.2g", x);
  else if (x >= 1e9)
    std::snprintf(text, sizeof text, "%.3g billion", x / 1e9);
  else if (x >= 1e6)
    std::snprintf(text, sizeof text, "%.3g million", x / 1e6);
  else
    std::snprintf(text, sizeof text, "%.0f", x);
  return text;
}

}  // namespace

RunSize estimate_run_size(const Scenario& scenario, const Arrangement& arrangement, double days) {
  RunSize size;
  double at_risk_at_once = 0.0;
  for (const Cohort& cohort : scenario.cohorts) {
    const double per_day = std::max(0.0, cohort.arrivals_per_day.mean());
    size.people += per_day * days;
    at_risk_at_once += per_day * std::min(days, std::max(1.0, cohort.days_at_risk.mean()));
  }
  const double agent_days = static_cast<double>(boost::num_vertices(arrangement.network)) * days;
  size.events = size.people + agent_days;
  size.seconds = size.people / people_per_second + agent_days / agent_days_per_second;
  // A harmed person leaves a few records (harm, referral, complaint); the rest of
  // the log grows with the agents' days.
  size.memory_bytes =
      at_risk_at_once * bytes_per_person_at_risk + (size.people * 0.1 + agent_days) * bytes_per_event;
  return size;
}

double& max_run_events() {
  static double limit = default_max_events;
  return limit;
}

SourcePlace heaviest_cohort_place(const Scenario& scenario) {
  SourcePlace place{scenario.source};
  double heaviest = -1.0;
  for (const Cohort& cohort : scenario.cohorts)
    if (cohort.arrivals_per_day.mean() > heaviest)
      heaviest = cohort.arrivals_per_day.mean(), place = cohort.place;
  return place;
}

void require_run_size(const Scenario& scenario, const Arrangement& arrangement, double days) {
  const RunSize size = estimate_run_size(scenario, arrangement, days);
  if (size.events <= max_run_events()) return;
  const SourcePlace place = heaviest_cohort_place(scenario);
  throw InputError(place, "this run would be too large: " + describe_run_size(size) +
                              ", above the limit of " + amount(max_run_events()) +
                              " events; lower arrivals_per_day or the days, or raise --max-events");
}

std::string require_total_size(const RunSize& per_run, double runs, const std::string& option) {
  const double total = per_run.events * runs;
  char time[64];
  const double seconds = per_run.seconds * runs;
  if (seconds >= 7200)
    std::snprintf(time, sizeof time, "%.0f hours", seconds / 3600.0);
  else if (seconds >= 120)
    std::snprintf(time, sizeof time, "%.0f minutes", seconds / 60.0);
  else
    std::snprintf(time, sizeof time, "%.0f seconds", std::max(1.0, seconds));
  if (total > 100.0 * max_run_events())
    throw InputError({option}, "too much work: about " + amount(total) + " events in all, roughly " + time +
                                   "; lower " + option +
                                   ", or raise --max-events (the limit is 100 times it)");
  if (total > max_run_events()) return "about " + amount(total) + " events in all: roughly " + time;
  return "";
}

std::string describe_run_size(const RunSize& size) {
  char memory[32];
  const double mb = size.memory_bytes / (1024.0 * 1024.0);
  if (mb >= 1024.0 * 1e6)
    std::snprintf(memory, sizeof memory, "%.2g GB", mb / 1024.0);
  else if (mb >= 1024)
    std::snprintf(memory, sizeof memory, "%.1f GB", mb / 1024.0);
  else
    std::snprintf(memory, sizeof memory, "%.0f MB", std::max(1.0, mb));
  return "about " + amount(size.events) + " events (" + amount(size.people) + " people arriving), roughly " +
         memory;
}

}  // namespace govsim
