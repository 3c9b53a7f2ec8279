#pragma once

#include <string>

#include "analysis/gap.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// A gap as the list of gaps shows it, in a councillor's words: never an id or
/// a type's internal name.
struct GapWords {
  std::string title;        ///< "A required action left open"
  std::string who;          ///< "NHS board, required by Care Inspectorate": who failed first, by name
  std::string rule;         ///< the rule it breaks
  std::string explanation;  ///< the report's sentence
};

GapWords gap_words(const Replay& replay, const Gap& gap);

}  // namespace govsim::view
