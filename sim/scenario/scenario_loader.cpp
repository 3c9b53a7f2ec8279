#include "scenario/scenario_loader.hpp"

#include "io/did_you_mean.hpp"
#include "io/file_hash.hpp"
#include "io/file_stem.hpp"
#include "model/role_defaults.hpp"
#include "scenario/yaml_reader.hpp"

namespace govsim {
namespace {

constexpr std::string_view top_keys[] = {
    "name",    "description",     "arrangement",       "days",     "conditions", "injects",
    "cohorts", "decision_points", "annual_report_day", "behaviour"};
constexpr std::string_view inject_keys[] = {"id",       "day",     "note",     "what",     "from",
                                            "to",       "subject", "severity", "personal", "urgent",
                                            "recorded", "set",     "add",      "multiply", "vacate"};
constexpr std::string_view cohort_keys[] = {
    "id",          "agent", "served_by", "subject", "arrivals_per_day", "unmet_share", "harm_per_day_unmet",
    "days_at_risk"};
constexpr std::string_view decision_keys[] = {
    "id",       "day",     "decision", "decided_by",         "advice_from",       "subject",
    "question", "options", "default",  "if_advised_against", "professional_view", "urgent"};
constexpr std::string_view option_keys[] = {"label", "set", "add", "multiply"};
constexpr std::string_view views[] = {"against_default", "supports_default"};
constexpr std::string_view behaviour_keys[] = {"softening_per_lost_independence",
                                               "unrecorded_per_lost_independence",
                                               "holding_per_lost_independence",
                                               "complaint_per_harm",
                                               "complaints_to_call_in_scrutiny",
                                               "complaints_to_draw_in_leadership",
                                               "harms_to_regulator_interest",
                                               "forum_question_probability",
                                               "reasons_recorded_probability",
                                               "re_escalation_days",
                                               "urgent_meeting_days",
                                               "action_deadline_days",
                                               "advice_wait_days",
                                               "hold_limit_days",
                                               "reporting_window_days"};

class ScenarioLoader {
 public:
  ScenarioLoader(const InputText& input, LoadedScenario& out)
      : file_(input.name), findings_(out.findings), s_(out.scenario) {}

  void load(const YAML::Node& root) {
    YamlMap top(root, file_, findings_, "the scenario", top_keys);
    s_.source = file_;
    s_.place = {file_, 1, 1};
    s_.name = top.text("name").value_or(file_stem(file_));
    s_.description = top.text("description").value_or("");
    s_.arrangement = top.text("arrangement").value_or("typical-scottish-ijb");
    if (auto days = top.number("days", 1.0, 3650.0)) s_.days = *days;
    if (auto day = top.number("annual_report_day", 0.0, 3650.0)) s_.annual_report_day = *day;
    read_conditions(top);
    read_behaviour(top);
    for_each_in(top, "injects", [&](const YAML::Node& n) { read_inject(n); });
    for_each_in(top, "cohorts", [&](const YAML::Node& n) { read_cohort(n); });
    for_each_in(top, "decision_points", [&](const YAML::Node& n) { read_decision_point(n); });
    check_shares();
  }

 private:
  // A condition used as a cohort's unmet share must stay a share: 0 to 1.
  void check_shares() {
    for (const Cohort& cohort : s_.cohorts) {
      if (cohort.unmet_share_condition.empty()) continue;
      const auto index = s_.condition_index(cohort.unmet_share_condition);
      const double start = s_.conditions[*index].second;
      if (start < 0.0 || start > 1.0)
        findings_.error(s_.place,
                        "condition '" + cohort.unmet_share_condition + "' starts at " +
                            std::to_string(start) + " but is the unmet share of cohort '" + cohort.id +
                            "', so must be 0 to 1",
                        "out-of-range");
      auto check = [&](const std::vector<ConditionChange>& changes) {
        for (const ConditionChange& c : changes)
          if (c.condition == cohort.unmet_share_condition && c.operation == ConditionChange::Operation::set &&
              (c.value < 0.0 || c.value > 1.0))
            findings_.error(c.place,
                            "'" + c.condition + "' is the unmet share of cohort '" + cohort.id +
                                "', so it must be set to a value from 0 to 1",
                            "out-of-range");
      };
      for (const Inject& inject : s_.injects) check(inject.changes);
      for (const DecisionPoint& point : s_.decision_points)
        for (const DecisionOption& option : point.options) check(option.changes);
    }
  }

