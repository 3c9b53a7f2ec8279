#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "behaviour/decision_maker.hpp"
#include "engine/event_log.hpp"
#include "engine/provenance.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// How one replication runs.
struct RunOptions {
  std::uint64_t seed = 1;
  std::uint64_t replication = 0;
  std::optional<double> days;          ///< overrides the scenario's duration
  DecisionMaker* decisions = nullptr;  ///< who chooses at decision points; the scripted policy if null
};

/// A scenario bound to an arrangement: everything that does not change between
/// replications is worked out once here (routes, who faces members, who decides
/// and advises at each decision point), so each replication only replays.
///
/// Preconditions: the arrangement and scenario loaded without errors, and
/// check_scenario_against found none.
class GovernanceModel {
 public:
  GovernanceModel(const Arrangement& arrangement, const Scenario& scenario,
                  std::vector<InputFile> inputs = {});

  /// Runs one replication, replacing the records of `log` (its symbols are kept,
  /// so a log reused across replications does not re-intern names). Every state
  /// change is appended to the log; nothing else is kept.
  void run(const RunOptions& options, EventLog& log) const;

  const Arrangement& arrangement() const { return *arrangement_; }
  const Scenario& scenario() const { return *scenario_; }

  /// Where a concern at `agent` goes next, in the order tried: protocol routes
  /// (escalates_to), the line manager, reports_to, accountable_to, has_access_to.
  struct Route {
    AgentVertex to;
    LinkEdge link;
  };
  const std::vector<Route>& escalation_routes_of(AgentVertex agent) const { return plans_[agent].escalation; }

 private:
  friend class GovernanceRun;

  struct AgentPlan {
    std::vector<Route> escalation;
    bool faces_members = false;  ///< an elected member, or a body with one
    bool is_scrutiny = false;
    bool is_statutory_officer = false;
    std::optional<Route> member_briefing;  ///< statutory officer: how it briefs members
    std::vector<Route> reports;            ///< reports_to links (annual report, regulator findings)
    std::vector<Route> directs;            ///< directs links (IJB directions)
  };
  struct BoundDecision {
    AgentVertex decider = 0;
    AgentVertex adviser = static_cast<AgentVertex>(-1);
    int default_option = 0;
    int if_advised_against = 0;
    bool decider_is_ijb = false;
  };

  struct BoundInject {
    AgentVertex from = static_cast<AgentVertex>(-1);
    std::vector<AgentVertex> to;
    AgentVertex vacate = static_cast<AgentVertex>(-1);
  };
  struct BoundCohort {
    AgentVertex agent = 0;
    AgentVertex team = 0;
    int condition = -1;  ///< index of the condition giving the unmet share, or -1
  };

  std::optional<LinkEdge> link_between(AgentVertex from, AgentVertex to) const;
  static constexpr AgentVertex no_vertex() { return static_cast<AgentVertex>(-1); }

  const Arrangement* arrangement_;
  const Scenario* scenario_;
  std::vector<InputFile> inputs_;
  std::vector<AgentPlan> plans_;
  std::vector<BoundDecision> decisions_;
  std::vector<BoundInject> injects_;
  std::vector<BoundCohort> cohorts_;
  AgentVertex statutory_officer_ = static_cast<AgentVertex>(-1);
  AgentVertex constituents_ = static_cast<AgentVertex>(-1);
  std::vector<AgentVertex> complaint_recipients_;  ///< whom constituents can reach
  AgentVertex scrutiny_ = static_cast<AgentVertex>(-1);
  std::vector<AgentVertex> leadership_;  ///< leader and chief executive of the scenario's area
  AgentVertex regulator_ = static_cast<AgentVertex>(-1);
  std::vector<Route> regulator_findings_;  ///< the regulator's reports_to routes into the scenario's area
};

}  // namespace govsim
