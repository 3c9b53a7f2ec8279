#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "behaviour/decision_maker.hpp"
#include "behaviour/item.hpp"
#include "engine/event_log.hpp"
#include "engine/provenance.hpp"
#include "model/arrangement.hpp"
#include "model/parameters.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// How one replication runs.
struct RunOptions {
  std::uint64_t seed = 1;
  std::uint64_t replication = 0;
  std::optional<double> days;          ///< overrides the scenario's duration
  DecisionMaker* decisions = nullptr;  ///< who chooses at decision points; weighing if null
  /// Options forced at decision points (point index, option index), on top of
  /// the scenario's own `default:`. Forcing changes no random draw.
  std::vector<std::pair<int, int>> forced;
};

/// A scenario bound to an arrangement: everything that does not change between
/// replications is worked out once here (routes, who faces members, who decides
/// and advises, who may pull which lever, who funds whom), so each replication
/// only replays.
///
/// Preconditions: the arrangement and scenario loaded without errors,
/// check_scenario_against found none, and the scenario was played in the
/// arrangement's areas (play_in_areas) when it has several.
class GovernanceModel {
 public:
  GovernanceModel(const Arrangement& arrangement, const Scenario& scenario,
                  std::vector<InputFile> inputs = {});
  /// As above with parameters already merged (validation facts and sweeps set some).
  GovernanceModel(const Arrangement& arrangement, const Scenario& scenario, Parameters parameters,
                  std::vector<InputFile> inputs = {});

  /// Runs one replication, replacing the records of `log` (its symbols are kept,
  /// so a log reused across replications does not re-intern names). Every state
  /// change is appended to the log; nothing else is kept.
  void run(const RunOptions& options, EventLog& log) const;

  const Arrangement& arrangement() const { return *arrangement_; }
  const Scenario& scenario() const { return *scenario_; }
  const Parameters& parameters() const { return parameters_; }

  /// A way from one agent to another over a link of the network, with the key of
  /// the link's own random stream (a hash of its ends and type, so adding a link
  /// shifts no other link's draws).
  struct Route {
    AgentVertex to;
    LinkEdge link;
    std::uint32_t stream = 0;  ///< index into the run's link streams
  };
  /// Where a concern at `agent` goes next, in the order tried: protocol routes
  /// (escalates_to), the line manager, reports_to, accountable_to, has_access_to.
  const std::vector<Route>& escalation_routes_of(AgentVertex agent) const { return plans_[agent].escalation; }

