#include "behaviour/governance_model.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "engine/enforce.hpp"
#include "io/stable_hash.hpp"
#include "model/independence.hpp"
#include "model/network_queries.hpp"
#include "model/role_defaults.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {
namespace {

bool faces_members(const Network& network, AgentVertex v) {
  const Agent& agent = network[v];
  if (agent.is_elected_member()) return true;
  if (agent.kind != AgentKind::body) return false;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, network)))
    if (network[e].type == LinkType::member_of && network[boost::source(e, network)].is_elected_member())
      return true;
  return false;
}

// Who pays for an agent when its file does not say (docs/model.md, "Money"):
// a body with a budget pays for itself; services are paid from the delegated
// budget (the IJB, or the lead agency's health board), council officers by the
// council, the partnership's officers by the IJB, the hospital by the health board.
AgentVertex default_funder(const Arrangement& a, AgentVertex v) {
  const Network& n = a.network;
  const Agent& agent = n[v];
  if (agent.kind == AgentKind::body && agent.budget > 0.0) return v;
  if (agent.roles.empty()) return no_agent;
  auto body_with = [&](Role role) {
    for (AgentVertex b : a.holders(role, agent.area))
      if (n[b].budget > 0.0) return b;
    return no_agent;
  };
  const AgentVertex council = body_with(Role::full_council);
  switch (agent.roles.front()) {
    case Role::frontline_team:
    case Role::operational_manager:
    case Role::head_of_service:
    case Role::provider: {
      AgentVertex delegated = no_agent;
      if (a.integration == Integration::ijb) delegated = body_with(Role::ijb);
      if (a.integration == Integration::lead_agency) delegated = body_with(Role::health_board);
      return delegated != no_agent ? delegated : council;
    }
    case Role::cswo:
    case Role::dass:
    case Role::dcs:
    case Role::chief_executive:
      return council;
    case Role::ijb_chief_officer:
    case Role::ijb_chief_finance_officer: {
      const AgentVertex ijb = body_with(Role::ijb);
      return ijb != no_agent ? ijb : council;
    }
    case Role::hospital:
      return body_with(Role::health_board);
    default:
      return no_agent;
  }
}

DecisionWeights mean_of(const std::vector<DecisionWeights>& all) {
  DecisionWeights mean{0, 0, 0, 0};
  for (const DecisionWeights& w : all) {
    mean.risk += w.risk;
    mean.cost += w.cost;
    mean.performance += w.performance;
    mean.evidence += w.evidence;
  }
  const double count = static_cast<double>(all.size());
  return {mean.risk / count, mean.cost / count, mean.performance / count, mean.evidence / count};
}

}  // namespace

GovernanceModel::GovernanceModel(const Arrangement& arrangement, const Scenario& scenario,
                                 std::vector<InputFile> inputs)
    : GovernanceModel(arrangement, scenario, run_parameters(arrangement, scenario), std::move(inputs)) {}

GovernanceModel::GovernanceModel(const Arrangement& arrangement, const Scenario& scenario,
                                 Parameters parameters, std::vector<InputFile> inputs)
    : arrangement_(&arrangement),
      scenario_(&scenario),
      parameters_(std::move(parameters)),
      inputs_(std::move(inputs)) {
  bind();
}

GovernanceModel::Route GovernanceModel::route(LinkEdge e, AgentVertex to) const {
  return {to, e, link_index_.at(&arrangement_->network[e])};
}

std::optional<GovernanceModel::Route> GovernanceModel::route_between(AgentVertex from, AgentVertex to) const {
  const Network& n = arrangement_->network;
  std::optional<LinkEdge> found;
  for (auto e : boost::make_iterator_range(boost::out_edges(from, n))) {
    if (boost::target(e, n) != to || n[e].type == LinkType::member_of) continue;
    if (!found || (n[e].recorded && !n[*found].recorded)) found = e;  // prefer the one on the record
  }
  if (!found) return std::nullopt;
  return route(*found, to);
}

