#pragma once

#include "model/link_type.hpp"

namespace govsim {

/// What a link of a type is like when its arrangement file does not say.
/// Explicit modelling parameters (docs/arrangements.md), overridable per link.
struct LinkDefaults {
  double latency_days;  ///< mean of an exponential delay
  bool recorded;        ///< formal channels are on the record; informal ones are not
};

LinkDefaults defaults_for(LinkType type);

}  // namespace govsim