  void refer(const char* what, const std::string& name, const SourcePlace& place) {
    if (!name.empty()) s_.references.push_back({what, name, place});
  }

  template <typename Read>
  void for_each_in(const YamlMap& top, const char* key, Read read) {
    if (!top.has(key)) return;
    if (!top.get(key).IsSequence()) {
      findings_.error(top.place(key), std::string("'") + key + "' must be a list", "wrong-type");
      return;
    }
    for (const auto& node : top.get(key)) read(node);
  }

  std::vector<std::string> condition_names() const {
    std::vector<std::string> names;
    for (const auto& c : s_.conditions) names.push_back(c.first);
    return names;
  }

  void read_conditions(const YamlMap& top) {
    if (!top.has("conditions")) return;
    const YAML::Node node = top.get("conditions");
    if (!node.IsMap()) {
      findings_.error(top.place("conditions"), "'conditions' must map names to starting values",
                      "wrong-type");
      return;
    }
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      double value = 0.0;
      if (!entry->second.IsScalar() || !YAML::convert<double>::decode(entry->second, value)) {
        findings_.error(place_of(entry->second, file_),
                        "condition '" + entry->first.Scalar() + "' must start with a number", "wrong-type");
        continue;
      }
      s_.conditions.emplace_back(entry->first.Scalar(), value);
    }
  }

  void read_behaviour(const YamlMap& top) {
    if (!top.has("behaviour")) return;
    YamlMap map(top.get("behaviour"), file_, findings_, "behaviour", behaviour_keys);
    if (!map.valid()) return;
    BehaviourParameters& b = s_.behaviour;
    auto probability = [&](const char* key, double& into) {
      if (auto x = map.number(key, 0.0, 1.0)) into = *x;
    };
    auto count = [&](const char* key, int& into) {
      if (auto x = map.integer(key, 1, 100000)) into = *x;
    };
    auto days = [&](const char* key, double& into) {
      if (auto x = map.number(key, 0.0, 3650.0)) into = *x;
    };
    probability("softening_per_lost_independence", b.softening_per_lost_independence);
    probability("unrecorded_per_lost_independence", b.unrecorded_per_lost_independence);
    probability("holding_per_lost_independence", b.holding_per_lost_independence);
    probability("complaint_per_harm", b.complaint_per_harm);
    probability("forum_question_probability", b.forum_question_probability);
    probability("reasons_recorded_probability", b.reasons_recorded_probability);
    count("complaints_to_call_in_scrutiny", b.complaints_to_call_in_scrutiny);
    count("complaints_to_draw_in_leadership", b.complaints_to_draw_in_leadership);
    count("harms_to_regulator_interest", b.harms_to_regulator_interest);
    days("re_escalation_days", b.re_escalation_days);
    days("urgent_meeting_days", b.urgent_meeting_days);
    days("action_deadline_days", b.action_deadline_days);
    days("advice_wait_days", b.advice_wait_days);
    days("hold_limit_days", b.hold_limit_days);
    days("reporting_window_days", b.reporting_window_days);
  }

