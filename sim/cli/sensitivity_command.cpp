// govsim sensitivity [SCENARIO]: which named parameters move harm and the
// council's awareness most, screened by Morris's elementary effects over
// paired, seeded replications (issue 14; docs/experiments.md).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/interrupt.hpp"
#include "experiment/arm.hpp"
#include "experiment/experiment_file.hpp"
#include "experiment/prepared_run.hpp"
#include "experiment/progress.hpp"
#include "experiment/replication_runner.hpp"
#include "experiment/sensitivity.hpp"
#include "io/did_you_mean.hpp"
#include "io/input_error.hpp"
#include "scenario/input_source.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {
namespace {

struct SensitivityOptions {
  std::optional<std::string> scenario;
  std::optional<std::string> arrangement;
  std::vector<std::string> parameters;  ///< empty: every named parameter
  std::vector<std::string> ranges;      ///< NAME=LOW:HIGH
  std::vector<std::string> measures{"harm", "days_harm_to_council"};
  std::size_t trajectories = 10;
  std::size_t levels = 4;
  std::uint64_t replications = 20;
  std::uint64_t seed = 1;
  unsigned threads = 0;
  double confidence = 0.95;
  bool json = false;
  bool quiet = false;
};

Param parameter_named(const std::string& name, const std::string& option) {
  if (const auto p = parse_parameter(name)) return *p;
  throw InputError({option}, "'" + printable(name) + "' is not a named parameter" +
                                 did_you_mean_or_list(name, parameter_names()) +
                                 " (`govsim show --parameters` lists them)");
}

std::vector<govsim::Outcome> measures_named(const std::vector<std::string>& names) {
  std::vector<govsim::Outcome> measures;
  std::vector<std::string> known;
  for (std::size_t i = 0; i < static_cast<std::size_t>(govsim::Outcome::count); ++i)
    known.emplace_back(to_string(static_cast<govsim::Outcome>(i)));
  for (const std::string& name : names) {
    const auto outcome = parse_outcome(name);
    if (!outcome)
      throw InputError(
          {"--measures"}, "'" + printable(name) + "' is not a measure" + did_you_mean(name, known) +
                              "; the measures are " + [&] {
                                std::string all;
                                for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
                                return all;
                              }());
    measures.push_back(*outcome);
  }
  if (measures.empty()) throw InputError({"--measures"}, "name at least one measure, e.g. harm");
  return measures;
}

// The ranges screened: each chosen parameter's default range around the value
// in force on this scenario and arrangement, or the range given with --range.
std::vector<ScreeningRange> screened(const SensitivityOptions& o, const Parameters& in_force) {
  std::vector<Param> chosen;
  if (o.parameters.empty())
    for (std::size_t i = 0; i < parameter_table().size(); ++i) chosen.push_back(static_cast<Param>(i));
  for (const std::string& name : o.parameters) {
    const Param p = parameter_named(name, "--parameters");
    if (std::find(chosen.begin(), chosen.end(), p) == chosen.end()) chosen.push_back(p);
  }
  std::vector<ScreeningRange> ranges;
  for (Param p : chosen) ranges.push_back(default_screening_range(p, in_force[p]));
  for (const std::string& text : o.ranges) {
    const auto equals = text.find('='), colon = text.find(':', equals == std::string::npos ? 0 : equals);
    if (equals == std::string::npos || colon == std::string::npos)
      throw InputError({"--range"},
                       "'" + printable(text) + "': write NAME=LOW:HIGH, e.g. hold_limit_days=7:28");
    const Param p = parameter_named(text.substr(0, equals), "--range");
    const ParameterInfo& info_p = info(p);
    auto number = [&](const std::string& s) {
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v) || v < info_p.min || v > info_p.max)
        throw InputError({"--range"}, "'" + printable(text) + "': " + std::string(info_p.name) +
                                          " is a number from " + exact_number(info_p.min) + " to " +
                                          exact_number(info_p.max) + " " + std::string(info_p.unit));
      return v;
    };
    const double low = number(text.substr(equals + 1, colon - equals - 1));
    const double high = number(text.substr(colon + 1));
    if (!(low < high))
      throw InputError({"--range"}, "'" + printable(text) + "': the low end must be below the high end");
    auto at =
        std::find_if(ranges.begin(), ranges.end(), [&](const ScreeningRange& r) { return r.parameter == p; });
    if (at == ranges.end()) {
      ranges.push_back({p, low, high});  // a range given is a parameter chosen
    } else {
      at->low = low;
      at->high = high;
    }
  }
  // A parameter that cannot move (its allowed range is a point) is left out.
  std::erase_if(ranges, [](const ScreeningRange& r) { return !(r.low < r.high); });
  if (ranges.empty()) throw InputError({"--parameters"}, "no parameter left to screen");
  return ranges;
}

