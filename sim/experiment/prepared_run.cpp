#include "experiment/prepared_run.hpp"

#include "scenario/areas.hpp"
#include "scenario/run_parameters.hpp"
#include "scenario/run_size.hpp"

namespace govsim {

std::unique_ptr<PreparedRun> prepare_run(std::string_view scenario_name,
                                         const std::optional<std::string>& arrangement_name,
                                         const RunChoices& choices) {
  auto prepared = std::make_unique<PreparedRun>();
  prepared->scenario = load_scenario_or_throw(scenario_name);
  prepared->arrangement = arrangement_name ? load_arrangement_or_throw(*arrangement_name)
                                           : load_own_arrangement(prepared->scenario.scenario);
  if (!choices.areas.empty()) {
    prepared->scenario.scenario.areas_named.clear();
    for (const std::string& area : choices.areas)
      prepared->scenario.scenario.areas_named.emplace_back(area, SourcePlace{"--areas"});
  }
  Findings fit;
  check_scenario_against(prepared->scenario.scenario, prepared->arrangement.arrangement, fit);
  // As the user wrote it, so the suggested command works where they are.
  throw_first_error(fit, std::string(scenario_name) +
                             (arrangement_name ? " --arrangement " + *arrangement_name : std::string()));
  // From here on the scenario is the one played in the arrangement's areas:
  // the model runs it, and reports measure each area's copy of each matter.
  prepared->scenario.scenario = play_in_areas(prepared->scenario.scenario, prepared->arrangement.arrangement);
  require_run_size(prepared->scenario.scenario, prepared->arrangement.arrangement,
                   prepared->scenario.scenario.days);
  Parameters parameters = run_parameters(prepared->arrangement.arrangement, prepared->scenario.scenario);
  for (const auto& [param, value] : choices.parameters) parameters.set(param, value, {"--set"});
  prepared->model.emplace(prepared->arrangement.arrangement, prepared->scenario.scenario,
                          std::move(parameters),
                          std::vector<InputFile>{prepared->scenario.input, prepared->arrangement.input});
  return prepared;
}

std::string default_scenario_for(const std::string& arrangement) {
  const LoadedArrangement loaded = load_arrangement_or_throw(arrangement);
  return loaded.arrangement.jurisdiction == Jurisdiction::england ? default_english_scenario
                                                                  : default_scenario;
}

}  // namespace govsim
