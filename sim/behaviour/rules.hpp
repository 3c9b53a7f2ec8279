#pragma once

#include <cstdint>
#include <optional>

#include "engine/random_stream.hpp"
#include "model/agent.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

// The behaviour rules of DESIGN §4, each small, named and tested on its own
// (tests/behaviour/rules.test.cpp). The run (governance_run.cpp) strings them together.

/// An agent escalates an item at or above its threshold; below, it acts within
/// its own authority.
bool should_escalate(const Agent& agent, int severity);

/// A statutory officer whose position is less independent is likelier to soften
/// professional advice (seed 003: operational decisions "on the basis of budgets
/// and performance expediency" against advice "on the basis of risk").
bool advice_is_softened(double independence, const BehaviourParameters& b, RandomStream& random);
/// ...and likelier to give it without putting it on the record.
bool advice_is_left_unrecorded(double independence, const BehaviourParameters& b, RandomStream& random);
/// ...and likelier to hold a concern rather than escalate it.
bool concern_is_held(double independence, const BehaviourParameters& b, RandomStream& random);

/// The first meeting of a body at or after `now`.
double next_meeting_day(const MeetingCycle& cycle, double now);

/// What happens to personal information on its way to someone. Elected members
/// never receive it (seed 000: case details "cannot be shared with elected
/// officials or even the lead member"); they get an aggregate instead, unless
/// the arrangement wrongly allows it (a breach), or scrutiny is set up with no
/// aggregates (then it gets nothing).
enum class Delivery { as_sent, as_aggregate, breach, nothing };
Delivery delivery_of_personal_information(bool recipient_faces_members, bool recipient_is_scrutiny,
                                          const ConfidentialityRules& rules);

/// Whether a forum questions a report, or only notes it.
bool forum_questions(const BehaviourParameters& b, RandomStream& random);

/// A Poisson count with the given mean (Knuth's method below 30, a rounded
/// normal above), drawn from the stream so runs stay reproducible.
std::uint32_t poisson(double mean, RandomStream& random);

}  // namespace govsim
