#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "behaviour/item_type.hpp"
#include "io/input_error.hpp"
#include "model/distribution.hpp"

namespace govsim {

/// A change to a named condition of services (docs/scenarios.md, "Conditions").
struct ConditionChange {
  enum class Operation { set, add, multiply };
  std::string condition;
  Operation operation = Operation::set;
  double value = 0.0;
  SourcePlace place;
};

/// Something the scenario makes happen on a given day: an external demand, a
/// budget cut, an inspection finding, a whistleblower, a complaint, a case.
struct Inject {
  std::string id;
  double day = 0.0;
  std::string note;              ///< plain words for the narrative
  std::optional<ItemType> what;  ///< the item it sends, if any
  std::string from;              ///< sender id; empty for "from outside"
  std::vector<std::string> to;   ///< recipients
  std::string subject;
  int severity = 3;
  bool personal = false;  ///< carries personal (case-level) information
  bool urgent = false;
  bool recorded = true;  ///< sent on the record
  std::vector<ConditionChange> changes;
  std::string vacate;  ///< an agent whose post falls vacant
  SourcePlace place;
};

/// People who use or need care, arriving each day; some have needs left unmet,
/// and unmet need harms (seed 003: expedited discharge "may leave already
/// vulnerable individuals more so").
struct Cohort {
  std::string id;
  std::string agent;                  ///< the service_users agent that stands for them
  std::string served_by;              ///< the team that receives harm notices
  std::string subject;                ///< what their harm is about
  Distribution arrivals_per_day;      ///< mean of a Poisson count each day
  std::string unmet_share_condition;  ///< the condition giving the share left without care
  double unmet_share = 0.0;           ///< used when no condition is named
  double harm_per_day_unmet = 0.0;    ///< chance a person with unmet need is harmed, per day
  Distribution days_at_risk;          ///< how long unmet need lasts
  SourcePlace place;
};

struct DecisionOption {
  std::string id;
  std::string label;
  std::vector<ConditionChange> changes;
};

/// A moment where someone must choose. The decider and adviser come from the
/// arrangement's scheme of delegation unless the scenario names them.
struct DecisionPoint {
  std::string id;
  double day = 0.0;
  std::string decision;     ///< a decision type of the scheme of delegation
  std::string decided_by;   ///< override of the scheme's taker
  std::string advice_from;  ///< override of the scheme's adviser
  std::string subject;
  std::string question;
  std::vector<DecisionOption> options;
  std::string default_option;             ///< chosen when no recorded advice warns against it
  std::string if_advised_against;         ///< chosen when recorded advice warns against the default
  bool professional_view_against = true;  ///< the honest professional advice opposes the default
  bool urgent = false;
  SourcePlace place;
};

/// The knobs of behaviour. Explicit modelling parameters with documented
/// defaults (docs/scenarios.md), not sourced figures.
struct BehaviourParameters {
  double softening_per_lost_independence = 0.8;   ///< P(advice softened) = this × (1 − independence)
  double unrecorded_per_lost_independence = 0.5;  ///< P(advice unrecorded) = this × (1 − independence)
  double holding_per_lost_independence =
      0.5;                          ///< P(statutory officer holds a concern) = this × (1 − independence)
  double complaint_per_harm = 0.3;  ///< chance a harm leads to a complaint to a councillor
  int complaints_to_call_in_scrutiny = 3;
  int complaints_to_draw_in_leadership = 5;
  int harms_to_regulator_interest = 8;
  double forum_question_probability = 0.6;    ///< chance a forum questions a report rather than noting it
  double reasons_recorded_probability = 0.5;  ///< chance reasons are minuted when advice is overruled
  double re_escalation_days = 14.0;           ///< an open matter is not escalated again sooner
  double urgent_meeting_days = 7.0;           ///< a body with urgent business meets within this
  double action_deadline_days = 28.0;         ///< required actions are due this long after
  double advice_wait_days = 7.0;              ///< a person deciding waits this long for advice it asked for
  double hold_limit_days = 14.0;              ///< the protocol's limit for holding a concern (analysis)
  double reporting_window_days = 28.0;        ///< a matter must reach a forum within this (analysis: silent)
};

/// A name of an agent in a scenario ("community_team" or "@cswo"), with where it
/// is written, so a name the arrangement lacks is reported at its own place.
struct AgentReference {
  std::string what;  ///< "inject sender", "decider"...
  std::string name;
  SourcePlace place;
};

/// A scenario file (docs/scenarios.md).
struct Scenario {
  std::string name;
  std::string description;
  std::string source;
  std::string arrangement;  ///< default arrangement, by name or path
  double days = 120.0;
  std::vector<std::pair<std::string, double>> conditions;  ///< in declaration order
  std::vector<Inject> injects;
  std::vector<Cohort> cohorts;
  std::vector<DecisionPoint> decision_points;
  std::optional<double> annual_report_day;  ///< when the CSWO/DASS annual report goes out
  BehaviourParameters behaviour;
  std::vector<AgentReference> references;  ///< every agent the scenario names
  SourcePlace place;

  std::optional<std::size_t> condition_index(std::string_view name) const {
    for (std::size_t i = 0; i < conditions.size(); ++i)
      if (conditions[i].first == name) return i;
    return std::nullopt;
  }
};

}  // namespace govsim