  std::vector<ConditionChange> read_changes(const YamlMap& map) {
    std::vector<ConditionChange> changes;
    const std::pair<const char*, ConditionChange::Operation> operations[] = {
        {"set", ConditionChange::Operation::set},
        {"add", ConditionChange::Operation::add},
        {"multiply", ConditionChange::Operation::multiply}};
    for (const auto& [key, operation] : operations) {
      if (!map.has(key)) continue;
      const YAML::Node node = map.get(key);
      if (!node.IsMap()) {
        findings_.error(map.place(key), std::string("'") + key + "' must map conditions to numbers",
                        "wrong-type");
        continue;
      }
      for (auto entry = node.begin(); entry != node.end(); ++entry) {
        const std::string name = entry->first.Scalar();
        double value = 0.0;
        if (!s_.condition_index(name)) {
          findings_.error(place_of(entry->first, file_),
                          "unknown condition '" + name + "'" + did_you_mean(name, condition_names()) +
                              ": declare it under 'conditions' with its starting value",
                          "unknown-condition");
          continue;
        }
        if (!entry->second.IsScalar() || !YAML::convert<double>::decode(entry->second, value)) {
          findings_.error(place_of(entry->second, file_), "the change to '" + name + "' must be a number",
                          "wrong-type");
          continue;
        }
        changes.push_back({name, operation, value, place_of(entry->second, file_)});
      }
    }
    return changes;
  }

  void read_inject(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "an inject", inject_keys);
    if (!map.valid()) return;
    Inject inject;
    inject.place = map.place();
    inject.id = map.text("id").value_or("inject-" + std::to_string(s_.injects.size() + 1));
    if (!map.has("day")) findings_.error(map.place(), "an inject needs a 'day'", "missing-key");
    inject.day = map.number("day", 0.0, s_.days).value_or(0.0);
    inject.note = map.text("note").value_or("");
    if (const auto what = map.text("what")) {
      inject.what = parse_item_type(*what);
      if (!inject.what)
        findings_.error(map.place("what"),
                        "unknown item type '" + *what + "'" + did_you_mean(*what, item_type_names()),
                        "unknown-item-type");
    }
    inject.from = map.text("from").value_or("");
    refer("inject sender", inject.from, map.place("from"));
    for (const auto& [id, place] : map.text_list("to")) {
      inject.to.push_back(id);
      refer("inject recipient", id, place);
    }
    inject.subject = map.text("subject").value_or("");
    inject.severity = map.integer("severity", minor_severity, critical_severity).value_or(3);
    inject.personal = map.flag("personal").value_or(false);
    inject.urgent = map.flag("urgent").value_or(false);
    inject.recorded = map.flag("recorded").value_or(true);
    inject.changes = read_changes(map);
    inject.vacate = map.text("vacate").value_or("");
    refer("vacated post", inject.vacate, map.place("vacate"));
    if (inject.what && (inject.to.empty() || inject.subject.empty()))
      findings_.error(map.place(), "an inject that sends an item needs 'to' and 'subject'", "missing-key");
    if (!map.has("what") && !map.has("set") && !map.has("add") && !map.has("multiply") && !map.has("vacate"))
      findings_.warning(map.place(),
                        "this inject does nothing: give it 'what', 'set'/'add'/'multiply' or 'vacate'",
                        "empty-inject");
    s_.injects.push_back(std::move(inject));
  }

