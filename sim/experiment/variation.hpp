#pragma once

#include "model/arrangement.hpp"
#include "model/parameters.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

// Changes to an arrangement or a scenario that a validation fact compares
// against the unchanged one. Each is a general rule over roles and link types,
// never over ids, so a fact can be run on an arrangement it has never seen.

/// Every link on the route a concern takes from a frontline team up to the
/// statutory officer (each agent's first way up) takes `factor` times as long
/// (0.5: half the wait).
void scale_latency_to_statutory_officer(Arrangement& a, double factor);

/// The statutory officer loses its direct access (has_access_to) to the chief
/// executive and to every elected member.
void remove_statutory_officer_access(Arrangement& a);

/// Every integration authority (IJB, or the lead agency's health board the
/// council delegates to) loses its reports_to and accountable_to links to the
/// council and the council's committees.
void remove_delegate_reporting_to_council(Arrangement& a);

/// The statutory officer loses its reports_to links to the council and its committees.
void remove_statutory_officer_reports_to_council(Arrangement& a);

/// The statutory officer also holds operational posts (head of service and
/// operational manager): it then weighs what reaches it up its line in its
/// operational capacity, and its independence follows the default rule
/// (model/independence) unless `keep_independence`.
void give_statutory_officer_operational_posts(Arrangement& a, const Parameters& p,
                                              bool keep_independence = false);

/// Sets the statutory officer's independence, so two arrangements can be
/// compared with it held equal.
void set_statutory_officer_independence(Arrangement& a, double independence);

/// Bodies holding `role` meet `factor` times less often, and may or may not
/// take urgent business.
void slow_meetings(Arrangement& a, Role role, double factor, bool urgent_business);

/// Gives the statutory officer a deputy: another head of service in its area if
/// there is one, else a new depute post line-managed as the officer is.
void give_statutory_officer_a_deputy(Arrangement& a);
/// Takes the statutory officer's deputy away.
void remove_statutory_officer_deputy(Arrangement& a);

/// Every area forgets its population, so a scenario's arrivals are the same in
/// each (as written): areas then differ only in their arrangements.
void without_populations(Arrangement& a);

/// Every budget cut in the scenario takes `share` of the budget.
void set_budget_cuts(Scenario& s, double share);

/// Unmet need harms `factor` times as often, in every cohort.
void scale_harm(Scenario& s, double factor);

}  // namespace govsim
