#pragma once

#include <optional>
#include <string>
#include <vector>

#include "behaviour/decision_maker.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// One choice the room made: a decision point and an option, by id.
struct RoomChoice {
  std::string point;
  std::string option;
};

/// A decision point as it came before its decider, with what was on the desk:
/// what a room is shown before it chooses, and where its log stops.
struct DecisionMet : DecisionMoment {
  std::size_t point = 0;  ///< index into the played scenario's decision points
  int chosen = 0;         ///< what was taken in this run
  bool by_room = false;
};

/// The room's choices, forced through the decision model at the points they
/// name; at every other point the decider's own weighing. Keeps each point as it
/// came, so a training session knows where to pause. Draws nothing: a run with
/// the same choices gives the same log (`govsim run --choose` and a session).
class RoomDecisions final : public DecisionMaker {
 public:
  /// Throws InputError for a point or option the scenario does not have.
  RoomDecisions(const Scenario& played, std::vector<RoomChoice> choices);

  Choice choose(const DecisionContext& context) override;
  const std::vector<DecisionMet>& met() const { return met_; }
  /// The first point met that the room has not chosen at, if any.
  std::optional<DecisionMet> first_unchosen() const;

 private:
  const Scenario& scenario_;
  std::vector<std::pair<std::size_t, int>> forced_;  ///< point index, option index
  std::vector<DecisionMet> met_;
};

/// "adopt-target=decline" (`--choose`) as a choice; throws InputError naming
/// `--choose` for one that is not POINT=OPTION of the scenario.
RoomChoice parse_room_choice(const std::string& text, const Scenario& played);

/// The index of a decision point and of one of its options, by id; throws
/// InputError (naming `where`) with the ids that exist.
std::pair<std::size_t, int> find_option(const Scenario& played, const RoomChoice& choice,
                                        const std::string& where);

}  // namespace govsim
