#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "experiment/prepared_run.hpp"
#include "experiment/validation.hpp"
#include "io/output_file.hpp"
#include "scenario/run_size.hpp"

namespace govsim::cli {
namespace {

struct ValidateOptions {
  int replications = 200;
  std::uint64_t seed = 1;
  double confidence = 0.95;
  std::vector<std::string> facts;
  std::optional<std::string> arrangement;
  std::optional<std::string> scenario;
  bool json = false;
  bool quiet = false;
  std::string csv;
};

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", x);
  return text;
}

std::string interval(const Summary& s) { return "[" + number(s.low) + ", " + number(s.high) + "]"; }

int validate(const ValidateOptions& options) {
  OutputPlan outputs;
  outputs.reads(options.arrangement.value_or(""));
  outputs.reads(options.scenario.value_or(""));
  outputs.writes("--csv", options.csv);
  if (outputs.uses_standard_output() && options.json)
    throw InputError({"--csv"},
                     "--csv - and --json would both print to standard output: send the CSV to a file");
  std::vector<Fact> facts = validation_facts(options.arrangement, options.scenario);
  if (!options.facts.empty()) {
    std::erase_if(facts, [&](const Fact& f) {
      return std::find(options.facts.begin(), options.facts.end(), f.id) == options.facts.end();
    });
    if (facts.empty()) throw CLI::ValidationError("--fact", "no such fact: the facts are V1 to V15");
  }
  // Each comparison runs both arms; the default scenario's size stands for all.
  {
    const auto prepared = prepare_run(options.scenario.value_or(default_scenario), options.arrangement);
    const RunSize size = estimate_run_size(prepared->scenario.scenario, prepared->arrangement.arrangement,
                                           prepared->scenario.scenario.days);
    const double runs =
        2.0 * static_cast<double>(options.replications) * 25.0 * static_cast<double>(facts.size()) / 13.0;
    if (const std::string estimate = require_total_size(size, runs, "--reps");
        !estimate.empty() && !options.quiet)
      std::cerr << "govsim: " << estimate << '\n';
  }
  ValidationOptions run;
  run.replications = options.replications;
  run.seed = options.seed;
  run.confidence = options.confidence;
  if (!options.quiet && !options.json)
    run.progress = [](const std::string& what) { std::cerr << "govsim: validating " << what << '\n'; };
  std::vector<FactResult> results;
  for (const Fact& fact : facts) results.push_back(run_fact(fact, run));

  bool all = true;
  std::size_t applicable = 0;  // facts whose scenarios fit the arrangement
  for (const FactResult& r : results) {
    if (!r.not_applicable.empty()) continue;
    ++applicable;
    all = all && r.passed;
  }
  if (!options.csv.empty()) {
    std::ostringstream out;
    out << "fact,comparison,replication,arm";
    for (std::size_t i = 0; i < static_cast<std::size_t>(govsim::Outcome::count); ++i)
      out << ',' << to_string(static_cast<govsim::Outcome>(i));
    out << '\n';
    for (const FactResult& r : results)
      for (std::size_t c = 0; c < r.comparisons.size(); ++c)
        for (const auto* arm : {&r.comparisons[c].base, &r.comparisons[c].variant})
          for (std::size_t k = 0; k < arm->size(); ++k) {
            out << r.fact->id << ',' << c + 1 << ',' << k << ','
                << (arm == &r.comparisons[c].base ? "base" : "variant");
            for (double v : (*arm)[k]) out << ',' << v;
            out << '\n';
          }
    const std::string text = out.str();
    write_output(options.csv, [&](std::ostream& file) { file << text; });
  }
  if (options.json) {
    nlohmann::ordered_json out;
    out["replications"] = options.replications;
    out["seed"] = options.seed;
    out["confidence"] = options.confidence;
    out["passed"] = all;
    for (const FactResult& r : results) {
      nlohmann::ordered_json fact = {
          {"id", r.fact->id}, {"title", r.fact->title}, {"source", r.fact->source}, {"passed", r.passed}};
      if (!r.not_applicable.empty()) fact["not_applicable"] = r.not_applicable;
      for (const MeasuredComparison& c : r.comparisons) {
        nlohmann::ordered_json comparison = {{"comparison", c.label}};
        for (const MeasuredExpectation& m : c.measured)
          comparison["measures"].push_back({{"metric", std::string(to_string(m.expectation.outcome))},
                                            {"expected", std::string(to_string(m.expectation.sign))},
                                            {"base_mean", m.base.mean},
                                            {"variant_mean", m.variant.mean},
                                            {"mean_difference", m.difference.mean},
                                            {"ci_low", m.difference.low},
                                            {"ci_high", m.difference.high},
                                            {"margin", m.margin},
                                            {"passed", m.passed},
                                            {"not_observed", m.not_observed}});
        fact["comparisons"].push_back(comparison);
      }
      out["facts"].push_back(fact);
    }
    std::cout << out.dump(2) << '\n';
    return all ? 0 : 1;
  }
  std::cout << "govsim validate: " << results.size() << " facts, " << options.replications
            << " paired replications each (seed " << options.seed << "), " << number(100 * options.confidence)
            << "% CI of the mean difference (variant - base)\n\n";
  std::printf("%-5s %-28s %-18s %10s  %-22s %s\n", "fact", "metric", "expected", "mean diff", "CI",
              "verdict");
  for (const FactResult& r : results) {
    for (const MeasuredComparison& c : r.comparisons) {
      for (const MeasuredExpectation& m : c.measured) {
        // A "rare in the base" row shows the base itself, not a difference.
        const bool base_only = m.expectation.sign == Expectation::Sign::rare_in_base;
        const Summary& shown = base_only ? m.base : m.difference;
        std::printf("%-5s %-28s %-18s %10s  %-22s %s\n", r.fact->id.c_str(),
                    std::string(to_string(m.expectation.outcome)).c_str(),
                    std::string(to_string(m.expectation.sign)).c_str(),
                    ((base_only ? "base " : "") + number(shown.mean)).c_str(), interval(shown).c_str(),
                    m.not_observed ? "n/a (never occurred)"
                    : m.passed     ? "pass"
                                   : "FAIL");
      }
      if (r.comparisons.size() > 1) std::printf("      (%s)\n", c.label.c_str());
    }
  }
  std::size_t passed = 0;
  for (const FactResult& r : results) passed += r.passed && r.not_applicable.empty() ? 1 : 0;
  for (const FactResult& r : results)
    if (!r.not_applicable.empty())
      std::cout << r.fact->id << "   not applicable here: " << r.not_applicable << '\n';
  std::cout << "\n" << passed << " of " << applicable << " facts pass";
  if (applicable < results.size()) std::cout << " (" << results.size() - applicable << " not applicable)";
  if (!all) {
    std::cout << "; failing:";
    for (const FactResult& r : results)
      if (!r.passed && r.not_applicable.empty()) std::cout << ' ' << r.fact->id;
  }
  std::cout << " (docs/validation.md says what each fact claims and where it comes from)\n";
  return all ? 0 : 1;
}

}  // namespace

