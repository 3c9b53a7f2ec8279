#pragma once

#include <vector>

#include "analysis/escalation_paths.hpp"
#include "analysis/gap.hpp"
#include "engine/event_log.hpp"
#include "io/finding.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// Gaps visible in the arrangement itself (no_owner, no_forum,
/// self_accountability, vacancy, blocked_escalation routes), from the same rules
/// `govsim check` runs.
std::vector<Gap> static_gaps(const Arrangement& arrangement);
/// The same, from the findings of those rules when they have already been run.
std::vector<Gap> static_gaps(const Arrangement& arrangement, const Findings& findings);

/// Gaps in what happened, read from a run's log (docs/gaps.md defines each).
std::vector<Gap> dynamic_gaps(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                              const std::vector<EscalationPath>& paths, double end_day);

/// Both, static first, then dynamic by day.
std::vector<Gap> find_gaps(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                           const std::vector<EscalationPath>& paths, double end_day);

}  // namespace govsim
