#include "experiment/experiment_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "io/did_you_mean.hpp"
#include "io/file_hash.hpp"
#include "io/file_stem.hpp"
#include "io/printable.hpp"
#include "scenario/scenario_loader.hpp"
#include "scenario/yaml_reader.hpp"

namespace govsim {
namespace {

// A number to `digits` significant figures, as text that reads back to it.
std::string significant(double value, int digits) {
  char text[40];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return text;
}

constexpr std::string_view top_keys[] = {"name",         "description", "scenarios",
                                         "arrangements", "parameters",  "replications",
                                         "seed",         "paired",      "areas"};
constexpr std::string_view range_keys[] = {"from", "to", "step"};
constexpr double max_values_per_factor = 1000;

class ExperimentLoader {
 public:
  ExperimentLoader(const std::string& file, LoadedExperiment& out)
      : file_(file), findings_(out.findings), e_(out.experiment) {}

  void load(const YAML::Node& root) {
    YamlMap top(root, file_, findings_, "the experiment", top_keys);
    if (!top.valid()) return;
    e_.place = top.place();
    e_.name = top.text("name").value_or(file_stem(file_));
    e_.description = top.text("description").value_or("");
    e_.scenarios = top.text_list("scenarios");
    e_.arrangements = top.text_list("arrangements");
    if (e_.scenarios.empty() && e_.arrangements.empty())
      findings_.error(top.place(),
                      "an experiment needs 'scenarios' or 'arrangements' (or both): what to run, and on what",
                      "missing-key");
    if (auto reps = top.number("replications", 1, 1e7)) {
      if (*reps != std::floor(*reps))
        findings_.error(top.place("replications"), "'replications' is a whole number", "wrong-type");
      e_.replications = static_cast<std::uint64_t>(*reps);
    }
    if (top.has("seed")) {
      const YAML::Node seed = top.get("seed");
      std::uint64_t value = 0;
      if (!seed.IsScalar() || !YAML::convert<std::uint64_t>::decode(seed, value) ||
          seed.Scalar().find_first_not_of("0123456789") != std::string::npos)
        findings_.error(top.place("seed"), "'seed' is a whole number from 0 to 18446744073709551615",
                        "wrong-type");
      else
        e_.seed = value;
    }
    e_.paired = top.flag("paired").value_or(true);
    for (const auto& [area, place] : top.text_list("areas")) {
      e_.areas.push_back(area);
      e_.area_places.push_back(place);
    }
    read_factors(top);
    const double arms = arm_count(e_);
    if (arms > max_arms)
      findings_.error(top.place(),
                      "this experiment makes " + std::to_string(static_cast<long long>(arms)) +
                          " arms (scenarios × arrangements × each factor's values), above " +
                          std::to_string(static_cast<long long>(max_arms)) +
                          ": vary fewer parameters, or fewer values",
                      "too-large");
  }

 private:
  void read_factors(const YamlMap& top) {
    if (!top.has("parameters")) return;
    const YAML::Node node = top.get("parameters");
    if (!node.IsMap()) {
      findings_.error(
          top.place("parameters"),
          "'parameters' maps parameter names to the values each takes: a list, or {from, to, step}",
          "wrong-type");
      return;
    }
    report_duplicate_keys(node, file_, findings_, "'parameters'");
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      const std::string name = entry->first.Scalar();
      const SourcePlace place = place_of(entry->first, file_);
      const auto param = parse_parameter(name);
      if (!param) {
        findings_.error(place,
                        "'" + printable(name) + "' is not a named parameter" +
                            did_you_mean_or_list(name, parameter_names()) +
                            " (`govsim show --parameters` lists them)",
                        "unknown-parameter");
        continue;
      }
      Factor factor{*param, values(entry->second, info(*param)), place};
      if (!factor.values.empty()) e_.factors.push_back(std::move(factor));
    }
  }

