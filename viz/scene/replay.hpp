#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/awareness.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/run_report.hpp"
#include "engine/event_log.hpp"
#include "model/arrangement.hpp"

namespace govsim::view {

/// One item's trip along a link, read from item_sent and what followed it.
struct ItemJourney {
  std::uint32_t item = 0;
  AgentVertex from = 0, to = 0;
  double sent = 0.0;
  double arrives = 0.0;            ///< received, or expected (sent + latency) if it never was
  std::optional<double> received;  ///< none: lost, or still travelling when the run ended
  std::optional<double> lost;      ///< when it was recorded lost
  std::string what, subject, channel;
  int severity = 0;
  bool personal = false;
  bool recorded = false;
};

/// One council's outcomes through a run of several (the national arrangement),
/// indexed from the log so that any day's figures are a binary search away.
/// Parallel to RunReport::areas; by the end of the run its running totals are
/// that report's per-council results (tests/viz/scene.test.cpp checks it).
struct AreaTimeline {
  std::string area;                          ///< the area's id
  std::vector<double> harm_day, harm_total;  ///< each harm on its matters, and harm to then
  std::vector<double> unmet_day, unmet_total;
  std::vector<double> gap_day;  ///< sorted: when each of its gaps opened (0 for one in the arrangement)
};

/// A run as the view sees it: the arrangement, the log and the analysis of the
/// log, indexed for drawing any moment quickly. It holds no state of its own
/// beyond indexes: every scene is a function of the log and a moment, which is
/// why scrubbing back reproduces exactly what playing forward showed.
class Replay {
 public:
  /// `scenario` gives matters their titles and options their labels; it, like
  /// the arrangement, must outlive the replay.
  Replay(const Arrangement& arrangement, EventLog log, RunReport report,
         const Scenario& scenario = no_scenario());

  const Arrangement& arrangement() const { return arrangement_; }
  const EventLog& log() const { return log_; }
  const RunReport& report() const { return report_; }
  /// How everything the view shows is named for a reader.
  const PlainWords& words() const { return words_; }
  static const Scenario& no_scenario();
  double end_day() const { return end_day_; }

  const std::vector<ItemJourney>& journeys() const { return journeys_; }
  /// Subjects in order of first appearance, as listed in the view.
  const std::vector<std::string>& subjects() const { return subjects_; }
  const SubjectAwareness* awareness(const std::string& subject) const;
  /// Who was first harmed on a subject: where a harm gap, which names no agent, is drawn.
  std::optional<AgentVertex> first_harmed(const std::string& subject) const;

  /// Per council, in a run of several areas (parallel to report().areas); empty for one council.
  const std::vector<AreaTimeline>& area_timelines() const { return area_timelines_; }

  /// The agent a log symbol names, if it is one.
  std::optional<AgentVertex> agent_of(Symbol symbol) const;

  /// Records at or before `day` (a prefix of the log, since the log is in time order).
  std::size_t records_until(double day) const;
  /// The first record time after `day`, or none at the end.
  std::optional<double> next_event_after(double day) const;
  /// The last record time before `day`, or none at the start.
  std::optional<double> previous_event_before(double day) const;

 private:
  const Arrangement& arrangement_;
  EventLog log_;
  RunReport report_;
  PlainWords words_;
  double end_day_ = 0.0;
  std::vector<std::optional<AgentVertex>> agent_by_symbol_;
  std::vector<ItemJourney> journeys_;
  std::vector<std::string> subjects_;
  std::map<std::string, SubjectAwareness> awareness_;
  std::map<std::string, AgentVertex> first_harmed_;  ///< read once: gap badges ask every frame
  std::vector<AreaTimeline> area_timelines_;
};

}  // namespace govsim::view
