#include "model/role_defaults.hpp"

namespace govsim {

// Weights {risk, cost, performance, evidence}. Modelling assumptions, each with
// the sentence it reads: Improvement Service briefing (2017) sets the professional view ("advice may be given
// on the basis of risk, ensuring quality and maintaining professional standards")
// against the operational one ("operational decisions may be taken on the basis
// of budgets and performance expediency"); ADASS guidance asks councillors to "know
// their constituents and the needs of their community"; a health board and a
// hospital weigh throughput (patient flow). Budgets: social work spending of about
// GBP 3.1bn across 32 councils (Audit Scotland 2016) is about GBP 100m a council;
// the delegated social care budget of an IJB is taken as the same.
RoleDefaults defaults_for(Role role) {
  constexpr DecisionWeights member{0.6, 0.5, 0.3, 0.2};
  constexpr DecisionWeights professional{1.0, 0.2, 0.3, 0.6};
  constexpr DecisionWeights operational{0.5, 0.6, 0.6, 0.3};
  constexpr DecisionWeights body{0.5, 0.5, 0.5, 0.2};
  switch (role) {
    case Role::councillor:
      return {5, 3.0, 3, 0, member};
    case Role::lead_member:
      return {5, 2.0, 3, 0, {0.6, 0.6, 0.4, 0.3}};
    case Role::leader:
      return {5, 2.0, 4, 0, {0.5, 0.7, 0.5, 0.2}};
    case Role::scrutiny_committee:
      return {20, 0.0, 3, 42, body};  // six-weekly
    case Role::cabinet:
      return {20, 0.0, 4, 14, body};  // fortnightly
    case Role::full_council:
      return {30, 0.0, 5, 42, body, 100.0};
    case Role::chief_executive:
      return {10, 1.0, 4, 0, {0.5, 0.7, 0.6, 0.3}};
    case Role::dass:
      return {8, 1.0, 4, 0, professional};
    case Role::cswo:
    case Role::dcs:
      return {8, 1.0, 4, 0, professional};
    case Role::ijb:
      return {20, 0.0, 4, 42, body, 100.0};
    case Role::ijb_chief_officer:
      return {8, 1.0, 4, 0, {0.4, 0.6, 0.8, 0.2}};
    case Role::ijb_chief_finance_officer:
      return {8, 2.0, 4, 0, {0.2, 1.0, 0.3, 0.1}};
    case Role::health_board:
      return {20, 0.0, 4, 56, body, 100.0};
    case Role::health_board_non_executive:
      return {5, 3.0, 3, 0, {0.4, 0.5, 0.9, 0.2}};
    case Role::professional_adviser:
      return {5, 2.0, 3, 0, {0.9, 0.1, 0.3, 0.5}};
    case Role::hospital:
      return {50, 0.5, 3, 0, {0.3, 0.4, 1.0, 0.2}};
    case Role::head_of_service:
      return {10, 1.0, 3, 0, operational};
    case Role::operational_manager:
      return {10, 1.0, 3, 0, operational};
    case Role::frontline_team:
      return {20, 0.5, 2, 0, {0.8, 0.2, 0.3, 0.5}};
    case Role::provider:
      return {20, 1.0, 2, 0, {0.4, 0.8, 0.4, 0.3}};
    case Role::regulator:
      return {5, 5.0, 3, 0, {1.0, 0.0, 0.0, 0.8}};
    case Role::ombudsman:
      return {5, 10.0, 3, 0, {1.0, 0.0, 0.0, 0.8}};
    case Role::constituents:
      return {100, 0.0, 5, 0, {1.0, 0.0, 0.0, 1.0}};
    case Role::service_users:
      return {100, 0.0, 5, 0, {1.0, 0.0, 0.0, 1.0}};
  }
  return {10, 1.0, 3, 0, body};
}

}  // namespace govsim

namespace govsim {

DecisionWeights mean_weights(const std::vector<Role>& roles) {
  if (roles.empty()) return {};
  DecisionWeights mean{0, 0, 0, 0};
  for (Role role : roles) {
    const DecisionWeights w = defaults_for(role).weights;
    mean.risk += w.risk;
    mean.cost += w.cost;
    mean.performance += w.performance;
    mean.evidence += w.evidence;
  }
  const double n = static_cast<double>(roles.size());
  return {mean.risk / n, mean.cost / n, mean.performance / n, mean.evidence / n};
}

}  // namespace govsim
