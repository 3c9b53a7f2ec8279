#pragma once

#include <ostream>

#include "analysis/run_report.hpp"
#include "engine/event_log.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// The short account `govsim run` prints: what happened, who knew of each harm
/// when, the escalation chains, and the warning signs in the log.
void write_run_summary(std::ostream& out, const EventLog& log, const Arrangement& arrangement,
                       const Scenario& scenario, const RunReport& report);

}  // namespace govsim
