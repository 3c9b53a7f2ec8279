#pragma once

#include "io/input_error.hpp"
#include "model/distribution.hpp"
#include "model/link_type.hpp"

namespace govsim {

/// An edge of the influence network.
struct Link {
  LinkType type = LinkType::reports_to;
  Distribution latency_days;  ///< how long an item takes to arrive
  double reliability = 1.0;   ///< chance an item sent over it is acted on
  bool recorded = true;       ///< traffic over it is on the record (the audit trail)
  bool voting = false;        ///< member_of only: a voting member
  SourcePlace place;
};

}  // namespace govsim
