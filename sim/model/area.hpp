#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/input_error.hpp"
#include "model/delegation.hpp"

namespace govsim {

/// One council area of an arrangement that holds several (the national one):
/// its name, its people, and its own written protocol — the CSWO or DASS it
/// names and its scheme of delegation. Improvement Service briefing (2017):
/// the CSWO role "is interpreted and enacted differently across each of the 32
/// local authorities", so each area says its own. A file of one council has no
/// `areas:`; its top-level blocks are its one area's.
struct Area {
  std::string id;    ///< as its agents' `area:` give it
  std::string name;  ///< for people to read ("Fife")
  /// People living in the area; a scenario's arrivals are scaled by it
  /// (docs/scenarios.md, "Areas"). Unset: the scenario's figures as written.
  std::optional<double> population;
  /// The family of protocol the area follows ("typical", "partnership"...): a
  /// label for grouping results, as the file writes it; empty if not given.
  std::string pattern;
  std::optional<StatutoryOfficerPosition> statutory_officer;  ///< unset: the file's, or its holder's
  std::vector<DelegatedDecision> scheme_of_delegation;        ///< empty: the file's
  SourcePlace place;
};

}  // namespace govsim
