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
    bool minuted = true;           ///< minuted, or in a decision record
    bool reasons_missing = false;  ///< advice overruled without recorded reasons
  };
  struct Lever {
    std::string subject, response, taker;
    double day = 0.0, cost = 0.0;
  };
  struct UnmetNeed {
    std::string subject;
    double people = 0.0;
  };
  struct Work {
    std::string agent;
    int items_handled = 0;
    double waiting_days = 0.0;  ///< summed over items: arrival in the inbox to action
    double mean_wait_days = 0.0;
  };
  std::vector<Subject> subjects;
  std::vector<Decision> decisions;
  std::vector<Lever> levers;  ///< responses taken, in order
  double audit_trail_completeness =
      1.0;  ///< share of decisions with advice, reasons where it was overruled, and a minute or record
  std::map<std::string, int> gap_counts;    ///< by gap type, every type present (0 when none)
  int unaddressed_matters = 0;              ///< see unaddressed_matters()
  double unmet_need = 0.0;                  ///< people left without the care they need
  std::vector<UnmetNeed> unmet_by_subject;  ///< the same, per matter, in order of first need
  double reports_considered = 0.0;          ///< reports and concerns forums considered (questioned or noted)
  double noted_without_question_share = 0.0;  ///< of those, the share only noted
  std::vector<Work> hidden_work;              ///< per agent that handled anything, busiest first
};

/// Matters whose accountability chain never completed (Bovens 2007): a matter —
/// a harm, or an item of severity 3 or more — is accounted for when at least one
/// forum with authority questioned an actor on it and either required nothing or
/// saw the action it required closed. Each matter counts once, at the furthest stage
/// any forum took it, so adding a reporting route can move a matter along the
/// chain but never add to the count. Matters that arose within the reporting
/// window of the end are not judged.
int unaddressed_matters(const EventLog& log, const Arrangement& arrangement, double window, double end_day);
/// The matters unaddressed_matters() counts, in the order they arose.
std::vector<Symbol> unaddressed_subjects(const EventLog& log, const Arrangement& arrangement, double window,
                                         double end_day);

RunMetrics run_metrics(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                       const std::vector<Gap>& gaps);

}  // namespace govsim
