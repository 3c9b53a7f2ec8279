#include "experiment/arm.hpp"

#include <sstream>

#include "experiment/prepared_run.hpp"
#include "scenario/areas.hpp"
#include "scenario/input_source.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {

std::string ArmDefinition::label() const {
  std::ostringstream out;
  out << (arrangement.empty() ? scenario : arrangement);
  for (const auto& [param, value] : settings) out << ", " << info(param).name << " " << value;
  if (!areas.empty()) {
    out << ", in ";
    for (std::size_t i = 0; i < areas.size(); ++i) out << (i ? "+" : "") << areas[i];
  }
  return out.str();
}

PreparedArm::PreparedArm(ArmDefinition definition) : definition_(std::move(definition)) {
  if (definition_.scenario.empty())
    definition_.scenario = definition_.arrangement.empty() ? std::string(default_scenario)
                                                           : default_scenario_for(definition_.arrangement);
  const InputText scenario = read_input(definition_.scenario, InputKind::scenario);
  scenario_text_ = scenario.text;
  scenario_ = load_scenario(scenario);
  throw_first_error(scenario_.findings, definition_.scenario);
  if (definition_.arrangement.empty()) {
    arrangement_ = load_own_arrangement(scenario_.scenario);
    arrangement_text_ = read_input(arrangement_.input.name, InputKind::arrangement).text;
  } else {
    const InputText arrangement = read_input(definition_.arrangement, InputKind::arrangement);
    arrangement_text_ = arrangement.text;
    arrangement_ = load_arrangement(arrangement);
    throw_first_error(arrangement_.findings, definition_.arrangement);
  }
  for (const std::string& area : definition_.areas)
    scenario_.scenario.areas_named.emplace_back(area, SourcePlace{});
  Findings fit;
  check_scenario_against(scenario_.scenario, arrangement_.arrangement, fit);
  throw_first_error(fit, definition_.scenario + " --arrangement " + arrangement_.input.name);
  Parameters parameters = run_parameters(arrangement_.arrangement, scenario_.scenario);
  // As `govsim run --set` would give it: a run of the arm is made again so.
  for (const auto& [param, value] : definition_.settings) parameters.set(param, value, {"--set"});
  scenario_.scenario = play_in_areas(scenario_.scenario, arrangement_.arrangement);
  model_ = std::make_unique<GovernanceModel>(arrangement_.arrangement, scenario_.scenario, parameters,
                                             std::vector<InputFile>{scenario_.input, arrangement_.input});
}

ReplicationResult PreparedArm::run(std::uint64_t seed, std::uint64_t replication, EventLog& log) const {
  model_->run({seed, replication, std::nullopt, nullptr, {}}, log);
  ReplicationResult result;
  result.replication = result.stream = replication;
  result.fingerprint = fingerprint_hex(log.fingerprint());
  result.events = log.size();
  result.outcomes = outcomes_by_area(log, arrangement_.arrangement, scenario_.scenario,
                                     scenario_.scenario.days, true, &model_->parameters());
  return result;
}

}  // namespace govsim
