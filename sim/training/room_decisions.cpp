#include "training/room_decisions.hpp"

#include <algorithm>

#include "io/did_you_mean.hpp"
#include "io/input_error.hpp"

namespace govsim {

std::pair<std::size_t, int> find_option(const Scenario& played, const RoomChoice& choice,
                                        const std::string& where) {
  std::vector<std::string> points;
  for (const DecisionPoint& p : played.decision_points) points.push_back(p.id);
  const auto point = std::find(points.begin(), points.end(), choice.point);
  if (point == points.end())
    throw InputError({where}, points.empty()
                                  ? "scenario '" + played.name + "' has no decision points"
                                  : "'" + printable(choice.point) + "' is not a decision point of '" +
                                        played.name + "'" + did_you_mean_or_list(choice.point, points));
  const DecisionPoint& p = played.decision_points[static_cast<std::size_t>(point - points.begin())];
  std::vector<std::string> options;
  for (const DecisionOption& o : p.options) options.push_back(o.id);
  const auto option = std::find(options.begin(), options.end(), choice.option);
  if (option == options.end())
    throw InputError({where}, "'" + printable(choice.option) + "' is not an option of '" + p.id + "'" +
                                  did_you_mean_or_list(choice.option, options));
  return {static_cast<std::size_t>(point - points.begin()), static_cast<int>(option - options.begin())};
}

RoomChoice parse_room_choice(const std::string& text, const Scenario& played) {
  const auto equals = text.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size())
    throw InputError({"--choose"}, "'" + printable(text) +
                                       "': write POINT=OPTION, a decision point's id and one of its options' "
                                       "ids (`govsim show --scenario` lists them)");
  RoomChoice choice{text.substr(0, equals), text.substr(equals + 1)};
  find_option(played, choice, "--choose");
  return choice;
}

RoomDecisions::RoomDecisions(const Scenario& played, std::vector<RoomChoice> choices) : scenario_(played) {
  for (const RoomChoice& c : choices) {
    const auto [point, option] = find_option(played, c, "--choose");
    const bool again =
        std::any_of(forced_.begin(), forced_.end(), [&](const auto& f) { return f.first == point; });
    if (again)
      throw InputError({"--choose"},
                       "'" + printable(c.point) + "' is chosen twice: choose once at each point");
    forced_.emplace_back(point, option);
  }
}

Choice RoomDecisions::choose(const DecisionContext& context) {
  // The context's point is one of the played scenario's; found by address,
  // since ids repeat when a scenario is played in several council areas.
  std::size_t index = 0;
  while (index < scenario_.decision_points.size() && &scenario_.decision_points[index] != &context.point)
    ++index;
  if (index == scenario_.decision_points.size()) return {context.weighed, false};
  DecisionMet met;
  static_cast<DecisionMoment&>(met) = context;
  met.point = index;
  Choice choice{context.weighed, false};
  for (const auto& [point, option] : forced_)
    if (point == index) choice = {option, true};
  met.chosen = choice.option;
  met.by_room = choice.forced;
  met_.push_back(met);
  return choice;
}

std::optional<DecisionMet> RoomDecisions::first_unchosen() const {
  for (const DecisionMet& m : met_)
    if (!m.by_room) return m;
  return std::nullopt;
}

}  // namespace govsim
