#pragma once

#include "io/finding.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// The statutory and structural rules of the arrangement's jurisdiction
/// (docs/arrangements.md, "What check looks for"). Each finding names the rule
/// id and cites its source in the message.
void check_statutory_rules(const Arrangement& arrangement, Findings& findings);

}  // namespace govsim
