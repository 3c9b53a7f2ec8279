#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/event_log.hpp"

namespace govsim {

/// One hop of an escalation: an item passed from one agent to the next.
struct PathHop {
  std::string from, to;
  std::string channel;  ///< the link type, or a named channel (referral, inject...)
  double sent = 0.0;
  std::optional<double> received;  ///< none: lost on the way, or still travelling at the end
  std::optional<double> acted;     ///< when the receiver did something with it
  double wait = 0.0;               ///< acted (or the end of the run) minus sent, in days
  std::string outcome;             ///< what the receiver did: escalated, resolved, blocked, held, noted...
};

/// Why an escalation path stopped where it did.
enum class PathEnd {
  resolved,                ///< dealt with within the last agent's authority
  joined_open_matter,      ///< added to a matter that agent had already escalated
  decided,                 ///< the last agent took a decision on the subject
  questioned,              ///< a forum questioned the actor: accountability working
  noted_without_question,  ///< a forum only noted it
  no_onward_route,
  vacant_post,
  held,  ///< held, within the protocol's limit
  held_beyond_limit,
  lost,       ///< lost on an unreliable link
  run_ended,  ///< still waiting, or travelling, when the run ended
};
std::string_view to_string(PathEnd end);

/// For one subject, the time-ordered chain of escalations from the agent who
/// raised it to the last who received it. Chains that took the same route and
/// ended the same way are one path with several `occurrences`.
struct EscalationPath {
  std::string subject;
  std::string raised_by;
  double first_day = 0.0;  ///< when the first occurrence was raised
  double last_day = 0.0;   ///< when the last occurrence was raised
  int occurrences = 1;
  std::vector<PathHop> hops;  ///< of the first occurrence
  std::string stopped_at;     ///< the last agent reached
  PathEnd end = PathEnd::run_ended;
  std::string explanation;  ///< where and why it stopped, in a sentence
};

/// How an explanation names an agent, from its id (a report passes
/// PlainWords::agent, so the sentence reads "Full council", not "full_council").
using NameOfAgent = std::function<std::string(std::string_view id)>;

/// Derived from the event log alone. `hold_limit_days` is the protocol's limit
/// for holding a concern; `end_day` the end of the run; without `name_of` the
/// explanations name agents by id.
std::vector<EscalationPath> escalation_paths(const EventLog& log, double hold_limit_days, double end_day,
                                             const NameOfAgent& name_of = {});

}  // namespace govsim