  // A list of values, or {from, to, step}; each within the parameter's range.
  std::vector<double> values(const YAML::Node& node, const ParameterInfo& p) {
    std::vector<double> out;
    const SourcePlace place = place_of(node, file_);
    const std::string range = " (" + std::string(p.name) + " runs from " + number(p.min) + " to " +
                              number(p.max) + " " + std::string(p.unit) + ")";
    auto value = [&](const YAML::Node& v) -> std::optional<double> {
      double x = 0;
      if (!v.IsScalar() || !YAML::convert<double>::decode(v, x) || !std::isfinite(x)) {
        findings_.error(place_of(v, file_), "a value of '" + std::string(p.name) + "' must be a number",
                        "wrong-type");
        return std::nullopt;
      }
      if (x < p.min || x > p.max) {
        findings_.error(place_of(v, file_), number(x) + " is outside the range" + range, "out-of-range");
        return std::nullopt;
      }
      return x;
    };
    if (node.IsSequence()) {
      for (const YAML::Node& v : node)
        if (auto x = value(v)) out.push_back(*x);
      if (node.size() == 0)
        findings_.error(place, "'" + std::string(p.name) + "' lists no values", "missing-key");
    } else if (node.IsMap()) {
      YamlMap map(node, file_, findings_, "a range of '" + std::string(p.name) + "'", range_keys);
      if (!map.valid()) return out;
      for (const char* key : {"from", "to", "step"})
        if (!map.has(key)) map.missing(key, "a range needs 'from', 'to' and 'step'");
      const auto from = map.has("from") ? value(map.get("from")) : std::nullopt;
      const auto to = map.has("to") ? value(map.get("to")) : std::nullopt;
      const auto step = map.number("step", 1e-12, 1e12);
      if (!from || !to || !step) return out;
      if (*to < *from) {
        findings_.error(map.place("to"), "'to' is below 'from'", "out-of-range");
        return out;
      }
      const double count = std::floor((*to - *from) / *step + 1e-9) + 1;
      if (count > max_values_per_factor) {
        findings_.error(map.place("step"),
                        "this range has " + number(count) + " values, above " +
                            number(max_values_per_factor) + ": take a larger step",
                        "too-large");
        return out;
      }
      // from + i·step in binary gives 0.30000000000000004 for 0.1 + 2·0.1: each
      // value is rounded to 12 significant figures, the value a person means.
      for (double i = 0; i < count; ++i) out.push_back(std::stod(significant(*from + i * *step, 12)));
    } else if (auto x = value(node)) {
      out.push_back(*x);
    }
    return out;
  }

  static std::string number(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
  }

  std::string file_;
  Findings& findings_;
  Experiment& e_;
};

}  // namespace

LoadedExperiment load_experiment(const InputText& input) {
  LoadedExperiment loaded;
  loaded.input = {"experiment", input.name, content_hash(input.text)};
  loaded.text = input.text;
  const YAML::Node root = parse_yaml(input);
  ExperimentLoader(input.name, loaded).load(root);
  loaded.findings.sort_by_place();
  return loaded;
}

LoadedExperiment load_experiment_or_throw(std::string_view name) {
  LoadedExperiment loaded = load_experiment(read_input(name, InputKind::experiment));
  throw_first_error(loaded.findings, loaded.input.name);
  return loaded;
}

std::vector<std::string> arm_labels(const std::vector<ArmDefinition>& arms) {
  auto varies = [&](auto part) {
    for (const ArmDefinition& arm : arms)
      if (part(arm) != part(arms.front())) return true;
    return false;
  };
  const bool scenarios = varies([](const ArmDefinition& a) { return a.scenario; });
  const bool arrangements = varies([](const ArmDefinition& a) { return a.arrangement; });
  std::vector<bool> factors;
  for (std::size_t f = 0; !arms.empty() && f < arms.front().settings.size(); ++f)
    factors.push_back(varies([f](const ArmDefinition& a) { return a.settings[f].second; }));
  const bool something =
      scenarios || arrangements || std::find(factors.begin(), factors.end(), true) != factors.end();
  std::vector<std::string> labels;
  for (const ArmDefinition& arm : arms) {
    std::string label;
    auto add = [&](const std::string& part) { label += (label.empty() ? "" : ", ") + part; };
    if (scenarios) add(arm.scenario.empty() ? "default scenario" : arm.scenario);
    if (arrangements || !something) add(arm.arrangement.empty() ? "its own arrangement" : arm.arrangement);
    for (std::size_t f = 0; f < factors.size(); ++f)
      if (factors[f])
        add(std::string(info(arm.settings[f].first).name) + " " + exact_number(arm.settings[f].second));
    labels.push_back(label);
  }
  return labels;
}

double arm_count(const Experiment& e) {
  double count = static_cast<double>(std::max<std::size_t>(1, e.scenarios.size())) *
                 static_cast<double>(std::max<std::size_t>(1, e.arrangements.size()));
  for (const Factor& f : e.factors) count *= static_cast<double>(f.values.size());
  return count;
}