std::optional<GovernanceModel::Route> GovernanceModel::advice_route(AgentVertex from, AgentVertex to) const {
  const Network& n = arrangement_->network;
  for (auto e : boost::make_iterator_range(boost::out_edges(from, n)))
    if (boost::target(e, n) == to && n[e].type == LinkType::advises) return route(e, to);
  return route_between(from, to);
}

void GovernanceModel::bind() {
  const Arrangement& arrangement = *arrangement_;
  const Scenario& scenario = *scenario_;
  const Network& n = arrangement.network;
  plans_.resize(boost::num_vertices(n));
  GOVSIM_ENFORCE(scenario.played_in_areas() || arrangement.area_ids().size() < 2,
                 "a scenario runs on an arrangement of several areas once played in them (play_in_areas)");

  // Each link draws from its own stream, keyed by its ends and type.
  std::map<std::string, int> seen;
  for (auto e : boost::make_iterator_range(boost::edges(n))) {
    link_index_.emplace(&n[e], static_cast<std::uint32_t>(link_stream_keys_.size()));
    std::string key =
        n[boost::source(e, n)].id + " " + std::string(to_string(n[e].type)) + " " + n[boost::target(e, n)].id;
    key += " " + std::to_string(seen[key]++);
    link_stream_keys_.push_back(stable_hash(key));
  }

  // Each council area plays its own parts: its CSWO or DASS, its members, its
  // scrutiny committee and leadership (docs/model.md, "Areas"). A file of one
  // council is one area, to which every agent belongs; in a file of several,
  // an agent with no area (a national regulator) belongs to none and serves all.
  const std::vector<std::string> area_ids = arrangement.area_ids();
  const bool one_area = area_ids.size() == 1;
  for (const std::string& id : area_ids) {
    AreaPlan area;
    area.id = id;
    if (const auto officer = arrangement.find(arrangement.statutory_officer_of(id).agent))
      area.statutory_officer = *officer;
    for (AgentVertex v : arrangement.holders(Role::leader, id))
      if (area.administration.empty()) area.administration = n[v].party;
    areas_.push_back(std::move(area));
  }
  auto area_index = [&](const std::string& id) {
    const auto found = std::find(area_ids.begin(), area_ids.end(), id);
    return found == area_ids.end() ? -1 : static_cast<int>(found - area_ids.begin());
  };
  for (const auto& [subject, area] : scenario.subject_area) subject_areas_.emplace(subject, area_index(area));
  const auto officer_of_area = [&](int area) { return area < 0 ? no_agent : areas_[area].statutory_officer; };

  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    AgentPlan& plan = plans_[v];
    const Agent& agent = n[v];
    plan.area = one_area ? 0 : area_index(agent.area);
    const std::string administration = plan.area < 0 ? std::string() : areas_[plan.area].administration;
    const bool national_policy_differs = !scenario.national_policy_party.empty() && !administration.empty() &&
                                         scenario.national_policy_party != administration;
    for (const EscalationLink& up : escalation_links_in_order(n, v))
      plan.escalation.push_back(route(up.link, up.to));
    for (auto e : boost::make_iterator_range(boost::out_edges(v, n))) {
      if (n[e].type == LinkType::reports_to) plan.reports.push_back(route(e, boost::target(e, n)));
      if (n[e].type == LinkType::directs) plan.directs.push_back(route(e, boost::target(e, n)));
      if (n[e].type == LinkType::accountable_to) plan.accountable_to.push_back(route(e, boost::target(e, n)));
    }
    plan.faces_members = faces_members(n, v);
    plan.is_scrutiny = agent.holds(Role::scrutiny_committee);
    plan.is_end_point = agent.holds(Role::regulator) || agent.holds(Role::ombudsman);
    plan.opposition = agent.is_elected_member() && !administration.empty() && !agent.party.empty() &&
                      agent.party != administration;
    plan.weights = agent.weights;
    const bool statutory = agent.holds(Role::cswo) || agent.holds(Role::dass);
    if (statutory && agent.roles.size() > 1 && !agent.weights_explicit) {
      std::vector<Role> others;
      for (Role r : agent.roles)
        if (r != Role::cswo && r != Role::dass) others.push_back(r);
      plan.weights = defaults_for(agent.holds(Role::cswo) ? Role::cswo : Role::dass).weights;
      plan.operational_weights = mean_weights(others);
    } else {
      plan.operational_weights = plan.weights;
    }
    // ADASS, Working with elected councillors: "The national policy for social care
    // may not always reflect the political party that the lead councillors stand for".
    if (agent.is_elected_member() && national_policy_differs) {
      plan.weights.performance *= parameters_[Param::national_policy_weight_if_party_differs];
      plan.operational_weights.performance *= parameters_[Param::national_policy_weight_if_party_differs];
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, n)))
      if (n[e].type == LinkType::member_of && n[e].voting) plan.votes_in.push_back(boost::target(e, n));
    plan.funder =
        agent.funded_by.empty() ? default_funder(arrangement, v) : *arrangement.find(agent.funded_by);
    plan.question_probability =
        agent.question_probability.value_or(parameters_[Param::forum_question_probability]);
    // The default independence follows the run's parameters, so a scenario can set them too.
    plan.independence =
        agent.independence_explicit || v != officer_of_area(plan.area)
            ? agent.independence
            : default_independence(
                  agent, arrangement.statutory_officer_of(areas_[plan.area].id).on_corporate_management_team,
                  parameters_);
    if (agent.kind == AgentKind::body && agent.budget > 0.0) budget_holders_.push_back(v);
  }
  // A body weighs as the mean of its voting members, unless its file says otherwise.
  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    if (n[v].kind != AgentKind::body || n[v].weights_explicit) continue;
    std::vector<DecisionWeights> voting;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, n)))
      if (n[e].type == LinkType::member_of && n[e].voting)
        voting.push_back(plans_[boost::source(e, n)].weights);
    if (!voting.empty()) plans_[v].weights = plans_[v].operational_weights = mean_of(voting);
  }

  for (AreaPlan& area : areas_) {
    const AgentVertex officer = area.statutory_officer;
    if (officer != no_agent) {
      AgentPlan& plan = plans_[officer];
      plan.is_statutory_officer = true;
      // Briefing members: the lead member if the officer can reach one, else any member.
      for (auto e : boost::make_iterator_range(boost::out_edges(officer, n))) {
        const Agent& target = n[boost::target(e, n)];
        if (n[e].type != LinkType::has_access_to && n[e].type != LinkType::reports_to) continue;
        if (!target.is_elected_member()) continue;
        if (!plan.member_briefing ||
            (target.holds(Role::lead_member) && !n[plan.member_briefing->to].holds(Role::lead_member)))
          plan.member_briefing = route(e, boost::target(e, n));
      }
    }
    for (auto v : boost::make_iterator_range(boost::vertices(n))) {
      const Agent& agent = n[v];
      if (!arrangement.in_area(v, area.id)) continue;
      if (agent.holds(Role::constituents) && area.constituents == no_agent) area.constituents = v;
      if (agent.holds(Role::scrutiny_committee) && area.scrutiny == no_agent) area.scrutiny = v;
      if (agent.holds(Role::regulator) && area.regulator == no_agent) area.regulator = v;
      if (agent.holds(Role::leader) || agent.holds(Role::chief_executive)) area.leadership.push_back(v);
    }
    if (area.regulator != no_agent)
      for (const Route& r : plans_[area.regulator].reports)
        if (arrangement.in_area(r.to, area.id)) area.regulator_findings.push_back(r);
  }
  const auto area_of_part = [&](const std::string& id) { return std::max(0, area_index(id)); };

  // Which cohorts a set of condition changes touches.
  auto cohorts_touched = [&](const std::vector<ConditionChange>& changes, std::vector<int>& into) {
    for (const ConditionChange& change : changes)
      for (std::size_t c = 0; c < scenario.cohorts.size(); ++c) {
        const Cohort& cohort = scenario.cohorts[c];
        if ((change.condition == cohort.unmet_share_condition ||
             change.condition == cohort.eligibility_condition) &&
            std::find(into.begin(), into.end(), static_cast<int>(c)) == into.end())
          into.push_back(static_cast<int>(c));
      }
  };

  for (const DecisionPoint& point : scenario.decision_points) {
    BoundDecision bound;
    bound.area = area_of_part(point.area);
    std::string decider = point.decided_by, adviser = point.advice_from;
    const DelegatedDecision* entry = arrangement.delegation(point.decision, point.area);
    if (decider.empty() && entry && !entry->taken_by.empty()) decider = entry->taken_by.front();
    if (adviser.empty() && entry) adviser = entry->advice_from;
    const auto decider_vertex = arrangement.resolve(decider, point.area);
    GOVSIM_ENFORCE(decider_vertex.has_value(),
                   "decision point '" + point.id + "' has no decider: check the scenario first");
    bound.decider = *decider_vertex;
    if (const auto adviser_vertex = arrangement.resolve(adviser, point.area)) bound.adviser = *adviser_vertex;
    bound.by_direction = n[bound.decider].holds(Role::ijb) && !plans_[bound.decider].directs.empty();
    bound.social_work_function = (entry && entry->social_work_function) ||
                                 (bound.adviser != no_agent && plans_[bound.adviser].is_statutory_officer);
    for (const DecisionOption& option : point.options) cohorts_touched(option.changes, bound.cohorts);
    decisions_.push_back(bound);
  }

  for (std::size_t r = 0; r < scenario.responses.size(); ++r) {
    const Response& response = scenario.responses[r];
    BoundResponse bound;
    bound.area = area_of_part(response.area);
    if (const DelegatedDecision* entry = arrangement.delegation(response.decision, response.area))
      for (const std::string& taker : entry->taken_by)
        if (const auto v = arrangement.resolve(taker, response.area)) {
          bound.takers.push_back(*v);
          plans_[*v].may_take.push_back(static_cast<int>(r));
        }
    for (std::size_t c = 0; c < scenario.cohorts.size(); ++c)
      if (scenario.cohorts[c].subject == response.addresses && bound.cohort < 0)
        bound.cohort = static_cast<int>(c);
    responses_.push_back(bound);
  }

  auto must_resolve = [&](const std::string& reference, const std::string& area) {
    const auto v = arrangement.resolve(reference, area);
    GOVSIM_ENFORCE(v.has_value(),
                   "'" + reference + "' does not resolve: check the scenario against the arrangement first");
    return *v;
  };
  for (const Inject& inject : scenario.injects) {
    BoundInject bound;
    if (!inject.from.empty()) bound.from = must_resolve(inject.from, inject.area);
    for (const std::string& to : inject.to) bound.to.push_back(must_resolve(to, inject.area));
    if (!inject.vacate.empty()) bound.vacate = must_resolve(inject.vacate, inject.area);
    for (const BudgetCut& cut : inject.budget_cuts)
      bound.cuts.emplace_back(must_resolve(cut.body, inject.area), cut.share);
    injects_.push_back(bound);
  }
  for (const Cohort& cohort : scenario.cohorts) {
    BoundCohort bound{must_resolve(cohort.agent, cohort.area),
                      must_resolve(cohort.served_by, cohort.area),
                      -1,
                      -1,
                      {},
                      area_of_part(cohort.area)};
    if (const auto index = scenario.condition_index(cohort.unmet_share_condition))
      bound.condition = static_cast<int>(*index);
    if (const auto index = scenario.condition_index(cohort.eligibility_condition))
      bound.eligibility = static_cast<int>(*index);
    // Families complain to the councillors the public of their own area can reach.
    const AreaPlan& area = areas_[static_cast<std::size_t>(bound.area)];
    if (area.constituents != no_agent)
      for (auto e : boost::make_iterator_range(boost::out_edges(area.constituents, n)))
        if (n[e].type == LinkType::has_access_to && n[boost::target(e, n)].is_elected_member() &&
            arrangement.in_area(boost::target(e, n), area.id))
          bound.complaint_recipients.push_back(boost::target(e, n));
    cohorts_.push_back(bound);
  }
}

int GovernanceModel::area_of_subject(std::string_view subject) const {
  if (areas_.size() == 1) return 0;
  const auto found = subject_areas_.find(std::string(subject));
  return found == subject_areas_.end() ? -1 : found->second;
}

}  // namespace govsim
