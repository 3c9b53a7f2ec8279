#include "analysis/area_results.hpp"

#include <algorithm>

namespace govsim {

std::vector<AreaResult> area_results(const Arrangement& arrangement, const Scenario& played,
                                     const RunMetrics& metrics,
                                     const std::vector<SubjectAwareness>& awareness,
                                     const std::vector<Gap>& gaps) {
  std::vector<AreaResult> out;
  if (played.areas.size() < 2) return out;
  for (const std::string& id : played.areas) {
    AreaResult r;
    r.area = id;
    r.name = arrangement.area_name(id);
    if (const Area* declared = arrangement.area(id)) r.population = declared->population;
    out.push_back(std::move(r));
  }
  auto of_subject = [&](const std::string& subject) -> AreaResult* {
    const auto area = played.subject_area.find(subject);
    if (area == played.subject_area.end()) return nullptr;
    for (AreaResult& r : out)
      if (r.area == area->second) return &r;
    return nullptr;
  };
  for (const RunMetrics::Subject& s : metrics.subjects)
    if (AreaResult* r = of_subject(s.subject)) r->harm += s.harm;
  for (const SubjectAwareness& a : awareness) {
    AreaResult* r = of_subject(a.subject);
    if (!r || !a.first_harm_day) continue;
    if (!r->first_harm_day || *a.first_harm_day < *r->first_harm_day) r->first_harm_day = a.first_harm_day;
    if (a.council_knows_day && (!r->council_knew_day || *a.council_knows_day < *r->council_knew_day))
      r->council_knew_day = a.council_knows_day;
  }
  std::map<std::string, std::pair<double, int>> latency;
  for (const RunMetrics::Decision& d : metrics.decisions)
    if (AreaResult* r = of_subject(d.subject)) {
      latency[r->area].first += d.latency_days;
      ++latency[r->area].second;
    }
  for (AreaResult& r : out)
    if (const auto l = latency.find(r.area); l != latency.end() && l->second.second > 0)
      r.decision_days = l->second.first / l->second.second;
  // A gap belongs to its matter's area, or to the area of the first agent it names (a gap in the
  // arrangement).
  for (const Gap& g : gaps) {
    AreaResult* r = of_subject(g.subject);
    for (std::size_t i = 0; !r && i < g.agents.size(); ++i)
      if (const auto v = arrangement.find(g.agents[i]))
        for (AreaResult& candidate : out)
          if (candidate.area == arrangement.agent(*v).area) r = &candidate;
    if (!r) continue;
    ++r->gap_counts[std::string(to_string(g.type))];
    ++r->gaps;
  }
  for (const RunMetrics::UnmetNeed& u : metrics.unmet_by_subject)
    if (AreaResult* r = of_subject(u.subject)) r->unmet_need += u.people;
  return out;
}

nlohmann::ordered_json areas_json(const std::vector<AreaResult>& areas, double end_day) {
  auto number = [](const std::optional<double>& x) {
    return x ? nlohmann::ordered_json(*x) : nlohmann::ordered_json();
  };
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  int rank = 0;
  for (const AreaResult* a : ranked(areas))
    out.push_back({{"rank", ++rank},
                   {"area", a->area},
                   {"name", a->name},
                   {"population", number(a->population)},
                   {"harm", a->harm},
                   {"harm_per_100k", number(a->harm_per_100k())},
                   {"unmet_need", a->unmet_need},
                   {"first_harm_day", number(a->first_harm_day)},
                   {"council_knew_day", number(a->council_knew_day)},
                   {"days_harm_to_council", number(a->days_harm_to_council(end_day))},
                   {"decision_days", number(a->decision_days)},
                   {"gaps", a->gaps},
                   {"gap_counts", a->gap_counts}});
  return out;
}

std::vector<const AreaResult*> ranked(const std::vector<AreaResult>& areas) {
  std::vector<const AreaResult*> order;
  for (const AreaResult& a : areas) order.push_back(&a);
  const bool per_head =
      std::all_of(areas.begin(), areas.end(), [](const AreaResult& a) { return a.population; });
  std::stable_sort(order.begin(), order.end(), [&](const AreaResult* a, const AreaResult* b) {
    const double ha = per_head ? *a->harm_per_100k() : a->harm, hb = per_head ? *b->harm_per_100k() : b->harm;
    if (ha != hb) return ha > hb;
    const double ka = a->council_knew_day.value_or(1e18), kb = b->council_knew_day.value_or(1e18);
    if (ka != kb) return ka > kb;
    return a->name < b->name;
  });
  return order;
}

}  // namespace govsim