std::vector<ArmDefinition> arms_of(const Experiment& e) {
  std::vector<ArmDefinition> arms;
  std::vector<std::string> scenarios, arrangements;
  for (const auto& [name, place] : e.scenarios) scenarios.push_back(name);
  for (const auto& [name, place] : e.arrangements) arrangements.push_back(name);
  if (scenarios.empty()) scenarios.emplace_back();        // each arrangement's default scenario
  if (arrangements.empty()) arrangements.emplace_back();  // each scenario's own arrangement
  for (const std::string& scenario : scenarios)
    for (const std::string& arrangement : arrangements) {
      std::vector<std::size_t> at(e.factors.size(), 0);
      for (;;) {
        ArmDefinition arm;
        arm.scenario = scenario;
        arm.arrangement = arrangement;
        arm.areas = e.areas;
        for (std::size_t f = 0; f < e.factors.size(); ++f)
          arm.settings.emplace_back(e.factors[f].parameter, e.factors[f].values[at[f]]);
        arms.push_back(std::move(arm));
        // The last factor varies fastest.
        std::size_t f = e.factors.size();
        while (f > 0 && ++at[f - 1] == e.factors[f - 1].values.size()) at[--f] = 0;
        if (f == 0) break;
      }
    }
  return arms;
}

std::optional<CheckResult> check_experiment(const std::string& name) {
  std::optional<InputText> text;
  std::error_code error;
  // A built-in name means a scenario or arrangement before an experiment ("01").
  if (!std::filesystem::exists(name, error))
    for (InputKind kind : {InputKind::scenario, InputKind::arrangement}) try {
        read_input(name, kind);
        return std::nullopt;
      } catch (const InputError&) {
      }
  try {
    text = read_input(name, InputKind::experiment);
  } catch (const InputError&) {
    return std::nullopt;  // a file of another kind, or none: checked as such
  }
  if (!text->builtin && !looks_like_an_experiment(text->text)) return std::nullopt;
  CheckResult result;
  result.kind = "experiment";
  result.file = text->name;
  LoadedExperiment loaded;
  try {
    loaded = load_experiment(*text);
  } catch (const InputError& error) {
    result.unreadable = true;
    result.findings.error(error.place(), error.message(), "unreadable");
    return result;
  }
  result.findings = loaded.findings;
  if (result.findings.has_errors()) {
    result.rules_skipped = true;
    return result;
  }
  // Every scenario on every arrangement it names: the fit is what a sweep needs.
  const Experiment& e = loaded.experiment;
  auto names = [](const std::vector<std::pair<std::string, SourcePlace>>& list) {
    return list.empty() ? std::vector<std::pair<std::string, SourcePlace>>{{"", {}}} : list;
  };
  for (const auto& [arrangement, arrangement_place] : names(e.arrangements))
    for (const auto& [scenario, scenario_place] : names(e.scenarios)) {
      ArmDefinition arm{scenario, arrangement, {}, e.areas};
      try {
        PreparedArm prepared(arm);
      } catch (const InputError& error) {
        SourcePlace where = !scenario.empty() && error.place().file.find(scenario) != std::string::npos
                                ? scenario_place
                                : (arrangement.empty() ? scenario_place : arrangement_place);
        // An area it does not know is the areas entry's fault, reported there.
        for (std::size_t i = 0; i < e.areas.size() && i < e.area_places.size(); ++i)
          if (error.message().find("area '" + e.areas[i] + "'") != std::string::npos)
            where = e.area_places[i];
        // A file that is not there is named by the message's own place: said once.
        const bool named_already = error.place().file == scenario || error.place().file == arrangement;
        result.findings.error(
            where.file.empty() ? e.place : where,
            (scenario.empty() ? std::string("the default scenario") : "'" + scenario + "'") +
                " does not run on " +
                (arrangement.empty() ? std::string("its own arrangement") : "'" + arrangement + "'") + ": " +
                (named_already ? error.message() : std::string(error.what())),
            "does-not-fit");
      }
    }
  return result;
}

bool looks_like_an_experiment(std::string_view text) {
  bool experiment = false;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.starts_with("agents:") || line.starts_with("cohorts:") || line.starts_with("injects:"))
      return false;
    if (line.starts_with("arrangements:") || line.starts_with("replications:") ||
        line.starts_with("scenarios:"))
      experiment = true;
    start = end + 1;
  }
  return experiment;
}

}  // namespace govsim
