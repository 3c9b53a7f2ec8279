#pragma once

#include <cstdint>
#include <vector>

#include "behaviour/decision_model.hpp"
#include "behaviour/item.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

class GovernanceRun;

/// Advice and decisions: decision points put to their deciders, advice asked and
/// given, options weighed on what is on the decider's desk, responses (levers)
/// pulled by agents with the authority for them, directions carried out. Owns
/// the state of each decision point and response, and who answers for each matter.
class Decisions {
 public:
  explicit Decisions(GovernanceRun& run);

  /// A decision point falls due: the question goes to the decider, and advice is
  /// asked of whoever the scheme of delegation names.
  void put(std::size_t point);
  void give_advice(AgentVertex adviser, AgentVertex as, const Item& request);
  void file_advice(AgentVertex at, std::uint32_t id);
  /// A person asked to decide waits a while for the advice it asked for.
  void decide_when_ready(AgentVertex at, std::uint32_t id);
  void decide(AgentVertex decider, const Item& request);
  void implement(AgentVertex at, const Item& direction);
  /// An agent that knows of a matter weighs the responses it has the authority
  /// for that address it, and takes one if it beats doing nothing.
  /// `operational`: it reached `at` up its line of management, so a statutory
  /// officer with an operational post weighs it in that capacity.
  /// `not_setting`: conditions it must not set again now (a body's decisions of this sitting).
  void consider_responses(AgentVertex at, AgentVertex as, Symbol subject, bool operational = false,
                          const std::vector<std::string>& not_setting = {});
  /// A response taken earlier changes services now.
  void response_in_force(std::size_t response, AgentVertex by);

  /// Who answers for a matter: whoever last decided on it or pulled a lever on
  /// it; else whoever holds the authority for a lever on it; else the statutory
  /// officer.
  AgentVertex accountable_for(Symbol subject) const;
  /// The cohorts a matter concerns: a cohort's own subject, or the cohorts a
  /// decision point's options change.
  std::vector<int> cohorts_of(Symbol subject) const;
  /// Whether `taker` may still pull a lever on the matter that would lower the risk now.
  bool lever_open(AgentVertex taker, Symbol subject) const;
  /// The first agent that may still pull such a lever, if any.
  AgentVertex holder_of_open_lever(Symbol subject) const;
  /// Whether `at`, weighing as `as` would, judges that an open lever on the
  /// matter held by `holder` is worth pulling (it would pull it if it could).
  bool would_press(AgentVertex at, AgentVertex as, AgentVertex holder, Symbol subject,
                   bool operational) const;
  bool advice_requested(std::size_t point) const { return state_[point].advice_requested; }
  /// Whether the advice asked for on a decision point has not come yet and the
  /// decider may still wait for it (advice_wait_days from the request).
  bool awaiting_advice(std::size_t point) const;

 private:
  struct PointState {
    double requested_at = 0.0;
    bool advice_requested = false;
    bool advice_received = false;
    bool advice_on_record = false;
    int advised_option = -1;
    int recommended = -1;  ///< what the advice received recommends, on the record or not
    bool decided = false;
    bool implemented = false;
  };
  struct ResponseState {
    bool taken = false;
    bool scheduled = false;  ///< its effect is on its way
    bool in_force = false;
    AgentVertex directed_by = no_agent;    ///< the director, where it was taken by direction
    std::vector<AgentVertex> declined_by;  ///< logged once each
  };
  struct Answerable {
    Symbol subject;
    AgentVertex actor;
  };
  std::vector<double> relative_risks(const DecisionPoint& point, const std::vector<int>& cohorts) const;
  Desk desk(AgentVertex decider, AgentVertex as, const std::vector<int>& cohorts,
            bool operational = false) const;
  double cost_points(AgentVertex as, double cost) const;
  void log_score(AgentVertex decider, Symbol subject, Symbol option, const Score& s);
  void answerable(Symbol subject, AgentVertex actor);
  void take_response(std::size_t r, AgentVertex at, AgentVertex as, const Score& net);

  GovernanceRun& run_;
  std::vector<PointState> state_;
  std::vector<ResponseState> responses_;
  std::vector<Answerable> answerable_;
  std::vector<Symbol> point_subjects_, response_ids_, option_ids_, cohort_subjects_;
  std::vector<std::size_t> first_option_;
  Symbol score_words_[6] = {};
};

}  // namespace govsim
