#include "experiment/variation.hpp"

#include <algorithm>
#include <set>

#include "model/independence.hpp"
#include "model/network_queries.hpp"
#include "model/role_defaults.hpp"

namespace govsim {
namespace {

std::optional<AgentVertex> statutory_officer(const Arrangement& a) {
  return a.find(a.statutory_officer.agent);
}

bool council_forum(const Agent& agent) {
  return std::any_of(agent.roles.begin(), agent.roles.end(), [](Role r) { return is_council_forum(r); });
}

template <typename Predicate>
void remove_links(Arrangement& a, Predicate drop) {
  boost::remove_edge_if([&](LinkEdge e) { return drop(e); }, a.network);
}

}  // namespace

// The route a concern takes: from each frontline team, the first way up each
// agent tries, until it reaches the statutory officer.
void scale_latency_to_statutory_officer(Arrangement& a, double factor) {
  const auto officer = statutory_officer(a);
  if (!officer) return;
  Network& n = a.network;
  std::set<const Link*> on_route;
  for (AgentVertex team : a.holders(Role::frontline_team)) {
    std::vector<EscalationLink> path;
    std::set<AgentVertex> seen{team};
    for (AgentVertex at = team; at != *officer;) {
      const auto links = escalation_links_in_order(n, at);
      if (links.empty() || seen.count(links.front().to)) {
        path.clear();  // never reaches the officer
        break;
      }
      path.push_back(links.front());
      at = links.front().to;
      seen.insert(at);
    }
    for (const EscalationLink& up : path) on_route.insert(&n[up.link]);
  }
  for (auto e : boost::make_iterator_range(boost::edges(n)))
    if (on_route.count(&n[e])) n[e].latency_days = n[e].latency_days.scaled(factor);
}

void remove_statutory_officer_access(Arrangement& a) {
  const auto officer = statutory_officer(a);
  if (!officer) return;
  const Network& n = a.network;
  remove_links(a, [&](LinkEdge e) {
    if (boost::source(e, n) != *officer || n[e].type != LinkType::has_access_to) return false;
    const Agent& to = n[boost::target(e, n)];
    return to.holds(Role::chief_executive) || to.is_elected_member();
  });
}

void remove_delegate_reporting_to_council(Arrangement& a) {
  const Network& n = a.network;
  std::set<AgentVertex> delegates;
  for (auto e : boost::make_iterator_range(boost::edges(n)))
    if (n[e].type == LinkType::delegates && n[boost::source(e, n)].holds(Role::full_council))
      delegates.insert(boost::target(e, n));
  remove_links(a, [&](LinkEdge e) {
    return delegates.count(boost::source(e, n)) &&
           (n[e].type == LinkType::reports_to || n[e].type == LinkType::accountable_to) &&
           council_forum(n[boost::target(e, n)]);
  });
}

void remove_statutory_officer_reports_to_council(Arrangement& a) {
  const auto officer = statutory_officer(a);
  if (!officer) return;
  const Network& n = a.network;
  remove_links(a, [&](LinkEdge e) {
    return boost::source(e, n) == *officer && n[e].type == LinkType::reports_to &&
           council_forum(n[boost::target(e, n)]);
  });
}

void give_statutory_officer_operational_posts(Arrangement& a, const Parameters& p, bool keep_independence) {
  const auto officer = statutory_officer(a);
  if (!officer) return;
  Agent& agent = a.network[*officer];
  for (Role post : {Role::head_of_service, Role::operational_manager})
    if (!agent.holds(post)) agent.roles.push_back(post);
  if (!keep_independence)
    agent.independence = default_independence(agent, a.statutory_officer.on_corporate_management_team, p);
}

void set_statutory_officer_independence(Arrangement& a, double independence) {
  if (const auto officer = statutory_officer(a)) {
    a.network[*officer].independence = independence;
    a.network[*officer].independence_explicit = true;
  }
}

void slow_meetings(Arrangement& a, Role role, double factor, bool urgent_business) {
  for (AgentVertex v : a.holders(role))
    if (auto& meetings = a.network[v].meetings) {
      meetings->every_days *= factor;
      meetings->urgent_business = urgent_business;
    }
}

void give_statutory_officer_a_deputy(Arrangement& a) {
  const auto officer = statutory_officer(a);
  if (!officer) return;
  Agent& post = a.network[*officer];
  for (AgentVertex v : a.holders(Role::head_of_service))
    if (v != *officer && a.agent(v).area == post.area && !a.agent(v).vacant) {
      post.deputy = a.agent(v).id;
      return;
    }
  Agent depute;
  depute.id = post.id + "_depute";
  depute.name = "Depute " + post.name;
  depute.roles = {Role::head_of_service};
  depute.area = post.area;
  const RoleDefaults d = defaults_for(Role::head_of_service);
  depute.capacity_per_day = d.capacity_per_day;
  depute.response_days = Distribution::exponential(d.response_days);
  depute.escalation_threshold = d.escalation_threshold;
  depute.weights = d.weights;
  const AgentVertex v = boost::add_vertex(depute, a.network);
  a.by_id.emplace(a.network[v].id, v);
  a.network[*officer].deputy = a.network[v].id;
}

void remove_statutory_officer_deputy(Arrangement& a) {
  if (const auto officer = statutory_officer(a)) a.network[*officer].deputy.clear();
}

void without_populations(Arrangement& a) {
  for (Area& area : a.areas) area.population.reset();
}

void set_budget_cuts(Scenario& s, double share) {
  for (Inject& inject : s.injects)
    for (BudgetCut& cut : inject.budget_cuts) cut.share = share;
}

void scale_harm(Scenario& s, double factor) {
  for (Cohort& cohort : s.cohorts)
    cohort.harm_per_day_unmet = std::min(1.0, cohort.harm_per_day_unmet * factor);
}

}  // namespace govsim
