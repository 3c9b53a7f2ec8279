#include "scene/area_outcome.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace govsim::view {
namespace {

struct OutcomeWords {
  Outcome outcome;
  std::string_view name, label, title, darker, grey, unit, one;  ///< `one`: the unit of 1
  bool whole;  ///< counted in whole numbers (days, people, gaps); else to one decimal
};

constexpr std::array<OutcomeWords, 5> outcome_words{{
    {Outcome::council_knew, "council-knew", "Days until the council knew",
     "Days from first harm until the council knew", "darker: the council learned later", "grey: no harm yet",
     "days", "day", true},
    {Outcome::harm_per_100k, "harm-per-100k", "People harmed per 100,000",
     "People harmed per 100,000 living there", "darker: more people harmed for the council's size",
     "grey: no harm yet", "per 100,000", "per 100,000", false},
    {Outcome::harm, "harm", "People harmed", "People harmed", "darker: more people harmed",
     "grey: no harm yet", "people", "person", true},
    {Outcome::unmet_need, "unmet-need", "People left without care", "People left without the care they need",
     "darker: more people left without care", "grey: nobody left without care yet", "people", "person", true},
    {Outcome::gaps, "gaps", "Accountability gaps", "Accountability gaps found",
     "darker: more gaps in accountability", "grey: no gaps yet", "gaps", "gap", true},
}};

const OutcomeWords& words_of(Outcome outcome) { return outcome_words[static_cast<std::size_t>(outcome)]; }

// A value as it is written: whole days, people and gaps; rates to one decimal.
double rounded(double value, bool whole) { return whole ? std::round(value) : std::round(value * 10) / 10; }

std::string number(double value, bool whole) {
  char text[48];
  if (whole || std::fabs(value - std::round(value)) < 1e-9) {
    // Thousands with commas, as a council's papers write them.
    std::snprintf(text, sizeof text, "%.0f", value);
    std::string digits = text;
    const std::size_t sign = digits.front() == '-' ? 1 : 0;
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > static_cast<std::ptrdiff_t>(sign);
         at -= 3)
      digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
  }
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string plural(double value, const char* one, const char* many) {
  return number(value, true) + (value == 1.0 ? one : many);
}

// The largest round class width at most `x`: 1, 2, 2.5 or 5 times a power
// of ten; counts also step by 3 and 4 (and 15, 30, 40...), so that a range of
// 12 days is classes of 3 days, not of 2.
double nice_step(double x, bool whole) {
  if (!(x > 0)) return 1.0;
  const double power = std::pow(10.0, std::floor(std::log10(x)));
  double best = whole ? 1.0 : power;
  for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5}) {
    const double step = m * power;
    const bool integral = std::fabs(step - std::round(step)) < 1e-9;
    if (whole ? !integral : (m == 1.5 || m == 3.0 || m == 4.0 || m == 7.5)) continue;
    if (step <= x * (1 + 1e-9)) best = std::max(best, step);
  }
  return best;
}

// The figure at `day` of a running total: the last total recorded by then.
double total_at(const std::vector<double>& days, const std::vector<double>& totals, double day) {
  const auto after = std::upper_bound(days.begin(), days.end(), day);
  return after == days.begin() ? 0.0 : totals[static_cast<std::size_t>(after - days.begin()) - 1];
}

// An area's outcome at the end of the run, from the report's per-council results; none for grey.
std::optional<double> final_value(const AreaResult& r, Outcome outcome, double end_day) {
  const bool whole = words_of(outcome).whole;
  switch (outcome) {
    case Outcome::council_knew:
      if (const auto days = r.days_harm_to_council(end_day)) return rounded(*days, whole);
      return std::nullopt;
    case Outcome::harm_per_100k:
      if (r.harm > 0)
        if (const auto rate = r.harm_per_100k()) return rounded(*rate, whole);
      return std::nullopt;
    case Outcome::harm:
      return r.harm > 0 ? std::optional(rounded(r.harm, whole)) : std::nullopt;
    case Outcome::unmet_need:
      return r.unmet_need > 0 ? std::optional(rounded(r.unmet_need, whole)) : std::nullopt;
    case Outcome::gaps:
      return r.gaps > 0 ? std::optional(static_cast<double>(r.gaps)) : std::nullopt;
  }
  return std::nullopt;
}

