#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "scenario/arrangement_loader.hpp"

namespace govsim::cli {
namespace {

// What a scenario writer needs to know of an arrangement: the ids and roles to
// name, and the decision types of its scheme of delegation.
int show(const std::string& name) {
  const LoadedArrangement loaded = load_arrangement_or_throw(name);
  const Arrangement& a = loaded.arrangement;
  std::cout << a.name << " (" << to_string(a.jurisdiction) << ", integration: " << to_string(a.integration)
            << ")\n";
  if (!a.description.empty()) std::cout << a.description << "\n";
  std::size_t width = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(a.network)))
    width = std::max(width, a.agent(v).id.size());
  std::cout << "\nAgents: id, roles, name (use the id, or @ROLE for the first holder of a role)\n";
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
    std::cout << '\n';
  }
  std::cout << "\nDecision types (scheme of delegation)\n";
  if (a.scheme_of_delegation.empty()) std::cout << "  none\n";
  for (const DelegatedDecision& d : a.scheme_of_delegation) {
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
  if (const auto officer = a.find(a.statutory_officer.agent))
    std::cout << "\nStatutory officer: " << a.statutory_officer.agent << ", independence "
              << a.agent(*officer).independence << "\n";
  std::cout << "\n"
            << boost::num_vertices(a.network) << " agents, " << boost::num_edges(a.network) << " links\n";
  return 0;
}

}  // namespace

void add_show_command(CLI::App& app, Outcome& outcome) {
  auto name = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "show", "List an arrangement's agents, roles and decision types, for writing scenarios");
  command->add_option("arrangement", *name, "Arrangement file or built-in name")->required();
  command->callback([name, &outcome] { outcome.exit_code = show(*name); });
}

}  // namespace govsim::cli
