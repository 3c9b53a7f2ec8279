#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/plain_words.hpp"
#include "analysis/run_report.hpp"

namespace govsim {

/// What is on record for a decision, as a reader says it: "with professional
/// advice on record", "advice overruled without recorded reasons; no minute or
/// decision record".
std::string decision_record_words(const RunMetrics::Decision& decision);

/// "1 day", "2.5 days".
std::string days_phrase(double days);
/// "3 days from the first harm until someone accountable knew", or, at 0,
/// that someone accountable knew by then.
std::string awareness_after_harm(double days);

/// Escalations that took the same route (the same hops, whatever became of
/// them at the end), drawn once with how often and how each time ended.
struct RouteGroup {
  const EscalationPath* route = nullptr;  ///< the first path that took it
  int occurrences = 0;
  double first_day = 0.0, last_day = 0.0;
  std::vector<std::pair<std::string, int>> endings;  ///< explanation, how many times
};
std::vector<RouteGroup> route_groups(const std::vector<EscalationPath>& paths);

/// How the paths of a route ended, as one phrase: "ended: X" or "ended: X (3
/// times)" when they all ended alike; "ended 2 ways: X (once); Y (twice)" when
/// they did not, so that two endings never read as one.
std::string endings_phrase(const RouteGroup& group);
/// "once", "twice", "3 times".
std::string times_phrase(int times);

/// The gaps as a reader takes them in: those in the arrangement itself first,
/// then those of the run in the order they opened.
std::vector<const Gap*> gaps_in_reading_order(const std::vector<Gap>& gaps);

/// A term a report uses and what it means, for the glossary and docs/gaps.md.
struct GlossaryEntry {
  std::string_view term, meaning;
};
std::span<const GlossaryEntry> glossary();

/// One line of the table of councils in a run of several, in words and figures
/// a reader sees ("-" where a measure has no value).
struct CouncilRow {
  std::string name, harm, per_100k, unmet, council_knew, days_from_harm, decision_days, gaps;
};
/// The councils, worst first (analysis/area_results.hpp ranked()); `per_head`
/// says whether the per-100,000 column applies (every population known).
std::vector<CouncilRow> council_rows(const RunReport& report, bool& per_head);

/// A number of days to one decimal place.
std::string days_text(double days);

/// The first day the council (an elected member or a council body) knew of any
/// harmed matter; none if it never did or nobody was harmed.
std::optional<double> council_first_knew(const RunReport& report);

}  // namespace govsim
