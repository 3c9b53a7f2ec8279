#pragma once

#include <string>
#include <utility>
#include <vector>

#include "analysis/plain_words.hpp"
#include "engine/event_log.hpp"

namespace govsim {

/// A day-by-day account in plain language ("Day 3 — The health board asked the
/// IJB chief officer to meet a 72-hour discharge target."), built from the log's
/// notable records: injects, decisions, advice, directions, harm, who was drawn
/// in, what was blocked or stopped. Each entry is (day, sentence). Harm is told
/// once a week per matter ("days 14–20: 6 people came to harm"), so a long run
/// reads as a story rather than a tally.
std::vector<std::pair<double, std::string>> narrate(const EventLog& log, const PlainWords& words);

}  // namespace govsim
