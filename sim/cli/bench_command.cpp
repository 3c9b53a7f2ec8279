#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "benchmarks/peak_memory.hpp"
#include "benchmarks/phold.hpp"
#include "benchmarks/scenario_bench.hpp"
#include "cli/commands.hpp"
#include "experiment/prepared_run.hpp"
#include "io/input_error.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {
namespace {

constexpr double max_waiting_events = 16777216.0;

int bench_phold(const PholdParameters& parameters, bool json) {
  const PholdResult result = run_phold(parameters);
  if (json) {
    nlohmann::ordered_json out = {{"events", result.events},
                                  {"seconds", result.seconds},
                                  {"events_per_second", result.events_per_second()},
                                  {"peak_memory_mb", peak_memory_mb()}};
    std::cout << out.dump() << '\n';
  } else {
    std::cout << "PHOLD: " << parameters.processes << " processes, end " << parameters.end << ", remote "
              << parameters.remote << ", mean " << parameters.mean << ", lookahead " << parameters.lookahead
              << ", seed " << parameters.seed << '\n'
              << "events: " << result.events << " (expected about "
              << static_cast<std::uint64_t>(phold_expected_events(parameters)) << ")\n"
              << "seconds: " << result.seconds << " (event loop only)\n"
              << "events per second: " << result.events_per_second() << '\n'
              << "peak memory: " << peak_memory_mb() << " MB\n";
  }
  return 0;
}

struct ScenarioBenchOptions {
  std::string scenario = default_scenario;
  std::optional<std::string> arrangement;
  std::uint64_t replications = 1000;
  std::uint64_t seed = 1;
  std::optional<double> days;
  bool json = false;
};

int bench_scenario_command(const ScenarioBenchOptions& options) {
  const auto prepared = prepare_run(options.scenario, options.arrangement);
  const RunSize size = estimate_run_size(prepared->scenario.scenario, prepared->arrangement.arrangement,
                                         options.days.value_or(prepared->scenario.scenario.days));
  if (const std::string estimate =
          require_total_size(size, static_cast<double>(options.replications), "--reps");
      !estimate.empty())
    std::cerr << "govsim: " << estimate << '\n';
  const ScenarioBenchResult result =
      bench_scenario(*prepared->model, options.replications, options.seed, options.days);
  if (options.json) {
    nlohmann::ordered_json out = {{"scenario", prepared->scenario.scenario.name},
                                  {"arrangement", prepared->arrangement.arrangement.name},
                                  {"days", options.days.value_or(prepared->scenario.scenario.days)},
                                  {"areas", prepared->scenario.scenario.areas.size()},
                                  {"replications", result.replications},
                                  {"seconds", result.seconds},
                                  {"replications_per_second", result.replications_per_second()},
                                  {"events_per_replication", result.events_per_replication},
                                  {"agents", result.agents},
                                  {"peak_memory_mb", peak_memory_mb()}};
    std::cout << out.dump() << '\n';
  } else {
    std::cout << "scenario " << prepared->scenario.scenario.name << " on "
              << prepared->arrangement.arrangement.name << ", "
              << options.days.value_or(prepared->scenario.scenario.days) << " days, "
              << prepared->scenario.scenario.areas.size() << " council area(s): " << result.agents
              << " agents, " << result.events_per_replication << " events per replication on average\n"
              << "replications: " << result.replications << " in " << result.seconds << " s (one thread)\n"
              << "replications per second: " << result.replications_per_second() << '\n'
              << "peak memory: " << peak_memory_mb() << " MB\n";
  }
  return 0;
}

}  // namespace

void add_bench_command(CLI::App& app, Outcome& outcome) {
  CLI::App* bench = app.add_subcommand("bench", "Measure the engine's speed");
  bench->require_subcommand(1);

  auto phold = std::make_shared<PholdParameters>();
  auto json = std::make_shared<bool>(false);
  CLI::App* command = bench->add_subcommand(
      "phold", "PHOLD, the standard discrete-event benchmark, on the governance engine's code path");
  command->add_option("--lps", phold->processes, "Logical processes")
      ->check(CLI::Range(1u, 1u << 24))
      ->capture_default_str();
  command->add_option("--start-events", phold->start_events, "Initial events per process")
      ->check(CLI::Range(0u, 1u << 16))
      ->capture_default_str();
  command->add_option("--end", phold->end, "End time: events at or after it are not scheduled")
      ->check(finite_range(1e-9, 1e12))
      ->capture_default_str();
  command->add_option("--remote", phold->remote, "Probability an event goes to a random process")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--mean", phold->mean, "Mean delay between events")
      ->check(finite_range(1e-9, 1e12))
      ->capture_default_str();
  command->add_option("--lookahead", phold->lookahead, "Minimum delay between events")
      ->check(finite_range(0.0, 1e12))
      ->capture_default_str();
  command->add_option("--seed", phold->seed, "Random seed")->check(seed_validator())->capture_default_str();
  command->add_flag("--json", *json,
                    "Print {\"events\", \"seconds\", \"events_per_second\", \"peak_memory_mb\"}");
  auto scenario = std::make_shared<ScenarioBenchOptions>();
  CLI::App* scenario_command = bench->add_subcommand(
      "scenario", "Replications per second of a scenario, logs held in memory, one thread");
  scenario_command->add_option("scenario", scenario->scenario, "Scenario file or built-in name")
      ->capture_default_str();
  scenario_command->add_option("--arrangement,-a", scenario->arrangement,
                               "Arrangement (default: the scenario's)");
  scenario_command->add_option("--reps", scenario->replications, "Replications to run")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{10000000}))
      ->capture_default_str();
  scenario_command->add_option("--seed", scenario->seed, "Random seed")
      ->check(seed_validator())
      ->capture_default_str();
  scenario_command
      ->add_option("--days", scenario->days, "Days each replication runs (default: the scenario's)")
      ->check(finite_range(1.0, 3650.0));
  scenario_command->add_flag("--json", scenario->json,
                             "Print {\"replications\", \"seconds\", \"replications_per_second\", ...}");
  scenario_command->callback([scenario, &outcome] { outcome.exit_code = bench_scenario_command(*scenario); });

  command->callback([phold, json, &outcome] {
    if (phold->lookahead > phold->mean) throw CLI::ValidationError("--lookahead", "must not exceed --mean");
    // Every process's starting events wait in memory at once (about 64 bytes each).
    const double waiting = static_cast<double>(phold->processes) * phold->start_events;
    if (waiting > max_waiting_events)
      throw InputError({"--lps"},
                       "--lps x --start-events is " + std::to_string(static_cast<std::uint64_t>(waiting)) +
                           " events waiting at once, above 16777216 (about 1 GB): lower one of them");
    const double expected = phold_expected_events(*phold);
    if (!(expected <= max_run_events()))
      throw InputError({"--end"}, "this PHOLD run would be about " +
                                      std::to_string(static_cast<std::uint64_t>(std::min(expected, 1e18))) +
                                      " events, above --max-events " +
                                      std::to_string(static_cast<std::uint64_t>(max_run_events())) +
                                      ": lower --end or --lps, or raise --max-events");
    outcome.exit_code = bench_phold(*phold, *json);
  });
}

}  // namespace govsim::cli
