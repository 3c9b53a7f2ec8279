#pragma once

#include <cstdint>

#include "engine/random_stream.hpp"
#include "model/agent.hpp"
#include "model/arrangement.hpp"
#include "model/parameters.hpp"

namespace govsim {

// The small behaviour rules of the model (docs/model.md), each tested on its own
// (tests/behaviour/rules.test.cpp). The run's parts string them together.

/// An agent escalates an item at or above its threshold; below, it acts within
/// its own authority.
bool should_escalate(const Agent& agent, int severity);

/// A matter already escalated goes up again, with the item in hand, only when
/// the harm its holder knows of has grown by `re_escalation_growth`, or it has
/// become more severe, or `re_escalation_days` have passed since it last went up.
bool escalate_again(double last_day, int last_severity, std::uint32_t last_harms, double now, int severity,
                    std::uint32_t harms, const Parameters& p);

/// A statutory officer whose position is less independent is likelier to soften
/// professional advice (Improvement Service briefing (2017): operational decisions "on the basis of budgets
/// and performance expediency" against advice "on the basis of risk").
bool advice_is_softened(double independence, const Parameters& p, RandomStream& random);
/// ...and likelier to give it without putting it on the record.
bool advice_is_left_unrecorded(double independence, const Parameters& p, RandomStream& random);
/// ...and likelier to hold a concern rather than escalate it.
bool concern_is_held(double independence, const Parameters& p, RandomStream& random);

/// What happens to personal information on its way to someone. Elected members
/// never receive it (ADASS guidance: case details "cannot be shared with elected
/// officials or even the lead member"); they get an aggregate instead, unless
/// the arrangement wrongly allows it (a breach), or scrutiny is set up with no
/// aggregates (then it gets nothing).
enum class Delivery { as_sent, as_aggregate, breach, nothing };
Delivery delivery_of_personal_information(bool recipient_faces_members, bool recipient_is_scrutiny,
                                          const ConfidentialityRules& rules);

/// Whether a forum questions a report, or only notes it.
bool forum_questions(double question_probability, RandomStream& random);

/// Salience a harm, complaint or finding adds: its weight times severity / 3.
double salience_added(double weight, int severity);

/// Whether a councillor who knows of a matter this salient calls in scrutiny:
/// opposition members at `opposition_call_in_factor` of the threshold.
bool calls_in_scrutiny(double salience, bool opposition, const Parameters& p);

/// Budget pressure of a body: how far spending needed exceeds what it has, as a
/// share. Needed = budget x (1 + funding_gap) + committed yearly costs;
/// available = budget x (1 − cut). 0 means spending matches the budget.
double budget_pressure(double budget, double funding_gap, double committed, double cut);

/// Staff as a share of their full number: 1 at the starting pressure, falling by
/// `staffing_per_pressure` per unit of pressure added since, never below
/// `minimum_staffing`, never above 1.
double staffing_for(double pressure, double starting_pressure, const Parameters& p);

/// The day, counted from arrival (1, 2, ...), on which a person with unmet need
/// is harmed, given their threshold (an Exp(1) draw made on arrival) and their
/// daily chance of harm: the first day the cumulative hazard reaches the
/// threshold. Drawing the threshold on arrival means the same person meets the
/// same fate under two arrangements unless governance changes their care.
double harm_day(double threshold, double daily_probability);

/// A Poisson count with the given mean (Knuth's method below 30, a rounded
/// normal above), drawn from the stream so runs stay reproducible.
std::uint32_t poisson(double mean, RandomStream& random);

}  // namespace govsim
