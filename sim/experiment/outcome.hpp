#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/event_log.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

// What one run amounts to, as numbers a comparison can average: read from its
// log alone, in one pass (plus the dynamic gaps where a measure needs them).
// Days are censored at the end of the run: "never" counts as the last day.
#define GOVSIM_OUTCOMES(X)                                                                                   \
  X(harm, "people harmed")                                                                                   \
  X(expected_harm, "people expected to be harmed by the care gaps of the run (averaged over who is harmed)") \
  X(council_knows_day, "day the council first knew of the harm")                                             \
  X(accountable_knows_day, "day someone accountable first knew of the harm")                                 \
  X(days_harm_to_council, "days from the first harm to the council knowing of it")                           \
  X(days_harm_to_accountable, "days from the first harm to someone accountable knowing of it")               \
  X(referral_days, "mean days from a harm to its referral reaching someone accountable")                     \
  X(unmet_need, "people left without the care they need")                                                    \
  X(decision_day, "day the first decision point was decided")                                                \
  X(council_account_day, "day the council first received an account of the first decision point's decision") \
  X(leadership_drawn_in_day, "day the leader or chief executive was drawn in")                               \
  X(forum_acts_day, "day a forum first pulled a lever on the harm")                                          \
  X(advice_softened, "professional advice softened to no objection")                                         \
  X(mean_wait_days, "mean days an item waited in a person's inbox")                                          \
  X(services_wait_days, "mean days an item waited with frontline teams and operational managers")            \
  X(lowest_staffing, "lowest staffing of any funder, as a share of full")                                    \
  X(no_consequence_gaps, "required actions not closed by their deadline")                                    \
  X(delegation_blind_spot_gaps, "delegated decisions the council had not heard of in time")                  \
  X(unaddressed_matters, "matters never reported, only noted, or with a required action left open")

enum class Outcome : std::size_t {
#define GOVSIM_OUTCOME_ENUM(name, text) name,
  GOVSIM_OUTCOMES(GOVSIM_OUTCOME_ENUM)
#undef GOVSIM_OUTCOME_ENUM
      count
};

std::string_view to_string(Outcome outcome);
std::string_view describe(Outcome outcome);
std::optional<Outcome> parse_outcome(std::string_view name);

using Outcomes = std::array<double, static_cast<std::size_t>(Outcome::count)>;

/// How a run of several council areas adds its areas' outcomes up: counts are
/// summed, "first day" measures take the earliest area, the lowest staffing
/// the lowest, and means (days from harm to awareness, waits) the mean over areas.
enum class Aggregate { sum, earliest, lowest, mean };
Aggregate aggregate_of(Outcome outcome);

/// One council area's outcomes.
struct AreaOutcomes {
  std::string area;  ///< "" for a file of one council
  Outcomes outcomes{};
};
/// A run's outcomes, for the whole run and for each area its scenario played in.
struct RunOutcomes {
  Outcomes whole{};
  std::vector<AreaOutcomes> areas;  ///< in the played scenario's order; one for a file of one council
};

/// `with_gaps` runs the gap finder too (for the gap counts); without it those are 0.
/// Each area's matters are its own (scenario.subject_area); in a file of one
/// council the whole run is its one area. The scenario is the one played
/// (play_in_areas), or the file's own for a file of one council.
/// `parameters`, when given, are the run's own (a sweep's factor values); else the files'.
RunOutcomes outcomes_by_area(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                             double end_day, bool with_gaps = true, const Parameters* parameters = nullptr);
/// The whole run's outcomes (outcomes_by_area().whole).
Outcomes outcomes_of(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                     double end_day, bool with_gaps = true);

}  // namespace govsim
