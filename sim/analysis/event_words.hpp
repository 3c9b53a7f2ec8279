#pragma once

#include <string>

#include "analysis/plain_words.hpp"
#include "engine/event_log.hpp"

namespace govsim {

/// One log record as a clause about its actor, in a reader's words ("received
/// a concern about care after hospital discharge from the adult services
/// manager"): what the view's inspector lists for the agent it shows.
std::string event_words(const EventLog& log, const LogRecord& record, const PlainWords& words);

/// An item type as a reader says it, with its article ("a concern", "advice").
std::string item_words(std::string_view type);

}  // namespace govsim