void add_validate_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate",
                                         "Run the model's stylised facts as paired, seeded comparisons with "
                                         "confidence intervals (docs/validation.md)");
  command->add_option("--reps", options->replications, "Paired replications per comparison")
      ->check(CLI::Range(2, 100000))
      ->capture_default_str();
  command->add_option("--seed", options->seed, "Base seed: replication k of both arms uses (seed, k)")
      ->check(seed_validator())
      ->capture_default_str();
  command->add_option("--confidence", options->confidence, "Confidence level of the intervals")
      ->check(finite_range(0.5, 0.999))
      ->capture_default_str();
  command->add_option("--fact", options->facts, "Only these facts (V1 ... V13); repeat for several");
  command->add_option(
      "--arrangement,-a", options->arrangement,
      "Run the facts on this arrangement instead of typical-scottish-ijb (V12, V13 are left out; V7's "
      "risk-report comparison keeps english-council-dass)");
  command->add_option(
      "--scenario,-s", options->scenario,
      "Run the facts that use expedited-discharge (V1-V5, V10, V11) on this scenario instead (V12, V13 "
      "are left out)");
  command->add_flag("--json", options->json, "Print every measure as JSON");
  command->add_option("--csv", options->csv,
                      "Also write every replication's outcomes, both arms, to this CSV file");
  command->add_flag("--quiet,-q", options->quiet, "No progress lines on standard error");
  command->callback([options, &outcome] { outcome.exit_code = validate(*options); });
}

}  // namespace govsim::cli
