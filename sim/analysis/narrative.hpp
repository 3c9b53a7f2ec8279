#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/event_log.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// A day-by-day account in plain language ("Day 3 — The health board asked the
/// IJB chief officer to meet a 72-hour discharge target."), built from the log's
/// notable records: injects, decisions, advice, directions, harm, who was drawn
/// in, what was blocked or stopped. Each entry is (day, sentence).
std::vector<std::pair<double, std::string>> narrate(const EventLog& log, const Arrangement& arrangement);

}  // namespace govsim
