#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/gap.hpp"
#include "engine/event_log.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// The numbers of one run (docs/report-schema.md describes each).
struct RunMetrics {
  struct Subject {
    std::string subject;
    std::vector<std::pair<std::string, double>> first_known_by_role;  ///< role, day, in order of learning
    double harm = 0.0;
    std::optional<double> first_harm_day;
    std::optional<double>
        harm_to_accountable_awareness_days;  ///< from first harm to first accountable agent aware
    double harm_before_accountable_awareness = 0.0;
    double harm_before_mitigation = 0.0;  ///< harm before the share of unmet need first came down
  };
  struct Decision {
    std::string subject, decider, option;
    double requested = 0.0, decided = 0.0, latency_days = 0.0;
    bool advice_on_record = false;
  };
  struct Work {
    std::string agent;
    int items_handled = 0;
    double waiting_days = 0.0;  ///< summed over items: arrival in the inbox to action
    double mean_wait_days = 0.0;
  };
  std::vector<Subject> subjects;
  std::vector<Decision> decisions;
  double audit_trail_completeness =
      1.0;  ///< share of decisions with advice and, where overruled, reasons on record
  std::map<std::string, int> gap_counts;  ///< by gap type, every type present (0 when none)
  std::vector<Work> hidden_work;          ///< per agent that handled anything, busiest first
};

RunMetrics run_metrics(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                       const std::vector<Gap>& gaps);

}  // namespace govsim