// An area's outcome as of `day`, with its words (long and short).
void value_at(const AreaResult& r, const AreaTimeline& t, Outcome outcome, double day, AreaShade& shade) {
  const bool whole = words_of(outcome).whole;
  const double harm = total_at(t.harm_day, t.harm_total, day);
  auto none = [&](std::string words, std::string short_words) {
    shade.value.reset();
    shade.words = std::move(words);
    shade.short_words = std::move(short_words);
  };
  switch (outcome) {
    case Outcome::council_knew: {
      if (!r.first_harm_day || *r.first_harm_day > day) return none("no harm yet", "no harm yet");
      if (r.council_knew_day && *r.council_knew_day <= day) {
        const double days = rounded(*r.council_knew_day - *r.first_harm_day, whole);
        shade.value = days;
        if (days < 0) {
          shade.words = "knew before the first harm";
          shade.short_words = "knew first";
        } else if (days == 0) {
          shade.words = "knew the day harm began";
          shade.short_words = "0 days";
        } else {
          shade.words = "knew " + plural(days, " day", " days") + " after first harm";
          shade.short_words = plural(days, " day", " days");
        }
        return;
      }
      const double waited = rounded(day - *r.first_harm_day, whole);
      shade.value = waited;
      shade.words = "not yet \xe2\x80\x94 " + plural(waited, " day", " days") + " since first harm";
      shade.short_words = "not yet: " + plural(waited, " day", " days");
      return;
    }
    case Outcome::harm_per_100k: {
      if (!r.population || *r.population <= 0) return none("population not known", "population not known");
      if (harm <= 0) return none("no harm yet", "no harm yet");
      const double rate = rounded(harm / *r.population * 100000.0, whole);
      shade.value = rate;
      shade.words = number(rate, false) + " harmed per 100,000";
      shade.short_words = number(rate, false) + " per 100k";
      return;
    }
    case Outcome::harm: {
      if (harm <= 0) return none("no harm yet", "no harm yet");
      const double people = rounded(harm, whole);
      shade.value = people;
      shade.words = plural(people, " person harmed", " people harmed");
      shade.short_words = number(people, true) + " harmed";
      return;
    }
    case Outcome::unmet_need: {
      const double unmet = total_at(t.unmet_day, t.unmet_total, day);
      if (unmet <= 0) return none("nobody left without care yet", "none yet");
      const double people = rounded(unmet, whole);
      shade.value = people;
      shade.words = plural(people, " person left without care", " people left without care");
      shade.short_words = number(people, true) + " without care";
      return;
    }
    case Outcome::gaps: {
      const auto opened =
          static_cast<double>(std::upper_bound(t.gap_day.begin(), t.gap_day.end(), day) - t.gap_day.begin());
      if (opened <= 0) return none("no gaps yet", "no gaps yet");
      shade.value = opened;
      shade.words = plural(opened, " accountability gap", " accountability gaps");
      shade.short_words = plural(opened, " gap", " gaps");
      return;
    }
  }
}

}  // namespace

std::span<const Outcome> all_outcomes() {
  static constexpr std::array<Outcome, 5> outcomes{Outcome::council_knew, Outcome::harm_per_100k,
                                                   Outcome::harm, Outcome::unmet_need, Outcome::gaps};
  return outcomes;
}

std::string_view outcome_name(Outcome outcome) { return words_of(outcome).name; }
std::string_view outcome_title(Outcome outcome) { return words_of(outcome).title; }
std::string_view outcome_label(Outcome outcome) { return words_of(outcome).label; }

std::optional<Outcome> outcome_named(std::string_view name) {
  for (const OutcomeWords& w : outcome_words)
    if (w.name == name) return w.outcome;
  return std::nullopt;
}

