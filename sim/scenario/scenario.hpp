#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/input_error.hpp"
#include "model/distribution.hpp"
#include "model/item_type.hpp"
#include "model/parameters.hpp"
#include "model/role.hpp"

namespace govsim {

/// A change to a named condition of services (docs/scenarios.md, "Conditions").
struct ConditionChange {
  enum class Operation { set, add, multiply };
  std::string condition;
  Operation operation = Operation::set;
  double value = 0.0;
  SourcePlace place;
};

/// A cut to a body's budget: a share of its annual budget taken away.
struct BudgetCut {
  std::string body;  ///< agent id or @ROLE
  double share = 0.0;
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
  std::vector<BudgetCut> budget_cuts;
  std::string vacate;  ///< an agent whose post falls vacant
  std::string area;    ///< the council area it happens in, once played in areas ("" for one council)
  SourcePlace place;
};

/// The four bands of assessed need (Fair Access to Care Services; Scotland's
/// 2009 national eligibility framework), lowest first. A condition used as an
/// eligibility threshold holds one of them as 1–4.
enum class NeedBand { low = 1, moderate = 2, substantial = 3, critical = 4 };
inline constexpr const char* need_band_names[] = {"low", "moderate", "substantial", "critical"};

/// People who use or need care, arriving each day; some have needs left unmet,
/// and unmet need harms (Improvement Service briefing (2017): expedited discharge "may leave already
/// vulnerable individuals more so"; eligibility criteria "could potentially leave
/// individuals in need without an appropriate level of service").
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
  /// Shares of arrivals assessed in each band (low, moderate, substantial,
  /// critical); empty: one band, harmed at the cohort's own rate.
  std::vector<double> need_bands;
  std::string eligibility_condition;  ///< condition holding the lowest band served (1–4)
  std::string area;                   ///< the council area they live in, once played in areas
  SourcePlace place;
};

struct DecisionOption {
  std::string id;
  std::string label;
  std::vector<ConditionChange> changes;
  double cost = 0.0;         ///< GBP m a year, borne by the decider's funder
  double performance = 0.0;  ///< how far it meets the proposer's aim (a target): −1 to 1
  SourcePlace place;
};

/// A moment where someone must choose. The decider and adviser come from the
/// arrangement's scheme of delegation unless the scenario names them. The
/// decider weighs the options on what is on its desk (docs/model.md); `forced`
/// makes the choice instead, for training and tests.
struct DecisionPoint {
  std::string id;
  double day = 0.0;
  std::string decision;     ///< a decision type of the scheme of delegation
  std::string decided_by;   ///< override of the scheme's taker
  std::string advice_from;  ///< override of the scheme's adviser
  std::string subject;
  std::string question;
  std::vector<DecisionOption> options;
  int proposal = 0;           ///< the option put forward (advice "against" means against it)
  std::optional<int> forced;  ///< an option chosen whatever the decider would weigh
  /// The option a training session shows as good practice beside the room's
  /// choice (`good_practice:`); none: the one professional advice recommended.
  std::optional<int> good_practice;
  std::vector<std::string> discussion;  ///< prompts for the facilitator when the room decides
  bool urgent = false;
  std::string area;  ///< the council area it is decided in, once played in areas
  SourcePlace place;
  SourcePlace decided_by_place;  ///< where 'decided_by' is written, if it is
};

/// A lever that exists in the scenario: something an agent with the authority
/// for its decision type may do about a matter once it knows of it (a practice
/// direction, pausing a procedure, commissioning step-down beds...).
struct Response {
  std::string id;
  std::string label;
  std::string decision;   ///< decision type of the scheme of delegation that may pull it
  std::string addresses;  ///< the subject (a cohort's harm) it mitigates
  std::vector<ConditionChange> changes;
  double cost = 0.0;         ///< GBP m a year
  double performance = 0.0;  ///< effect on the proposer's aims: −1 to 1
  double takes_days = 0.0;   ///< from the decision to the change in services
  std::string area;          ///< the council area whose people it serves, once played in areas
  SourcePlace place;
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
  std::string
      arrangement;  ///< default arrangement: a built-in's name, or a path (relative to the scenario's folder)
  SourcePlace arrangement_place;  ///< where `arrangement:` is written, for an arrangement that is not found
  double days = 120.0;
  std::vector<std::pair<std::string, double>> conditions;  ///< in declaration order
  /// Plain titles a reader sees for subjects (`subjects:`) and conditions
  /// (`conditions: {name: {start, title}}`); without one, the id humanised.
  std::map<std::string, std::string> subject_titles, condition_titles;
  std::vector<Inject> injects;
  std::vector<Cohort> cohorts;
  std::vector<DecisionPoint> decision_points;
  std::vector<Response> responses;
  std::optional<double> annual_report_day;  ///< when the CSWO/DASS annual report first goes out
  std::string national_policy_party;        ///< the party whose policy national targets are; empty: no effect
  std::vector<ParameterSetting> parameters;
  std::vector<AgentReference> references;  ///< every agent the scenario names
  /// Roles the scenario is about (`needs: [ijb]`): an arrangement where nobody
  /// holds one cannot run it, and check says so once.
  std::vector<std::pair<Role, SourcePlace>> needs;
  /// The council areas it plays in (`areas:`), on an arrangement of several;
  /// empty: every area that has what it `needs`.
  std::vector<std::pair<std::string, SourcePlace>> areas_named;
  /// Set once played in areas (scenario/areas.hpp): the areas it plays in, in
  /// the arrangement's order ({""} for one council), each matter's area, and
  /// the scenario as written, for `check` and for readers.
  std::vector<std::string> areas;
  std::map<std::string, std::string> subject_area;
  std::shared_ptr<const Scenario> as_written;
  bool played_in_areas() const { return as_written != nullptr; }
  SourcePlace place;

  std::optional<std::size_t> condition_index(std::string_view name) const {
    for (std::size_t i = 0; i < conditions.size(); ++i)
      if (conditions[i].first == name) return i;
    return std::nullopt;
  }
};

}  // namespace govsim
