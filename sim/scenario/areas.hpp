#pragma once

#include <string>
#include <vector>

#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// The council areas of `arrangement` a scenario plays in: those it names
/// (`areas:`), else every area that has each role it `needs` — a story about an
/// IJB is not played where there is none (Highland's lead agency). In the
/// arrangement's order; {""} or its one area for a file of one council.
std::vector<std::string> areas_to_play(const Scenario& scenario, const Arrangement& arrangement);

/// The scenario as it plays out in each of those areas (docs/scenarios.md,
/// "Areas"). Each area gets its own copy of every cohort, inject, decision point,
/// response, condition and matter, with:
/// - every "@ROLE" (and "@statutory_officer") resolved among the agents serving
///   that area, so harm in Fife reaches Fife's team, members and CSWO;
/// - ids, conditions and matters prefixed by the area ("fife.care-after-discharge"),
///   so each area draws from random streams of its own (adding an area shifts no
///   other area's draws) and is measured on its own; titles end "in Fife";
/// - arrivals scaled by the area's population over `reference_population`, where
///   the area declares one.
/// In a file of one council nothing is renamed or scaled: the scenario plays as
/// written. Precondition: check_scenario_against found no error.
Scenario play_in_areas(const Scenario& scenario, const Arrangement& arrangement);

/// "fife." — what an area's copies of a scenario's ids begin with ("" for one council).
std::string area_prefix(const Arrangement& arrangement, const std::string& area);

}  // namespace govsim
