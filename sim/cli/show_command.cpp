#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "cli/commands.hpp"
#include "model/parameters.hpp"
#include "model/role_defaults.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/run_parameters.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim::cli {
namespace {

struct ShowOptions {
  std::optional<std::string> arrangement;
  std::optional<std::string> scenario;
  bool parameters = false;
  bool json = false;
};

// What a scenario writer needs to know of an arrangement: the ids and roles to
// name, and the decision types of its scheme of delegation.
int show_arrangement(const std::string& name) {
  const LoadedArrangement loaded = load_arrangement_or_throw(name);
  const Arrangement& a = loaded.arrangement;
  std::cout << a.name << " (" << to_string(a.jurisdiction) << ", integration: " << to_string(a.integration)
            << ")\n";
  if (!a.description.empty()) std::cout << a.description << "\n";
  std::size_t width = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(a.network)))
    width = std::max(width, a.agent(v).id.size());
  const bool several = a.area_ids().size() > 1;
  std::cout << "\nAgents: id, roles, name (use the id, or @ROLE for the holder of a role"
            << (several ? " in the area a scenario plays in" : "") << ")\n";
  for (auto v : boost::make_iterator_range(boost::vertices(a.network))) {
    const Agent& agent = a.agent(v);
    std::string roles;
    for (Role role : agent.roles) {
      if (!roles.empty()) roles.append(", ");
      roles.append(to_string(role));
    }
    std::cout << "  " << agent.id << std::string(width + 2 - agent.id.size(), ' ') << roles;
    std::cout << std::string(roles.size() < 30 ? 30 - roles.size() : 1, ' ') << agent.name;
    if (agent.vacant) std::cout << " (vacant)";
    if (agent.budget > 0) std::cout << " (budget GBP " << agent.budget << "m a year)";
    std::cout << '\n';
  }
  auto print_scheme = [](const std::vector<DelegatedDecision>& scheme) {
    if (scheme.empty()) std::cout << "  none\n";
    for (const DelegatedDecision& d : scheme) {
      std::string takers;
      for (const auto& t : d.taken_by) {
        if (!takers.empty()) takers.append(" or ");
        takers.append(t);
      }
      std::cout << "  " << d.decision << ": taken by " << takers;
      if (!d.advice_from.empty()) std::cout << ", advice from " << d.advice_from;
      if (d.key_decision) std::cout << ", a key decision";
      if (d.social_work_function) std::cout << ", a social work function";
      std::cout << '\n';
    }
  };
  if (!several) {
    std::cout << "\nDecision types (scheme of delegation)\n";
    print_scheme(a.scheme_of_delegation);
    if (const auto officer = a.find(a.statutory_officer.agent))
      std::cout << "\nStatutory officer: " << a.statutory_officer.agent << ", independence "
                << a.agent(*officer).independence << "\n";
  } else {
    // Each council's own protocol: its officer and its scheme.
    for (const std::string& id : a.area_ids()) {
      const Area* area = a.area(id);
      std::cout << "\nArea " << id << ": " << a.area_name(id);
      if (area && area->population) std::cout << ", population " << static_cast<long long>(*area->population);
      if (area && !area->pattern.empty()) std::cout << ", pattern " << area->pattern;
      std::cout << "\n";
      const StatutoryOfficerPosition officer = a.statutory_officer_of(id);
      if (const auto v = a.find(officer.agent))
        std::cout << "  statutory officer: " << officer.agent << ", independence " << a.agent(*v).independence
                  << "\n";
      print_scheme(a.scheme_of_delegation_of(id));
    }
  }
  std::cout << "\n"
            << boost::num_vertices(a.network) << " agents, " << boost::num_edges(a.network) << " links\n"
            << "(`govsim show --parameters " << name << "` lists the model's named parameters)\n";
  return 0;
}

std::string origin_of(const Parameters& p, Param x) {
  const SourcePlace& from = p.origin(x);
  if (from.file.empty()) return "default";
  return from.file + ":" + std::to_string(from.line);
}

std::string number(double x) {
  std::ostringstream out;
  out << x;
  return out.str();
}

