#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/awareness.hpp"
#include "analysis/gap.hpp"
#include "analysis/metrics.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// One council's part of a run of several (the national arrangement): what a
/// researcher compares councils by. Read from the report's own analysis — its
/// measures, who knew when, its gaps — split by the area of each matter.
struct AreaResult {
  std::string area;  ///< the area's id
  std::string name;  ///< "Fife"
  std::optional<double> population;
  double harm = 0.0;        ///< people harmed
  double unmet_need = 0.0;  ///< people left without the care they need
  /// The first day the council (a councillor or council body) knew of harm to
  /// its people; none if it never did, or nobody was harmed.
  std::optional<double> council_knew_day;
  std::optional<double> first_harm_day;
  /// Mean days from a decision being put to being taken, over its decision points; none without one.
  std::optional<double> decision_days;
  std::map<std::string, int> gap_counts;  ///< by gap type (only types found)
  int gaps = 0;

  /// People harmed per 100,000 living there, where the population is known.
  std::optional<double> harm_per_100k() const {
    if (!population || *population <= 0.0) return std::nullopt;
    return harm / *population * 100000.0;
  }
  /// Days from its first harm until its council knew (the end of the run if it never did).
  std::optional<double> days_harm_to_council(double end_day) const {
    if (!first_harm_day) return std::nullopt;
    return (council_knew_day ? *council_knew_day : end_day) - *first_harm_day;
  }
};

/// Each area the scenario played in, in its order; empty for a run of one council.
/// `awareness` must cover each cohort's matter (RunReport::awareness does).
std::vector<AreaResult> area_results(const Arrangement& arrangement, const Scenario& played,
                                     const RunMetrics& metrics,
                                     const std::vector<SubjectAwareness>& awareness,
                                     const std::vector<Gap>& gaps);

/// The councils as JSON, ranked worst first (docs/report-schema.md, "areas"):
/// ids, plain names, and each measure (null where there is none).
nlohmann::ordered_json areas_json(const std::vector<AreaResult>& areas, double end_day);

/// Councils ranked worst first: by harm per 100,000 people where every
/// population is known (else by harm), then later council awareness, then name.
std::vector<const AreaResult*> ranked(const std::vector<AreaResult>& areas);

}  // namespace govsim
