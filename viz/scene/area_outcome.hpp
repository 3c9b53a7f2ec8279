#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "scene/layout.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// What the national picture colours each council by (issue 13): one of the
/// per-council results of the analysis (sim/analysis/area_results.hpp).
enum class Outcome : std::uint8_t {
  council_knew,   ///< days from the council's first harm until the council knew
  harm_per_100k,  ///< people harmed per 100,000 living there
  harm,           ///< people harmed
  unmet_need,     ///< people left without the care they need
  gaps,           ///< accountability gaps found
};

std::span<const Outcome> all_outcomes();
/// The word `--colour-by` takes: "council-knew", "harm-per-100k", "harm", "unmet-need", "gaps".
std::string_view outcome_name(Outcome outcome);
std::optional<Outcome> outcome_named(std::string_view name);
/// The outcome in words, as the key's title gives it: "Days from first harm until the council knew".
std::string_view outcome_title(Outcome outcome);
/// The same, short enough for the chooser: "Days until the council knew".
std::string_view outcome_label(Outcome outcome);

/// Classes of the colour scale, lightest (0) to darkest.
inline constexpr int outcome_classes = 5;

/// The key to the national picture, in words a councillor reads: what is
/// coloured, what darker means, each class's range and what grey means.
struct OutcomeKey {
  Outcome outcome = Outcome::council_knew;
  std::string title;   ///< "Days from first harm until the council knew"
  std::string darker;  ///< "darker: the council learned later"
  std::string grey;    ///< "grey: no harm yet"
  /// Class k holds the values from breaks[k] up to, not including, breaks[k + 1]; the first class
  /// also holds every value below its lower break, and the last every value from its own up
  /// (its upper break is the run's largest value, where that is beyond an equal class's end).
  std::array<double, outcome_classes + 1> breaks{};
  std::array<std::string, outcome_classes> ranges;  ///< "under 5 days", "5–9 days", ... "20 days or more"
  /// The class of a value.
  int class_of(double value) const;
  bool operator==(const OutcomeKey&) const = default;
};

/// One council's block in the national picture, at one moment.
struct AreaShade {
  std::size_t block = 0;  ///< index into Layout::areas
  std::string area;       ///< its id
  std::string name;       ///< "Fife"
  /// The outcome at this moment, rounded as it is written; none: nothing to
  /// measure yet (no harm yet, no population known), drawn grey.
  std::optional<double> value;
  int band = -1;            ///< the class of the key, 0 lightest; -1 grey
  std::string words;        ///< "knew 3 days after first harm", "not yet", "no harm yet"
  std::string short_words;  ///< the same when room is short: "3 days"
  bool operator==(const AreaShade&) const = default;
};

/// The key for an outcome over this run. Its classes are drawn from the
/// end-of-run per-council results (RunReport::areas), so the key stays still
/// while the run plays and scrubs, and holds every value of every day: each
/// outcome only grows as a run goes on (a council not yet told has waited
/// fewer days than it will have waited by the end). None for a run of one council.
std::optional<OutcomeKey> outcome_key(const Replay& replay, Outcome outcome);

/// Each council block of the layout with its value and class at `day`, for a
/// run of several areas; empty for a run of one council. Values are as of that
/// day, replayed from the log (Replay::area_timelines: harm, unmet need and gaps
/// opened so far) and from the report's own days of first harm and of the
/// council knowing (AreaResult), compared with the day: the view only replays,
/// so the figures it shows on the last day are exactly the report's. A council
/// the scenario did not play in, and the block of national bodies, get no value
/// and no colour.
std::vector<AreaShade> shade_areas(const Replay& replay, const Layout& layout, Outcome outcome, double day,
                                   const OutcomeKey& key);

/// The council block at a point of the layout (index into Layout::areas): in
/// its block, or in the header above it where its name is written. None between
/// blocks, and in a layout of one block.
std::optional<std::size_t> area_at(const Layout& layout, Point world);

/// What clicking a council zooms to: its block and its header.
Box area_extent(const AreaBlock& block);

}  // namespace govsim::view