std::string fixed(double value, int digits = 2) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

// A figure to a few significant digits: effects span orders of magnitude.
std::string figure(double value, int digits = 3) {
  char text[40];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return text;
}

// Which way a parameter moves a measure, in words.
std::string direction(const ElementaryEffects& e) {
  if (e.mu_star == 0.0) return "no effect";
  // Morris: when |μ| is close to μ*, the effects share a sign.
  if (std::fabs(e.mu) >= 0.8 * e.mu_star) return e.mu > 0 ? "rises with it" : "falls as it rises";
  return "either way (depends on the others)";
}

int sensitivity(const SensitivityOptions& o) {
  if (o.trajectories < 2) throw InputError({"--paths"}, "Morris screening needs at least 2 paths");
  const std::vector<govsim::Outcome> measures = measures_named(o.measures);
  ArmDefinition base_definition;
  base_definition.arrangement = o.arrangement.value_or("");
  base_definition.scenario = o.scenario.value_or(o.arrangement ? default_scenario_for(*o.arrangement) : "");
  const PreparedArm base(base_definition);
  const std::vector<ScreeningRange> ranges = screened(o, base.model().parameters());
  const std::size_t k = ranges.size();
  const MorrisDesign design = morris_design(k, o.trajectories, o.levels, o.seed);
  const std::uint64_t points = o.trajectories * (k + 1);
  require_total_size(estimate_run_size(base.scenario().scenario, base.arrangement().arrangement,
                                       base.scenario().scenario.days),
                     static_cast<double>(points) * static_cast<double>(o.replications), "--reps");

  // outcome[m][t][j]: measure m's mean over the replications at point (t, j).
  std::vector<std::vector<std::vector<double>>> outcome(
      measures.size(), std::vector<std::vector<double>>(o.trajectories, std::vector<double>(k + 1, 0.0)));
  const unsigned threads = worker_threads(o.threads);
  Progress progress(std::cerr, Progress::style_for(o.quiet), "sensitivity", points * o.replications);
  StopOnInterrupt interrupt;
  const auto begin = std::chrono::steady_clock::now();
  // One path at a time: its k + 1 points are the arms of one paired plan, so
  // every point of every path draws the same streams (common random numbers)
  // and an effect is the parameter's, not the luck of the draw.
  for (std::size_t t = 0; t < o.trajectories && !interrupt.requested(); ++t) {
    std::vector<std::unique_ptr<PreparedArm>> arms;
    for (std::size_t j = 0; j <= k; ++j) {
      ArmDefinition definition = base.definition();
      for (std::size_t i = 0; i < k; ++i)
        definition.settings.emplace_back(ranges[i].parameter, scaled(ranges[i], design.points[t][j][i]));
      arms.push_back(std::make_unique<PreparedArm>(std::move(definition)));
    }
    ReplicationPlan plan;
    for (const auto& arm : arms) plan.arms.push_back(arm.get());
    plan.replications = o.replications;
    plan.seed = o.seed;
    plan.threads = threads;
    plan.stop = &interrupt.flag();
    // Kept per replication and summed in replication order, not in the order
    // runs finish: floating-point sums depend on their order, and the results
    // must not depend on the threads.
    std::vector<std::vector<Outcomes>> runs(k + 1, std::vector<Outcomes>(o.replications));
    run_replications(plan, [&](ReplicationResult&& r) {
      runs[r.arm][r.replication] = r.outcomes.whole;
      progress.step();
    });
    for (std::size_t m = 0; m < measures.size(); ++m)
      for (std::size_t j = 0; j <= k; ++j) {
        double sum = 0.0;
        for (const Outcomes& run : runs[j]) sum += run[static_cast<std::size_t>(measures[m])];
        outcome[m][t][j] = sum / static_cast<double>(o.replications);
      }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  progress.finish();
  if (interrupt.requested()) {
    std::cerr << "govsim sensitivity: stopped before every path was run; nothing to rank\n";
    return 130;
  }

  std::vector<std::vector<ElementaryEffects>> effects;
  for (std::size_t m = 0; m < measures.size(); ++m)
    effects.push_back(elementary_effects(design, outcome[m], o.confidence, o.seed));
  auto ranked = [&](std::size_t m) {
    std::vector<ElementaryEffects> order = effects[m];
    std::stable_sort(order.begin(), order.end(), [](const ElementaryEffects& a, const ElementaryEffects& b) {
      return a.mu_star > b.mu_star;
    });
    return order;
  };
  const std::string scenario = base.scenario().scenario.name;
  const std::string arrangement = base.arrangement().arrangement.name;

  if (o.json) {
    nlohmann::ordered_json out = {{"scenario", scenario},
                                  {"arrangement", arrangement},
                                  {"method", "Morris elementary effects, ranked by mu*"},
                                  {"paths", o.trajectories},
                                  {"levels", design.levels},
                                  {"delta", design.delta},
                                  {"replications", o.replications},
                                  {"seed", o.seed},
                                  {"confidence", o.confidence},
                                  {"runs", points * o.replications},
                                  {"seconds", seconds},
                                  {"parameters", nlohmann::ordered_json::array()},
                                  {"measures", nlohmann::ordered_json::object()}};
    for (const auto& r : ranges)
      out["parameters"].push_back({{"name", info(r.parameter).name}, {"low", r.low}, {"high", r.high}});
    for (std::size_t m = 0; m < measures.size(); ++m) {
      auto& list = out["measures"][std::string(to_string(measures[m]))] = nlohmann::ordered_json::array();
      std::size_t rank = 0;
      for (const auto& e : ranked(m))
        list.push_back({{"rank", ++rank},
                        {"parameter", info(ranges[e.factor].parameter).name},
                        {"mu_star", e.mu_star},
                        {"mu_star_low", e.mu_star_low},
                        {"mu_star_high", e.mu_star_high},
                        {"mu", e.mu},
                        {"sigma", e.sigma}});
    }
    std::cout << out.dump(2) << '\n';
    return 0;
  }

  std::cout << "govsim sensitivity: " << scenario << " on " << arrangement << "\n"
            << k << " named parameters, each over its range; Morris screening: " << o.trajectories
            << " paths of " << k + 1 << " points, each point the mean of " << o.replications
            << " paired replications of seed " << o.seed << " (" << points * o.replications << " runs, "
            << fixed(seconds, 1) << " s on " << threads << (threads == 1 ? " thread)\n" : " threads)\n");
  const int percent = static_cast<int>(std::lround(o.confidence * 100));
  std::vector<bool> moves(k, false);
  for (std::size_t m = 0; m < measures.size(); ++m) {
    std::cout << "\nWhat moves " << describe(measures[m]) << ", most first\n"
              << "  (effect: how much it changes as the parameter goes from the low end of its range to the "
                 "high;\n   mean of its size over the paths, with a "
              << percent << "% bootstrap interval)\n\n";
    std::cout << "  " << std::left << std::setw(6) << "rank" << std::setw(42) << "parameter" << std::setw(24)
              << "range" << std::setw(32) << "effect"
              << "which way\n";
    std::size_t rank = 0;
    for (const auto& e : ranked(m)) {
      if (e.mu_star == 0.0) continue;
      moves[e.factor] = true;
      const ScreeningRange& r = ranges[e.factor];
      std::cout << "  " << std::left << std::setw(6) << ++rank << std::setw(42) << info(r.parameter).name
                << std::setw(24) << (figure(r.low, 6) + " to " + figure(r.high, 6)) << std::setw(32)
                << (figure(e.mu_star) + " [" + figure(e.mu_star_low) + ", " + figure(e.mu_star_high) + "]")
                << direction(e) << '\n';
    }
    if (rank == 0) std::cout << "  no parameter moved it in these runs\n";
  }
  std::string none;
  for (std::size_t i = 0; i < k; ++i)
    if (!moves[i]) none += (none.empty() ? "" : ", ") + std::string(info(ranges[i].parameter).name);
  if (!none.empty())
    std::cout << "\nNo effect on these measures in this scenario (every run was the same whatever "
                 "their value): "
              << none << '\n';
  std::cout << "\nA screening ranks; it does not measure. 'Either way' means the effect's sign changes "
               "from path to path: the parameter acts with others, or not in a straight line. Follow the "
               "top few up with `govsim sweep`.\n";
  if (o.trajectories < 10)
    std::cout << "Only " << o.trajectories << " paths: rankings of close parameters may change with "
              << "--seed; use --paths 10 or more.\n";
  return 0;
}

}  // namespace

