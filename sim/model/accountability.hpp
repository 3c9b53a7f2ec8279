#pragma once

#include "model/arrangement.hpp"

namespace govsim {

/// A forum with authority: a body of the council, the IJB or the health board, or
/// an elected member — someone who can ask an actor to explain and pass judgement.
bool is_forum_with_authority(const Agent& agent);

/// An accountable agent: a forum with authority, or an actor with an
/// accountable_to route to one (Bovens: an actor–forum relation).
bool is_accountable(const Arrangement& arrangement, AgentVertex agent);

/// Part of "the council" as far as knowing goes: an elected member or a body of them.
bool is_council(const Agent& agent);

}  // namespace govsim
