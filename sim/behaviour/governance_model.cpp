#include "behaviour/governance_model.hpp"

#include <algorithm>

#include "engine/enforce.hpp"

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

int option_index(const DecisionPoint& point, const std::string& id) {
  for (std::size_t i = 0; i < point.options.size(); ++i)
    if (point.options[i].id == id) return static_cast<int>(i);
  return 0;
}

}  // namespace

std::optional<LinkEdge> GovernanceModel::link_between(AgentVertex from, AgentVertex to) const {
  const Network& n = arrangement_->network;
  std::optional<LinkEdge> found;
  for (auto e : boost::make_iterator_range(boost::out_edges(from, n))) {
    if (boost::target(e, n) != to || n[e].type == LinkType::member_of) continue;
    if (!found || (n[e].recorded && !n[*found].recorded)) found = e;  // prefer the one on the record
  }
  return found;
}

GovernanceModel::GovernanceModel(const Arrangement& arrangement, const Scenario& scenario,
                                 std::vector<InputFile> inputs)
    : arrangement_(&arrangement), scenario_(&scenario), inputs_(std::move(inputs)) {
  const Network& n = arrangement.network;
  plans_.resize(boost::num_vertices(n));

  // Escalation routes, in the order an agent tries them.
  constexpr LinkType order[] = {LinkType::escalates_to, LinkType::line_manages, LinkType::reports_to,
                                LinkType::accountable_to, LinkType::has_access_to};
  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    AgentPlan& plan = plans_[v];
    for (LinkType type : order) {
      if (type == LinkType::line_manages) {
        for (auto e : boost::make_iterator_range(boost::in_edges(v, n)))
          if (n[e].type == type && boost::source(e, n) != v)
            plan.escalation.push_back({boost::source(e, n), e});
        continue;
      }
      for (auto e : boost::make_iterator_range(boost::out_edges(v, n)))
        if (n[e].type == type && boost::target(e, n) != v)
          plan.escalation.push_back({boost::target(e, n), e});
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(v, n))) {
      if (n[e].type == LinkType::reports_to) plan.reports.push_back({boost::target(e, n), e});
      if (n[e].type == LinkType::directs) plan.directs.push_back({boost::target(e, n), e});
    }
    plan.faces_members = faces_members(n, v);
    plan.is_scrutiny = n[v].holds(Role::scrutiny_committee);
  }

  if (const auto officer = arrangement.find(arrangement.statutory_officer.agent)) {
    statutory_officer_ = *officer;
    AgentPlan& plan = plans_[*officer];
    plan.is_statutory_officer = true;
    // Briefing members: the lead member if the officer can reach one, else any member.
    for (auto e : boost::make_iterator_range(boost::out_edges(*officer, n))) {
      const Agent& target = n[boost::target(e, n)];
      if (n[e].type != LinkType::has_access_to && n[e].type != LinkType::reports_to) continue;
      if (!target.is_elected_member()) continue;
      if (!plan.member_briefing ||
          (target.holds(Role::lead_member) && !n[plan.member_briefing->to].holds(Role::lead_member)))
        plan.member_briefing = Route{boost::target(e, n), e};
    }
  }

  // A scenario plays out in the statutory officer's council area. In an
  // arrangement of many councils (national.yaml), a complaint there draws in that
  // council's leadership, not every council's, and the regulator's finding goes
  // to that area's bodies; agents with no area (national bodies, and every agent
  // of a one-council file) are in every area.
  const std::string home_area =
      statutory_officer_ != no_vertex() ? n[statutory_officer_].area : std::string();
  const auto in_home_area = [&](AgentVertex v) {
    return home_area.empty() || n[v].area.empty() || n[v].area == home_area;
  };

  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    const Agent& agent = n[v];
    if (agent.holds(Role::constituents) && constituents_ == no_vertex()) {
      constituents_ = v;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, n)))
        if (n[e].type == LinkType::has_access_to && n[boost::target(e, n)].is_elected_member())
          complaint_recipients_.push_back(boost::target(e, n));
    }
    if (agent.holds(Role::scrutiny_committee) && scrutiny_ == no_vertex()) scrutiny_ = v;
    if (agent.holds(Role::regulator) && regulator_ == no_vertex()) regulator_ = v;
    if ((agent.holds(Role::leader) || agent.holds(Role::chief_executive)) && in_home_area(v))
      leadership_.push_back(v);
  }
  if (regulator_ != no_vertex())
    for (const Route& route : plans_[regulator_].reports)
      if (in_home_area(route.to)) regulator_findings_.push_back(route);

  for (const DecisionPoint& point : scenario.decision_points) {
    BoundDecision bound;
    std::string decider = point.decided_by, adviser = point.advice_from;
    const auto entry =
        std::find_if(arrangement.scheme_of_delegation.begin(), arrangement.scheme_of_delegation.end(),
                     [&](const DelegatedDecision& d) { return d.decision == point.decision; });
    if (decider.empty() && entry != arrangement.scheme_of_delegation.end() && !entry->taken_by.empty())
      decider = entry->taken_by.front();
    if (adviser.empty() && entry != arrangement.scheme_of_delegation.end()) adviser = entry->advice_from;
    const auto decider_vertex = arrangement.resolve(decider);
    GOVSIM_ENFORCE(decider_vertex.has_value(),
                   "decision point '" + point.id + "' has no decider: check the scenario first");
    bound.decider = *decider_vertex;
    if (const auto adviser_vertex = arrangement.resolve(adviser)) bound.adviser = *adviser_vertex;
    bound.default_option = option_index(point, point.default_option);
    bound.if_advised_against = option_index(point, point.if_advised_against);
    bound.decider_is_ijb = n[bound.decider].holds(Role::ijb) && !plans_[bound.decider].directs.empty();
    decisions_.push_back(bound);
  }

  auto must_resolve = [&](const std::string& reference) {
    const auto v = arrangement.resolve(reference);
    GOVSIM_ENFORCE(v.has_value(),
                   "'" + reference + "' does not resolve: check the scenario against the arrangement first");
    return *v;
  };
  for (const Inject& inject : scenario.injects) {
    BoundInject bound;
    if (!inject.from.empty()) bound.from = must_resolve(inject.from);
    for (const std::string& to : inject.to) bound.to.push_back(must_resolve(to));
    if (!inject.vacate.empty()) bound.vacate = must_resolve(inject.vacate);
    injects_.push_back(bound);
  }
  for (const Cohort& cohort : scenario.cohorts) {
    BoundCohort bound{must_resolve(cohort.agent), must_resolve(cohort.served_by), -1};
    if (const auto index = scenario.condition_index(cohort.unmet_share_condition))
      bound.condition = static_cast<int>(*index);
    cohorts_.push_back(bound);
  }
}

}  // namespace govsim
