#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/awareness.hpp"
#include "engine/event_log.hpp"
#include "model/arrangement.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

struct DecisionSeen {
  double day = 0.0;
  std::string decider, subject, option;
  bool advice_on_record = false;
  bool minuted = true;  ///< minuted, or in a decision record
  bool overruled_without_reasons = false;
  bool by_direction = false;              ///< an IJB decision, carried out through directions
  std::optional<double> implemented_day;  ///< when the first direction was carried out
  int directions_lost = 0;
};

struct ConditionSeen {
  double day = 0.0;
  std::string condition, by;
  std::string directed_by;  ///< who decided it, where `by` carried out a direction
  double value = 0.0;
};

struct EscalationHop {
  double day = 0.0;
  std::string from, to, channel;
};

struct WarningSigns {
  int items_lost = 0, items_blocked = 0, concerns_held = 0, advice_off_record = 0, advice_overruled = 0,
      confidentiality_blocked = 0, personal_disclosed = 0, reports_noted = 0, reports_questioned = 0;
};

/// What a run amounts to, read from its log: the facts `govsim run` prints and
/// its `--json` carries. (The full report, with gaps, is the analysis module's.)
struct RunDigest {
  std::vector<std::pair<double, std::string>> injects;  ///< day, the inject's note
  std::vector<DecisionSeen> decisions;
  std::vector<ConditionSeen> conditions;
  std::vector<SubjectAwareness> harms;  ///< one per cohort subject
  std::vector<std::pair<std::string, std::vector<EscalationHop>>>
      escalations;  ///< per subject, in time order
  WarningSigns warnings;
};

RunDigest digest_run(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario);

}  // namespace govsim
