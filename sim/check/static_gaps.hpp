#pragma once

#include "io/finding.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// Accountability gaps visible in the arrangement itself, before any run
/// (docs/gaps.md): no_owner, no_forum, self_accountability, vacancy and
/// blocked_escalation routes. The rule id of each finding is the gap type.
void check_static_gaps(const Arrangement& arrangement, Findings& findings);

}  // namespace govsim