void add_sensitivity_command(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<SensitivityOptions>();
  CLI::App* command = app.add_subcommand(
      "sensitivity",
      "Rank which named parameters move harm and the council's awareness most (Morris screening over "
      "paired, seeded replications)");
  command->add_option("scenario", o->scenario,
                      "Scenario file or built-in name (default: expedited-discharge, or the arrangement's "
                      "default)");
  command->add_option("--arrangement,-a", o->arrangement,
                      "Arrangement file or built-in name (default: the scenario's own)");
  command
      ->add_option("--parameters", o->parameters,
                   "Parameters to screen, by name, comma-separated (default: every named parameter)")
      ->delimiter(',');
  command->add_option("--range", o->ranges,
                      "A parameter's range, NAME=LOW:HIGH (default: half to one and a half times its value "
                      "in force, inside its allowed range)");
  command
      ->add_option("--measures", o->measures,
                   "Measures to rank by, comma-separated (default: harm,days_harm_to_council)")
      ->delimiter(',');
  command->add_option("--paths", o->trajectories, "Morris paths (trajectories)")
      ->check(CLI::Range(std::size_t{2}, std::size_t{10000}))
      ->capture_default_str();
  command->add_option("--levels", o->levels, "Levels of each parameter's grid (even)")
      ->check(CLI::Range(std::size_t{2}, std::size_t{20}))
      ->capture_default_str();
  command->add_option("--reps", o->replications, "Paired replications averaged at each point")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1000000}))
      ->capture_default_str();
  command->add_option("--seed", o->seed, "Random seed of the runs and of the design")
      ->check(seed_validator())
      ->capture_default_str();
  command
      ->add_option("--threads", o->threads,
                   "Worker threads (default: every core); results do not depend on it")
      ->check(CLI::Range(0u, 1024u));
  command->add_option("--confidence", o->confidence, "Confidence level of the intervals")
      ->check(finite_range(0.5, 0.9999))
      ->capture_default_str();
  command->add_flag("--json", o->json, "Print one JSON object instead of the tables");
  command->add_flag("--quiet,-q", o->quiet, "No progress on standard error");
  command->callback([o, &outcome] { outcome.exit_code = sensitivity(*o); });
}

}  // namespace govsim::cli
