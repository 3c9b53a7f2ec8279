#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/input_error.hpp"

namespace govsim {

// Every behavioural constant of the model, once: name, default, unit, allowed
// range, the part of the model it belongs to, what it does, and where its value
// comes from (a source, or "modelling assumption" with the reason). An
// arrangement's or a scenario's `parameters:` block sets any of them by name;
// `govsim show --parameters` lists them with where each value came from;
// docs/model.md explains each submodel that reads them.
//
// X(name, default, unit, min, max, group, meaning, source)
#define GOVSIM_PARAMETERS(X)                                                                                 \
  /* --- casework: holding and escalating concerns ------------------------------------------------ */       \
  X(re_escalation_days, 14.0, "days", 0.0, 3650.0, "casework",                                               \
    "a matter already escalated is not escalated again sooner, unless the harm known of it has grown",       \
    "modelling assumption: a fortnightly supervision cycle")                                                 \
  X(re_escalation_growth, 2.0, "ratio", 1.0, 1000.0, "casework",                                             \
    "a matter is escalated again at once when the harm its holder knows of has grown by this factor",        \
    "modelling assumption: a doubling is news worth passing on")                                             \
  X(holding_per_lost_independence, 0.5, "probability", 0.0, 1.0, "casework",                                 \
    "chance the statutory officer holds a concern instead of escalating it = this x (1 - independence)",     \
    "Improvement Service (2017), CSWO briefing: the professional and operational roles 'can be "             \
    "conflictual'")                                                                                          \
  X(hold_limit_days, 14.0, "days", 0.0, 3650.0, "casework",                                                  \
    "a held concern is released and escalated after this long; the chief executive's limit for acting",      \
    "modelling assumption: a protocol's two-week limit")                                                     \
  /* --- advice ------------------------------------------------------------------------------------ */      \
  X(softening_per_lost_independence, 0.8, "probability", 0.0, 1.0, "advice",                                 \
    "chance advice is softened to 'no objection' = this x (1 - independence)",                               \
    "Improvement Service (2017): advice 'on the basis of risk', operations on 'budgets and performance "     \
    "expediency'")                                                                                           \
  X(unrecorded_per_lost_independence, 0.5, "probability", 0.0, 1.0, "advice",                                \
    "chance advice is given off the record = this x (1 - independence)",                                     \
    "ADASS, Working with elected councillors: 'an audit trail to demonstrate ... appropriate advice'")       \
  X(independence_lost_per_operational_post, 0.2, "share", 0.0, 1.0, "advice",                                \
    "the statutory officer's default independence falls by this for each operational post it holds",         \
    "Improvement Service (2017): the CSWO role 'is distinct from the post holder's operational management'") \
  X(independence_lost_off_management_team, 0.2, "share", 0.0, 1.0, "advice",                                 \
    "the statutory officer's default independence falls by this when it is off the management team",         \
    "Scottish Government, The Role of the CSWO (2016), paras 11-12: access and influence at the top")        \
  X(minimum_default_independence, 0.2, "share", 0.0, 1.0, "advice",                                          \
    "the lowest default independence the two rules above can give",                                          \
    "modelling assumption: a registered professional never loses all independence")                          \
  X(advice_wait_days, 7.0, "days", 0.0, 3650.0, "advice",                                                    \
    "a decider (a person, or a board at its meetings) waits this long for advice it asked for",              \
    "modelling assumption: a week")                                                                          \
  /* --- decisions: weighing what is on the desk ----------------------------------------------------- */    \
  X(evidence_harm_scale, 5.0, "people", 0.1, 1e6, "decisions",                                               \
    "harm known (or assessed by the statutory officer) that raises a decider's weight on risk 1 - 1/e of "   \
    "the way to 1",                                                                                          \
    "modelling assumption: a handful of known harms changes how a decider sees a risk")                      \
  X(complaint_harm_equivalent, 0.5, "people", 0.0, 100.0, "decisions",                                       \
    "one complaint known counts as this many known harms in a decider's evidence",                           \
    "modelling assumption: a complaint is weaker evidence than a harm notice")                               \
  X(finding_harm_equivalent, 3.0, "people", 0.0, 100.0, "decisions",                                         \
    "one regulator finding known counts as this many known harms",                                           \
    "modelling assumption: an inspection finding is strong, independent evidence")                           \
  X(advice_weight, 0.5, "points", 0.0, 100.0, "decisions",                                                   \
    "recorded professional advice adds this to the option it recommends",                                    \
    "ADASS: reports 'with appropriate evidence to support the decision'; size a modelling assumption")       \
  X(questioned_weight, 0.2, "points", 0.0, 100.0, "decisions",                                               \
    "each forum, member, statutory officer or chief executive pressing an actor on a matter adds this",      \
    "Bovens (2007): the actor must explain and justify; modelling assumption for the size")                  \
  X(required_action_weight, 0.5, "points", 0.0, 100.0, "decisions",                                          \
    "an action a forum required on a matter adds this to acting on it",                                      \
    "Bovens (2007): the actor may face consequences; modelling assumption for the size")                     \
  X(risk_horizon_days, 28.0, "days", 0.0, 3650.0, "decisions",                                               \
    "the statutory officer's reports and advice state the harm it expects over this long if nothing "        \
    "changes",                                                                                               \
    "Improvement Service (2017): the CSWO supports 'the management of corporate risk'; horizon: one cycle")  \
  X(action_hurdle, 0.05, "points", 0.0, 100.0, "decisions",                                                  \
    "a response is taken only when it beats doing nothing by this much", "modelling assumption: inertia")    \
  X(cost_reference_share, 0.1, "share", 1e-6, 100.0, "decisions",                                            \
    "a yearly cost of this share of the funder's annual budget weighs one point",                            \
    "modelling assumption: a tenth of a budget is a large commitment")                                       \
  X(cost_pressure_factor, 1.0, "ratio", 0.0, 100.0, "decisions",                                             \
    "cost weighs (1 + this x budget pressure) times as much under pressure",                                 \
    "Social Work Scotland survey 2023-24: 71% of CSWOs name budgets as the top pressure")                    \
  X(national_policy_weight_if_party_differs, 0.5, "ratio", 0.0, 1.0, "decisions",                            \
    "councillors weigh a national target this much when national policy is not their party's",               \
    "ADASS: 'national policy for social care may not always reflect the political party' of the leadership") \
  X(reasons_recorded_probability, 0.5, "probability", 0.0, 1.0, "decisions",                                 \
    "chance a decider minutes its reasons when it overrules recorded advice", "modelling assumption")        \
  /* --- forums: meetings, reports, questions, required actions -------------------------------------- */    \
  X(forum_question_probability, 0.6, "probability", 0.0, 1.0, "forums",                                      \
    "chance a forum questions a report rather than only noting it",                                          \
    "Audit Scotland (2016): members should scrutinise CSWO reports with 'constructive challenge'")           \
  X(action_deadline_days, 28.0, "days", 0.0, 3650.0, "forums",                                               \
    "a required action is due at the closing body's first meeting at least this long after it is required",  \
    "modelling assumption: one meeting cycle")                                                               \
  X(urgent_meeting_days, 7.0, "days", 0.0, 3650.0, "forums",                                                 \
    "a body allowed urgent business meets within this",                                                      \
    "modelling assumption: standing orders' notice for a special meeting")                                   \
  X(report_notice_days, 5.0, "days", 0.0, 365.0, "forums",                                                   \
    "reports to a body go out this long before it meets",                                                    \
    "modelling assumption: papers circulate some days before a meeting")                                     \
  X(report_cycle_days, 28.0, "days", 1.0, 3650.0, "forums",                                                  \
    "reports to a person (not a body) go this often",                                                        \
    "modelling assumption: a monthly report to one's manager")                                               \
  X(annual_report_every_days, 365.0, "days", 1.0, 3650.0, "forums",                                          \
    "the statutory officer's annual report goes to the council and the IJB this often",                      \
    "the CSWO's annual report goes to the council each year (council committee records)")                    \
  X(reporting_window_days, 28.0, "days", 0.0, 3650.0, "forums",                                              \
    "analysis: a matter not reaching a forum within this is 'silent'", "modelling assumption")               \
  /* --- members: complaints, salience, scrutiny ------------------------------------------------------ */   \
  X(complaint_per_harm, 0.3, "probability", 0.0, 1.0, "members",                                             \
    "chance a person's harm leads their family to complain to a councillor",                                 \
    "ADASS: councillors 'raise individual concerns or complaints on behalf of constituents'")                \
  X(salience_per_harm, 1.0, "points", 0.0, 1000.0, "members",                                                \
    "political salience each harm adds to its matter when members first hear of it (times severity / 3)",    \
    "ADASS: 'the level of political interest in a matter, or the emergence of a reputational risk'")         \
  X(salience_per_complaint, 2.0, "points", 0.0, 1000.0, "members",                                           \
    "salience a complaint to a councillor adds (times severity / 3)", "as above; modelling assumption")      \
  X(salience_per_finding, 5.0, "points", 0.0, 1000.0, "members",                                             \
    "salience a regulator finding adds (times severity / 3)", "as above; modelling assumption")              \
  X(salience_to_call_in_scrutiny, 8.0, "points", 0.0, 1e6, "members",                                        \
    "an administration councillor who knows of a matter this salient calls in scrutiny",                     \
    "modelling assumption")                                                                                  \
  X(opposition_call_in_factor, 0.5, "ratio", 0.0, 1.0, "members",                                            \
    "an opposition councillor calls in scrutiny at this share of that salience",                             \
    "modelling assumption: opposition members call in scrutiny more readily")                                \
  X(salience_to_draw_in_leadership, 15.0, "points", 0.0, 1e6, "members",                                     \
    "a matter this salient draws in the leader and the chief executive",                                     \
    "ADASS: such a matter 'attracts the additional involvement of the leader of the council and chief "      \
    "executive'")                                                                                            \
  X(harms_to_regulator_interest, 8.0, "people", 1.0, 1e6, "members",                                         \
    "after this many harms notified on a matter the regulator inspects",                                     \
    "modelling assumption: notifications of significant events to the Care Inspectorate / CQC")              \
  /* --- the world: money, staff, need ------------------------------------------------------------- */      \
  X(funding_gap, 0.0, "share", 0.0, 5.0, "world",                                                            \
    "spending needed on current models exceeds each body's budget by this share at the start",               \
    "Audit Scotland (2016): GBP 510-667m more by 2020, a 16-21% increase; scenarios choose")                 \
  X(staffing_per_pressure, 1.0, "ratio", 0.0, 100.0, "world",                                                \
    "staffing falls by this share for each unit of budget pressure added since the start",                   \
    "Improvement Service (2017): structures 'may reflect financial constraints ... sufficient staffing "     \
    "resource'")                                                                                             \
  X(minimum_staffing, 0.3, "share", 0.01, 1.0, "world", "staffing never falls below this share",             \
    "modelling assumption")                                                                                  \
  X(unmet_per_staff_shortfall, 0.5, "ratio", 0.0, 1.0, "world",                                              \
    "share of a staffing shortfall that leaves eligible people waiting without care",                        \
    "Improvement Service (2017): staffing shortfalls 'possibly leaving service users vulnerable'")           \
  X(band_harm_low, 0.25, "ratio", 0.0, 100.0, "world",                                                       \
    "harm rate of unmet need in the 'low' band, as a multiple of the cohort's rate",                         \
    "modelling assumption on the four eligibility bands (critical/substantial/moderate/low)")                \
  X(band_harm_moderate, 0.5, "ratio", 0.0, 100.0, "world", "as above, 'moderate' band",                      \
    "modelling assumption")                                                                                  \
  X(band_harm_substantial, 1.0, "ratio", 0.0, 100.0, "world", "as above, 'substantial' band",                \
    "modelling assumption")                                                                                  \
  X(band_harm_critical, 2.0, "ratio", 0.0, 100.0, "world", "as above, 'critical' band",                      \
    "modelling assumption")                                                                                  \
  X(reference_population, 170240.0, "people", 1.0, 1e9, "world",                                             \
    "a scenario's arrivals are for an area of this many people; an area declaring its population scales "    \
    "them by population / this",                                                                             \
    "NRS mid-2022 population estimates: 5,447,700 people in Scotland's 32 council areas, 170,240 on "        \
    "average")

enum class Param : std::size_t {
#define GOVSIM_PARAM_ENUM(name, ...) name,
  GOVSIM_PARAMETERS(GOVSIM_PARAM_ENUM)
#undef GOVSIM_PARAM_ENUM
};

/// One named parameter and what is known of it.
struct ParameterInfo {
  std::string_view name;
  double default_value;
  std::string_view unit;
  double min, max;
  std::string_view group;
  std::string_view meaning;
  std::string_view source;
};

std::span<const ParameterInfo> parameter_table();
const ParameterInfo& info(Param p);
std::optional<Param> parse_parameter(std::string_view name);
std::span<const std::string_view> parameter_names();

/// A value set in a file, with where it was set.
struct ParameterSetting {
  Param parameter;
  double value = 0.0;
  SourcePlace place;
};

/// The values a run uses: every parameter's default, overridden by the
/// arrangement's settings, then the scenario's, then a caller's (validation
/// facts, sweeps). Each value remembers where it came from.
class Parameters {
 public:
  Parameters();
  double operator[](Param p) const { return values_[static_cast<std::size_t>(p)]; }
  void set(Param p, double value, SourcePlace from);
  void apply(const std::vector<ParameterSetting>& settings);
  /// Where the value came from: empty file for the built-in default.
  const SourcePlace& origin(Param p) const { return origins_[static_cast<std::size_t>(p)]; }

 private:
  std::vector<double> values_;
  std::vector<SourcePlace> origins_;
};

}  // namespace govsim