  /// What one agent is bound to do.
  struct AgentPlan {
    std::vector<Route> escalation;
    bool faces_members = false;  ///< an elected member, or a body with one
    bool is_scrutiny = false;
    bool is_statutory_officer = false;
    bool is_end_point = false;             ///< a regulator or ombudsman: where concerns end
    bool opposition = false;               ///< an elected member not of the leader's party
    std::optional<Route> member_briefing;  ///< statutory officer: how it briefs members
    std::vector<Route> reports;            ///< reports_to links
    std::vector<Route> directs;            ///< directs links (IJB directions)
    std::vector<Route> accountable_to;     ///< forums it answers to directly
    DecisionWeights weights;               ///< its own, or its voting members' mean
    /// How it weighs what reaches it up its line of management. A statutory
    /// officer with operational posts handles those in its operational capacity
    /// (its other roles' mean) and everything else in its professional one (seed
    /// 003: "operational decisions ... on the basis of budgets and performance
    /// expediency, and advice ... on the basis of risk"); for anyone else the same.
    DecisionWeights operational_weights;
    std::vector<AgentVertex> votes_in;  ///< bodies it is a voting member of
    AgentVertex funder = no_agent;      ///< the body whose budget pays for it
    std::vector<int> may_take;          ///< responses it has the authority for
    double question_probability = 0.0;  ///< bodies: chance it questions a report
    double independence = 1.0;          ///< the file's, or the default rule's under the run's parameters
    int area = -1;                      ///< index into areas(); -1 for a national agent
  };
  /// Who plays each part in one council area: complaints go to its members,
  /// its own CSWO or DASS briefs them and reports each year, its scrutiny
  /// committee is called in, its leadership drawn in, and regulators' findings
  /// about its people go to its bodies. National agents (no area) serve all.
  struct AreaPlan {
    std::string id;  ///< "" for a file of one council
    AgentVertex statutory_officer = no_agent;
    AgentVertex constituents = no_agent;
    AgentVertex scrutiny = no_agent;
    AgentVertex regulator = no_agent;
    std::vector<AgentVertex> leadership;    ///< its leader and chief executive
    std::vector<Route> regulator_findings;  ///< the regulator's reports_to routes into the area
    std::string administration;             ///< the party of its leader
  };
  struct BoundDecision {
    int area = 0;
    AgentVertex decider = no_agent;
    AgentVertex adviser = no_agent;
    bool by_direction = false;  ///< an IJB: acts through directions
    bool social_work_function = false;
    std::vector<int> cohorts;  ///< cohorts whose conditions its options change
  };
  struct BoundResponse {
    int area = 0;
    std::vector<AgentVertex> takers;  ///< who the scheme of delegation gives it to
    int cohort = -1;                  ///< the cohort whose harm it addresses
    Symbol subject = no_symbol;
  };
  struct BoundInject {
    AgentVertex from = no_agent;
    std::vector<AgentVertex> to;
    AgentVertex vacate = no_agent;
    std::vector<std::pair<AgentVertex, double>> cuts;
  };
  struct BoundCohort {
    AgentVertex agent = 0;
    AgentVertex team = 0;
    int condition = -1;                             ///< the condition giving the unmet share, or -1
    int eligibility = -1;                           ///< the condition giving the eligibility threshold, or -1
    std::vector<AgentVertex> complaint_recipients;  ///< councillors its families can reach
    int area = 0;
  };

  const AgentPlan& plan(AgentVertex v) const { return plans_[v]; }
  const std::vector<BoundDecision>& decisions() const { return decisions_; }
  const std::vector<BoundResponse>& responses() const { return responses_; }
  const std::vector<BoundInject>& injects() const { return injects_; }
  const std::vector<BoundCohort>& cohorts() const { return cohorts_; }
  const std::vector<std::uint64_t>& link_stream_keys() const { return link_stream_keys_; }
  const std::vector<AgentVertex>& budget_holders() const { return budget_holders_; }
  /// Every area of the arrangement, in its order (one, "", for a file of one council).
  const std::vector<AreaPlan>& areas() const { return areas_; }
  const AreaPlan& area(int index) const { return areas_[static_cast<std::size_t>(index)]; }
  /// The area of a matter the scenario plays (scenario.subject_area), by its
  /// index; -1 for one it does not name.
  int area_of_subject(std::string_view subject) const;
  /// The area an agent plays its part in: its own; a national agent's is -1.
  int area_of(AgentVertex v) const { return plans_[v].area; }
  const std::vector<InputFile>& inputs() const { return inputs_; }
  /// A direct link between two agents (not a membership), the recorded one if several.
  std::optional<Route> route_between(AgentVertex from, AgentVertex to) const;
  /// How `from` advises `to`: over an `advises` link if it has one, else any direct link.
  std::optional<Route> advice_route(AgentVertex from, AgentVertex to) const;

 private:
  void bind();
  Route route(LinkEdge e, AgentVertex to) const;

  const Arrangement* arrangement_;
  const Scenario* scenario_;
  Parameters parameters_;
  std::vector<InputFile> inputs_;
  std::vector<AgentPlan> plans_;
  std::vector<BoundDecision> decisions_;
  std::vector<BoundResponse> responses_;
  std::vector<BoundInject> injects_;
  std::vector<BoundCohort> cohorts_;
  std::vector<std::uint64_t> link_stream_keys_;                ///< per link, in boost::edges order
  std::unordered_map<const Link*, std::uint32_t> link_index_;  ///< a link's place in that order
  std::vector<AgentVertex> budget_holders_;
  std::vector<AreaPlan> areas_;
  std::unordered_map<std::string, int> subject_areas_;
};

}  // namespace govsim