  void read_cohort(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "a cohort", cohort_keys);
    if (!map.valid()) return;
    Cohort cohort;
    cohort.place = map.place();
    cohort.id = map.text("id").value_or("cohort-" + std::to_string(s_.cohorts.size() + 1));
    cohort.agent = map.text("agent").value_or("");
    cohort.served_by = map.text("served_by").value_or("");
    refer("cohort agent", cohort.agent, map.place("agent"));
    refer("cohort team", cohort.served_by, map.place("served_by"));
    cohort.subject = map.text("subject").value_or(cohort.id);
    for (const char* key : {"agent", "served_by", "arrivals_per_day"})
      if (!map.has(key))
        findings_.error(map.place(), std::string("a cohort needs '") + key + "'", "missing-key");
    cohort.arrivals_per_day = map.distribution("arrivals_per_day").value_or(Distribution::constant(0));
    cohort.harm_per_day_unmet = map.number("harm_per_day_unmet", 0.0, 1.0).value_or(0.0);
    cohort.days_at_risk = map.distribution("days_at_risk").value_or(Distribution::constant(14));
    if (map.has("unmet_share")) {
      const YAML::Node share = map.get("unmet_share");
      double value = 0.0;
      if (share.IsScalar() && YAML::convert<double>::decode(share, value)) {
        if (value < 0.0 || value > 1.0)
          findings_.error(map.place("unmet_share"), "'unmet_share' must be between 0 and 1", "out-of-range");
        cohort.unmet_share = value;
      } else if (share.IsScalar() && s_.condition_index(share.Scalar())) {
        cohort.unmet_share_condition = share.Scalar();
      } else {
        findings_.error(
            map.place("unmet_share"),
            "'unmet_share' must be a share from 0 to 1 or the name of a condition" +
                (share.IsScalar() ? did_you_mean(share.Scalar(), condition_names()) : std::string()),
            "unknown-condition");
      }
    }
    s_.cohorts.push_back(std::move(cohort));
  }

  void read_decision_point(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "a decision point", decision_keys);
    if (!map.valid()) return;
    DecisionPoint point;
    point.place = map.place();
    point.id = map.text("id").value_or("decision-" + std::to_string(s_.decision_points.size() + 1));
    if (!map.has("day")) findings_.error(map.place(), "a decision point needs a 'day'", "missing-key");
    point.day = map.number("day", 0.0, s_.days).value_or(0.0);
    point.decision = map.text("decision").value_or("");
    point.decided_by = map.text("decided_by").value_or("");
    point.advice_from = map.text("advice_from").value_or("");
    refer("decider", point.decided_by, map.place("decided_by"));
    refer("adviser", point.advice_from, map.place("advice_from"));
    if (point.decision.empty() && point.decided_by.empty())
      findings_.error(map.place(),
                      "a decision point needs 'decision' (a type from the scheme of delegation) or "
                      "'decided_by'",
                      "missing-key");
    point.subject = map.text("subject").value_or(point.decision.empty() ? point.id : point.decision);
    point.question = map.text("question").value_or("");
    point.urgent = map.flag("urgent").value_or(false);
    if (const auto view = map.text("professional_view")) {
      if (*view == "supports_default")
        point.professional_view_against = false;
      else if (*view != "against_default")
        findings_.error(
            map.place("professional_view"),
            "'professional_view' must be against_default or supports_default" + did_you_mean(*view, views),
            "unknown-value");
    }
    if (!map.has("options") || !map.get("options").IsMap() || map.get("options").size() == 0) {
      findings_.error(map.has("options") ? map.place("options") : map.place(),
                      "a decision point needs 'options': a mapping of option ids to {label, set}",
                      "missing-key");
    } else {
      const YAML::Node options = map.get("options");
      for (auto entry = options.begin(); entry != options.end(); ++entry) {
        YamlMap option(entry->second, file_, findings_, "an option", option_keys);
        DecisionOption parsed;
        parsed.id = entry->first.Scalar();
        if (option.valid()) {
          parsed.label = option.text("label").value_or(parsed.id);
          parsed.changes = read_changes(option);
        }
        point.options.push_back(std::move(parsed));
      }
    }
    std::vector<std::string> option_ids;
    for (const auto& o : point.options) option_ids.push_back(o.id);
    auto option_named = [&](const char* key, std::string& into) {
      into = map.text(key).value_or(option_ids.empty() ? "" : option_ids.front());
      if (!option_ids.empty() && std::find(option_ids.begin(), option_ids.end(), into) == option_ids.end())
        findings_.error(
            map.place(key),
            "'" + std::string(key) + "' names no option: '" + into + "'" + did_you_mean(into, option_ids),
            "unknown-option");
    };
    option_named("default", point.default_option);
    if (map.has("if_advised_against"))
      option_named("if_advised_against", point.if_advised_against);
    else
      point.if_advised_against = point.default_option;
    s_.decision_points.push_back(std::move(point));
  }

  std::string file_;
  Findings& findings_;
  Scenario& s_;
};

}  // namespace

LoadedScenario load_scenario(const InputText& input) {
  LoadedScenario loaded;
  loaded.input = {"scenario", input.name, content_hash(input.text)};
  const YAML::Node root = parse_yaml(input);
  ScenarioLoader(input, loaded).load(root);
  loaded.findings.sort_by_place();
  return loaded;
}

