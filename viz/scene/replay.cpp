#include "scene/replay.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace govsim::view {
namespace {

// Each council's harm, unmet need and gaps as running totals through the run,
// split by area exactly as area_results (sim/analysis/area_results.cpp) splits
// the end-of-run figures: harm on the matters the measures list, unmet need on
// every matter, a gap by its matter's area or else by the area of the first
// agent it names.
std::vector<AreaTimeline> index_areas(const EventLog& log, const Arrangement& arrangement,
                                      const Scenario& played, const RunReport& report) {
  std::vector<AreaTimeline> out;
  std::map<std::string, std::size_t> index;
  for (const AreaResult& r : report.areas) {
    index.emplace(r.area, out.size());
    out.push_back({r.area, {}, {}, {}, {}, {}});
  }
  if (out.empty()) return out;
  auto of_subject = [&](std::string_view subject) -> AreaTimeline* {
    const auto area = played.subject_area.find(std::string(subject));
    if (area == played.subject_area.end()) return nullptr;
    const auto at = index.find(area->second);
    return at == index.end() ? nullptr : &out[at->second];
  };
  std::vector<bool> measured(log.symbols().size(), false);
  for (const RunMetrics::Subject& s : report.metrics.subjects)
    if (const Symbol symbol = log.symbols().find(s.subject); symbol != no_symbol) measured[symbol] = true;
  auto add = [](std::vector<double>& days, std::vector<double>& totals, double day, double value) {
    days.push_back(day);
    totals.push_back((totals.empty() ? 0.0 : totals.back()) + value);
  };
  for (const LogRecord& r : log.records()) {
    if (r.subject == no_symbol) continue;
    if (r.kind == LogKind::harm && measured[r.subject]) {
      if (AreaTimeline* t = of_subject(log.text(r.subject))) add(t->harm_day, t->harm_total, r.time, r.value);
    } else if (r.kind == LogKind::need_unmet) {
      if (AreaTimeline* t = of_subject(log.text(r.subject)))
        add(t->unmet_day, t->unmet_total, r.time, r.value);
    }
  }
  for (const Gap& g : report.gaps) {
    AreaTimeline* t = of_subject(g.subject);
    for (std::size_t i = 0; !t && i < g.agents.size(); ++i)
      if (const auto v = arrangement.find(g.agents[i]))
        if (const auto at = index.find(arrangement.area_of(*v)); at != index.end()) t = &out[at->second];
    if (t) t->gap_day.push_back(g.day.value_or(0.0));
  }
  for (AreaTimeline& t : out) std::sort(t.gap_day.begin(), t.gap_day.end());
  return out;
}

}  // namespace

const Scenario& Replay::no_scenario() {
  static const Scenario none;
  return none;
}

Replay::Replay(const Arrangement& arrangement, EventLog log, RunReport report, const Scenario& scenario)
    : arrangement_(arrangement),
      log_(std::move(log)),
      report_(std::move(report)),
      words_(arrangement, scenario) {
  const auto& records = log_.records();
  end_day_ = report_.days;
  if (!records.empty()) end_day_ = std::max(end_day_, records.back().time);

  agent_by_symbol_.resize(log_.symbols().size());
  for (std::size_t s = 0; s < agent_by_symbol_.size(); ++s)
    agent_by_symbol_[s] = arrangement_.find(log_.text(static_cast<Symbol>(s)));

  std::unordered_map<std::uint32_t, std::size_t> open;  // item -> journey travelling now
  for (const LogRecord& r : records) {
    if (r.kind == LogKind::item_sent) {
      const auto from = agent_of(r.actor), to = agent_of(r.other);
      if (!from || !to) continue;
      ItemJourney j;
      j.item = r.item;
      j.from = *from;
      j.to = *to;
      j.sent = r.time;
      j.arrives = r.time + r.value;
      j.what = std::string(log_.text(r.what));
      j.subject = std::string(log_.text(r.subject));
      j.channel = std::string(log_.text(r.channel));
      j.severity = r.severity;
      j.personal = (r.flags & log_flag::personal) != 0;
      j.recorded = (r.flags & log_flag::recorded) != 0;
      open[r.item] = journeys_.size();
      journeys_.push_back(std::move(j));
    } else if (r.kind == LogKind::harm) {
      if (const auto harmed = agent_of(r.actor))
        first_harmed_.try_emplace(std::string(log_.text(r.subject)), *harmed);
    } else if (r.kind == LogKind::item_received || r.kind == LogKind::item_lost) {
      auto found = open.find(r.item);
      if (found == open.end()) continue;
      ItemJourney& j = journeys_[found->second];
      if (r.kind == LogKind::item_received) {
        j.received = r.time;
        j.arrives = r.time;
      } else {
        j.lost = r.time;
      }
      open.erase(found);
    }
  }
  subjects_ = subjects_of(log_);
  for (const std::string& subject : subjects_)
    awareness_.emplace(subject, awareness_of(log_, arrangement_, subject));
  area_timelines_ = index_areas(log_, arrangement_, scenario, report_);
}

const SubjectAwareness* Replay::awareness(const std::string& subject) const {
  auto found = awareness_.find(subject);
  return found == awareness_.end() ? nullptr : &found->second;
}

std::optional<AgentVertex> Replay::first_harmed(const std::string& subject) const {
  auto found = first_harmed_.find(subject);
  if (found == first_harmed_.end()) return std::nullopt;
  return found->second;
}

std::optional<AgentVertex> Replay::agent_of(Symbol symbol) const {
  if (symbol == no_symbol || symbol >= agent_by_symbol_.size()) return std::nullopt;
  return agent_by_symbol_[symbol];
}

std::size_t Replay::records_until(double day) const {
  const auto& records = log_.records();
  auto end = std::upper_bound(records.begin(), records.end(), day,
                              [](double d, const LogRecord& r) { return d < r.time; });
  return static_cast<std::size_t>(end - records.begin());
}

std::optional<double> Replay::next_event_after(double day) const {
  const auto& records = log_.records();
  const std::size_t i = records_until(day);
  if (i >= records.size()) return std::nullopt;
  return records[i].time;
}

std::optional<double> Replay::previous_event_before(double day) const {
  const auto& records = log_.records();
  auto first_at = std::lower_bound(records.begin(), records.end(), day,
                                   [](const LogRecord& r, double d) { return r.time < d; });
  if (first_at == records.begin()) return std::nullopt;
  return std::prev(first_at)->time;
}

}  // namespace govsim::view
