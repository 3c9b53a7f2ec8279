#pragma once

#include "model/arrangement.hpp"
#include "model/parameters.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// The parameters a run of `scenario` on `arrangement` uses: the defaults, then
/// the arrangement's `parameters:`, then the scenario's (the scenario is the
/// experiment, so it has the last word).
Parameters run_parameters(const Arrangement& arrangement, const Scenario& scenario);

}  // namespace govsim