// Every named parameter with the value a run would use and where it came from,
// then the per-role defaults an arrangement's agents start from.
int show_parameters(const ShowOptions& options) {
  std::optional<LoadedScenario> scenario;
  if (options.scenario) scenario = load_scenario_or_throw(*options.scenario);
  const std::string arrangement_name = options.arrangement.value_or(
      scenario ? scenario->scenario.arrangement : std::string("typical-scottish-ijb"));
  const LoadedArrangement arrangement = load_arrangement_or_throw(arrangement_name);
  const Parameters p = run_parameters(arrangement.arrangement, scenario ? scenario->scenario : Scenario{});

  if (options.json) {
    nlohmann::ordered_json out;
    out["arrangement"] = arrangement.input.name;
    out["scenario"] = scenario ? scenario->input.name : "";
    for (const ParameterInfo& info : parameter_table()) {
      const Param x = *parse_parameter(info.name);
      out["parameters"].push_back({{"name", info.name},
                                   {"group", info.group},
                                   {"value", p[x]},
                                   {"default", info.default_value},
                                   {"unit", info.unit},
                                   {"min", info.min},
                                   {"max", info.max},
                                   {"from", origin_of(p, x)},
                                   {"meaning", info.meaning},
                                   {"source", info.source}});
    }
    for (std::string_view role_name : role_names()) {
      const RoleDefaults d = defaults_for(*parse_role(role_name));
      out["roles"].push_back({{"role", role_name},
                              {"capacity_per_day", d.capacity_per_day},
                              {"response_days", d.response_days},
                              {"escalation_threshold", d.escalation_threshold},
                              {"meets_every_days", d.meets_every_days},
                              {"budget", d.budget},
                              {"weights",
                               {{"risk", d.weights.risk},
                                {"cost", d.weights.cost},
                                {"performance", d.weights.performance},
                                {"evidence", d.weights.evidence}}}});
    }
    std::cout << out.dump(2) << '\n';
    return 0;
  }

  std::cout << "Named parameters for " << arrangement.arrangement.name;
  if (scenario) std::cout << " with scenario " << scenario->scenario.name;
  std::cout
      << "\nSet any of them under `parameters:` in an arrangement or a scenario (the scenario's wins).\n";
  std::string group;
  for (const ParameterInfo& info : parameter_table()) {
    const Param x = *parse_parameter(info.name);
    if (info.group != group) {
      group = info.group;
      std::cout << '\n' << group << '\n';
    }
    std::cout << "  " << std::left << std::setw(40) << info.name << std::setw(8) << number(p[x])
              << std::setw(12) << info.unit << origin_of(p, x) << '\n'
              << "      " << info.meaning << "\n      source: " << info.source << '\n';
  }
  std::cout
      << "\nRole defaults (an agent's file may override each): capacity a day (a body: items a meeting),"
         " mean response days, escalation threshold, meeting cycle, budget GBP m, and decision weights"
         " risk / cost / performance / evidence\n";
  for (std::string_view role_name : role_names()) {
    const RoleDefaults d = defaults_for(*parse_role(role_name));
    std::cout << "  " << std::left << std::setw(28) << role_name << std::setw(6) << number(d.capacity_per_day)
              << std::setw(5) << number(d.response_days) << std::setw(3) << d.escalation_threshold
              << std::setw(5) << number(d.meets_every_days) << std::setw(6) << number(d.budget)
              << number(d.weights.risk) << " / " << number(d.weights.cost) << " / "
              << number(d.weights.performance) << " / " << number(d.weights.evidence) << '\n';
  }
  std::cout << "\ndocs/model.md explains how each is used.\n";
  return 0;
}

}  // namespace

void add_show_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show",
                                         "List an arrangement's agents, roles and decision types; or, with "
                                         "--parameters, the model's parameters");
  command->add_option("arrangement", options->arrangement, "Arrangement file or built-in name");
  command->add_flag("--parameters", options->parameters,
                    "List every named parameter with the value a run uses and where it came from");
  command->add_option("--scenario,-s", options->scenario,
                      "With --parameters: include this scenario's settings (and its default arrangement)");
  command->add_flag("--json", options->json, "With --parameters: print as JSON");
  command->callback([options, &outcome] {
    if (options->parameters) {
      outcome.exit_code = show_parameters(*options);
      return;
    }
    if (!options->arrangement)
      throw CLI::ValidationError(
          "arrangement", "name an arrangement (`govsim show typical-scottish-ijb`), or add --parameters");
    if (options->scenario || options->json)
      throw CLI::ValidationError("--scenario", "--scenario and --json go with --parameters");
    outcome.exit_code = show_arrangement(*options->arrangement);
  });
}

}  // namespace govsim::cli