int OutcomeKey::class_of(double value) const {
  int k = 0;
  while (k + 1 < outcome_classes && value >= breaks[static_cast<std::size_t>(k + 1)]) ++k;
  return k;
}

std::optional<OutcomeKey> outcome_key(const Replay& replay, Outcome outcome) {
  const auto& areas = replay.report().areas;
  if (areas.size() < 2) return std::nullopt;
  const OutcomeWords& w = words_of(outcome);
  OutcomeKey key;
  key.outcome = outcome;
  key.title = std::string(w.title);
  key.darker = std::string(w.darker);
  key.grey = std::string(w.grey);
  // Equal classes of a round width from the least value there can be — nought
  // for days (a council may know the day harm began) and rates, one for
  // counts, where nought is grey — as wide as lets the largest value of the
  // run reach the darkest class, which holds every value from its start up.
  const double least = outcome != Outcome::council_knew && w.whole ? 1.0 : 0.0;
  double largest = least;
  for (const AreaResult& r : areas)
    if (const auto v = final_value(r, outcome, replay.end_day())) largest = std::max(largest, *v);
  const double step = nice_step((largest - least) / (outcome_classes - 1), w.whole);
  for (std::size_t k = 0; k < key.breaks.size(); ++k) key.breaks[k] = least + step * static_cast<double>(k);
  key.breaks.back() = std::max(key.breaks.back(), largest);
  auto with_unit = [&](double value, const std::string& text) {
    return text + " " + std::string(value == 1.0 ? w.one : w.unit);
  };
  for (std::size_t k = 0; k < key.ranges.size(); ++k) {
    const double from = key.breaks[k], to = key.breaks[k + 1];
    if (k + 1 == key.ranges.size())
      key.ranges[k] = with_unit(from, number(from, w.whole)) + " or more";
    else if (k == 0 && least == 0.0)
      key.ranges[k] = with_unit(to, "under " + number(to, w.whole));
    else if (w.whole)  // whole numbers: the last of a class is one less than the next class's first
      key.ranges[k] = to - 1 > from
                          ? with_unit(to - 1, number(from, true) + "\xe2\x80\x93" + number(to - 1, true))
                          : with_unit(from, number(from, true));
    else
      key.ranges[k] = with_unit(to, number(from, false) + " to under " + number(to, false));
  }
  return key;
}

std::vector<AreaShade> shade_areas(const Replay& replay, const Layout& layout, Outcome outcome, double day,
                                   const OutcomeKey& key) {
  std::vector<AreaShade> shades;
  const auto& results = replay.report().areas;
  const auto& timelines = replay.area_timelines();
  if (results.size() < 2 || layout.areas.size() < 2) return shades;
  for (std::size_t b = 0; b < layout.areas.size(); ++b) {
    const std::string& id = layout.areas[b].area;
    const auto r =
        std::find_if(results.begin(), results.end(), [&](const AreaResult& a) { return a.area == id; });
    if (r == results.end()) continue;  // national bodies, or an area the scenario did not play in
    AreaShade shade;
    shade.block = b;
    shade.area = id;
    shade.name = r->name;
    value_at(*r, timelines[static_cast<std::size_t>(r - results.begin())], outcome, day, shade);
    if (shade.value) shade.band = key.class_of(*shade.value);
    shades.push_back(std::move(shade));
  }
  return shades;
}

std::optional<std::size_t> area_at(const Layout& layout, Point world) {
  if (layout.areas.size() < 2) return std::nullopt;
  for (std::size_t b = 0; b < layout.areas.size(); ++b)
    if (area_extent(layout.areas[b]).contains(world)) return b;
  return std::nullopt;
}

Box area_extent(const AreaBlock& block) {
  const float top = std::min(block.header.top, block.box.top);
  const float bottom = std::max(block.header.bottom(), block.box.bottom());
  return {block.box.left, top, block.box.width, bottom - top};
}

}  // namespace govsim::view