namespace {

// What to suggest for a role nobody holds here: the other jurisdiction's
// statutory officer, a close spelling, or the roles this arrangement does have.
std::string role_hint(const std::string& role, const Arrangement& arrangement) {
  if (role == "cswo" && arrangement.jurisdiction == Jurisdiction::england)
    return " (in England the statutory officer is @dass)";
  if (role == "dass" && arrangement.jurisdiction == Jurisdiction::scotland)
    return " (in Scotland the statutory officer is @cswo)";
  std::vector<std::string> held;
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network)))
    for (Role r : arrangement.agent(v).roles)
      if (std::find(held.begin(), held.end(), to_string(r)) == held.end()) held.emplace_back(to_string(r));
  if (!parse_role(role)) {
    const std::string close = did_you_mean(role, held);
    if (!close.empty()) return close;
  }
  std::string list;
  for (const auto& r : held) list += (list.empty() ? "" : ", ") + r;
  return "; roles held here: " + list;
}

}  // namespace

void check_scenario_against(const Scenario& scenario, const Arrangement& arrangement, Findings& findings) {
  std::vector<std::string> ids;
  for (const auto& [id, vertex] : arrangement.by_id) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  auto known = [&](const std::string& id, const SourcePlace& place, const std::string& what) {
    if (id.empty() || arrangement.resolve(id)) return true;
    if (id.starts_with('@'))
      findings.error(place,
                     what + " '" + id + "': no agent of arrangement '" + arrangement.name + "' holds role '" +
                         id.substr(1) + "'" + role_hint(id.substr(1), arrangement),
                     "unknown-agent");
    else
      findings.error(place,
                     what + " '" + id + "' is not an agent of arrangement '" + arrangement.name + "'" +
                         did_you_mean(id, ids) + " (write @ROLE to mean whoever holds a role)",
                     "unknown-agent");
    return false;
  };
  for (const AgentReference& reference : scenario.references)
    known(reference.name, reference.place, reference.what);
  for (const Cohort& cohort : scenario.cohorts) {
    const auto v = cohort.agent.empty() ? std::nullopt : arrangement.resolve(cohort.agent);
    if (v && arrangement.agent(*v).kind != AgentKind::cohort)
      findings.error(cohort.place,
                     "cohort agent '" + cohort.agent + "' must hold service_users or constituents",
                     "not-a-cohort");
  }
  for (const DecisionPoint& point : scenario.decision_points) {
    if (point.decided_by.empty()) {
      const auto entry =
          std::find_if(arrangement.scheme_of_delegation.begin(), arrangement.scheme_of_delegation.end(),
                       [&](const DelegatedDecision& d) { return d.decision == point.decision; });
      if (entry == arrangement.scheme_of_delegation.end()) {
        std::vector<std::string> types;
        for (const auto& d : arrangement.scheme_of_delegation) types.push_back(d.decision);
        findings.error(point.place,
                       "decision type '" + point.decision + "' is not in the scheme of delegation of '" +
                           arrangement.name + "'" + did_you_mean(point.decision, types) +
                           "; add it there or give the decision point 'decided_by'",
                       "unknown-decision");
      } else if (entry->taken_by.empty()) {
        findings.error(point.place,
                       "nobody takes '" + point.decision + "' decisions in '" + arrangement.name + "'",
                       "no_owner");
      }
    }
  }
}

void throw_first_error(const Findings& findings, const std::string& check_arguments) {
  for (const Finding& finding : findings.items()) {
    if (finding.severity != Finding::Severity::error) continue;
    const auto errors = findings.count(Finding::Severity::error);
    std::string message = finding.message + " [" + finding.rule + "]";
    if (errors > 1)
      message += " (and " + std::to_string(errors - 1) + " more: run `govsim check " + check_arguments + "`)";
    throw InputError(finding.place, message);
  }
}

LoadedScenario load_scenario_or_throw(std::string_view name) {
  LoadedScenario loaded = load_scenario(read_input(name, InputKind::scenario));
  throw_first_error(loaded.findings, loaded.input.name);
  return loaded;
}

}  // namespace govsim
