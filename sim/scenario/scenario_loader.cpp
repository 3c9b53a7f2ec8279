#include "scenario/scenario_loader.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include "io/did_you_mean.hpp"
#include "io/file_hash.hpp"
#include "io/file_stem.hpp"
#include "io/printable.hpp"
#include "model/decision_type.hpp"
#include "model/role_defaults.hpp"
#include "scenario/areas.hpp"
#include "scenario/parameter_reader.hpp"
#include "scenario/yaml_reader.hpp"

namespace govsim {
namespace {

constexpr std::string_view top_keys[] = {
    "name",       "description", "arrangement",           "days",      "conditions",
    "injects",    "cohorts",     "decision_points",       "responses", "annual_report_day",
    "parameters", "behaviour",   "national_policy_party", "subjects",  "needs",
    "areas"};
constexpr std::string_view condition_keys[] = {"start", "title"};
constexpr std::string_view inject_keys[] = {"id",      "day",      "note",     "what",      "from",     "to",
                                            "subject", "severity", "personal", "urgent",    "recorded", "set",
                                            "add",     "multiply", "vacate",   "cut_budget"};
constexpr std::string_view cohort_keys[] = {"id",
                                            "agent",
                                            "served_by",
                                            "subject",
                                            "arrivals_per_day",
                                            "unmet_share",
                                            "harm_per_day_unmet",
                                            "days_at_risk",
                                            "need_bands",
                                            "eligibility"};
constexpr std::string_view decision_keys[] = {
    "id",       "day",           "decision",  "decided_by", "advice_from",        "subject",
    "question", "options",       "proposal",  "default",    "if_advised_against", "professional_view",
    "urgent",   "good_practice", "discussion"};
constexpr std::string_view option_keys[] = {"label", "set", "add", "multiply", "cost", "performance"};
constexpr std::string_view response_keys[] = {"id",  "label",    "decision", "addresses",   "set",
                                              "add", "multiply", "cost",     "performance", "takes_days"};

// A condition's value: a number, or a band of need (low, moderate, substantial,
// critical), read as 1–4, for eligibility thresholds.
std::optional<double> condition_value(const YAML::Node& node) {
  if (!node.IsScalar()) return std::nullopt;
  for (int band = 0; band < 4; ++band)
    if (node.Scalar() == need_band_names[band]) return band + 1.0;
  double value = 0.0;
  if (!YAML::convert<double>::decode(node, value) || !std::isfinite(value)) return std::nullopt;
  return value;
}

// A number as a person would write it (1e+300, not 300 digits), for messages.
std::string as_written(double x) {
  std::ostringstream text;
  text << x;
  return text.str();
}

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
    if (top.has("arrangement")) s_.arrangement_place = place_of(top.get("arrangement"), file_);
    if (auto days = top.number("days", 1.0, 3650.0)) s_.days = *days;
    if (auto day = top.number("annual_report_day", 0.0, 3650.0)) s_.annual_report_day = *day;
    s_.national_policy_party = top.text("national_policy_party").value_or("");
    read_conditions(top);
    read_subjects(top);
    for (const auto& [name, place] : top.text_list("needs")) {
      if (const auto role = parse_role(name))
        s_.needs.emplace_back(*role, place);
      else
        findings_.error(place,
                        "'needs' lists roles, and '" + printable(name) + "' is not one" +
                            did_you_mean_or_list(name, role_names()),
                        "unknown-role");
    }
    // `areas: all` (the default) or a list of the arrangement's area ids.
    if (top.has("areas") && !(top.get("areas").IsScalar() && top.get("areas").Scalar() == "all"))
      s_.areas_named = top.text_list("areas");
    // `behaviour:` is the older name of `parameters:`; both are read.
    for (const char* key : {"behaviour", "parameters"})
      for (ParameterSetting& p : read_parameters(top, key)) s_.parameters.push_back(std::move(p));
    for_each_in(top, "injects", [&](const YAML::Node& n) { read_inject(n); });
    for_each_in(top, "cohorts", [&](const YAML::Node& n) { read_cohort(n); });
    for_each_in(top, "decision_points", [&](const YAML::Node& n) { read_decision_point(n); });
    for_each_in(top, "responses", [&](const YAML::Node& n) { read_response(n); });
    check_ranges();
  }

 private:
  // A condition used as a cohort's unmet share must stay a share, 0 to 1; one used
  // as an eligibility threshold a band, 1 to 4.
  void check_ranges() {
    auto check = [&](const std::string& condition, double low, double high, const std::string& what,
                     const std::string& range) {
      const auto index = s_.condition_index(condition);
      if (!index) return;
      const double start = s_.conditions[*index].second;
      if (start < low || start > high)
        findings_.error(condition_places_[*index],
                        "condition '" + printable(condition) + "' starts at " + as_written(start) +
                            " but is " + what + ", so must be " + range,
                        "out-of-range");
      auto check_changes = [&](const std::vector<ConditionChange>& changes) {
        for (const ConditionChange& c : changes)
          if (c.condition == condition && c.operation == ConditionChange::Operation::set &&
              (c.value < low || c.value > high))
            findings_.error(
                c.place,
                "'" + printable(c.condition) + "' is " + what + ", so it must be set to a value " + range,
                "out-of-range");
      };
      for (const Inject& inject : s_.injects) check_changes(inject.changes);
      for (const DecisionPoint& point : s_.decision_points)
        for (const DecisionOption& option : point.options) check_changes(option.changes);
      for (const Response& response : s_.responses) check_changes(response.changes);
    };
    for (const Cohort& cohort : s_.cohorts) {
      if (!cohort.unmet_share_condition.empty())
        check(cohort.unmet_share_condition, 0.0, 1.0,
              "the unmet share of cohort '" + printable(cohort.id) + "'", "from 0 to 1");
      if (!cohort.eligibility_condition.empty())
        check(cohort.eligibility_condition, 1.0, 4.0,
              "the eligibility threshold of cohort '" + printable(cohort.id) + "'",
              "from 1 (low) to 4 (critical): low, moderate, substantial or critical");
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
    report_duplicate_keys(node, file_, findings_, "conditions");
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      YAML::Node start = entry->second;
      if (start.IsMap()) {  // {start: 0.03, title: "..."}
        YamlMap written(start, file_, findings_, "condition '" + printable(entry->first.Scalar()) + "'",
                        condition_keys);
        if (auto title = written.text("title")) s_.condition_titles[entry->first.Scalar()] = *title;
        if (!written.has("start")) {
          findings_.error(place_of(start, file_),
                          "condition '" + printable(entry->first.Scalar()) + "' needs a 'start' value",
                          "missing-key");
          continue;
        }
        start = written.get("start");
      }
      const auto value = condition_value(start);
      if (!value) {
        findings_.error(
            place_of(start, file_),
            "condition '" + printable(entry->first.Scalar()) +
                "' must start with a number (or a band of need: low, moderate, substantial, critical)",
            "wrong-type");
        continue;
      }
      s_.conditions.emplace_back(entry->first.Scalar(), *value);
      condition_places_.push_back(place_of(start, file_));
    }
  }

  // `subjects:` maps a subject's id to the title a reader sees.
  void read_subjects(const YamlMap& top) {
    if (!top.has("subjects")) return;
    const YAML::Node node = top.get("subjects");
    if (!node.IsMap()) {
      findings_.error(top.place("subjects"), "'subjects' must map each subject to its title", "wrong-type");
      return;
    }
    report_duplicate_keys(node, file_, findings_, "subjects");
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      if (!entry->second.IsScalar() || entry->second.Scalar().empty()) {
        findings_.error(place_of(entry->second, file_),
                        "subject '" + printable(entry->first.Scalar()) +
                            "' needs a title in words, e.g. \"care after hospital discharge\"",
                        "wrong-type");
        continue;
      }
      s_.subject_titles[entry->first.Scalar()] = entry->second.Scalar();
    }
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
      report_duplicate_keys(node, file_, findings_, "'" + std::string(key) + "'");
      for (auto entry = node.begin(); entry != node.end(); ++entry) {
        const std::string name = entry->first.Scalar();
        if (!s_.condition_index(name)) {
          findings_.error(place_of(entry->first, file_),
                          "unknown condition '" + printable(name) + "'" +
                              did_you_mean(name, condition_names()) +
                              ": declare it under 'conditions' with its starting value",
                          "unknown-condition");
          continue;
        }
        const auto value = condition_value(entry->second);
        if (!value) {
          findings_.error(place_of(entry->second, file_),
                          "the change to '" + printable(name) + "' must be a number", "wrong-type");
          continue;
        }
        changes.push_back({name, operation, *value, place_of(entry->second, file_)});
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
      if (!inject.what) {
        // With no close spelling, the whole list: there are few, and a designer
        // guessing ("grievance") needs to see them.
        std::string hint = did_you_mean(*what, item_type_names());
        if (hint.empty()) {
          hint = "; the item types are ";
          for (std::size_t i = 0; i < item_type_names().size(); ++i)
            hint += (i ? ", " : "") + std::string(item_type_names()[i]);
        }
        findings_.error(map.place("what"), "unknown item type '" + printable(*what) + "'" + hint,
                        "unknown-item-type");
      }
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
    read_budget_cuts(map, inject);
    if (inject.what && (inject.to.empty() || inject.subject.empty()))
      findings_.error(map.place(), "an inject that sends an item needs 'to' and 'subject'", "missing-key");
    if (!map.has("what") && !map.has("set") && !map.has("add") && !map.has("multiply") &&
        !map.has("vacate") && !map.has("cut_budget"))
      findings_.warning(
          map.place(),
          "this inject does nothing: give it 'what', 'set'/'add'/'multiply', 'cut_budget' or 'vacate'",
          "empty-inject");
    s_.injects.push_back(std::move(inject));
  }

  // cut_budget: {"@ijb": 0.08} — shares of each body's annual budget taken away.
  void read_budget_cuts(const YamlMap& map, Inject& inject) {
    if (!map.has("cut_budget")) return;
    const YAML::Node node = map.get("cut_budget");
    if (!node.IsMap()) {
      findings_.error(map.place("cut_budget"),
                      "'cut_budget' must map bodies to shares, e.g. {\"@ijb\": 0.08}", "wrong-type");
      return;
    }
    report_duplicate_keys(node, file_, findings_, "'cut_budget'");
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      double share = 0.0;
      if (!entry->second.IsScalar() || !YAML::convert<double>::decode(entry->second, share) ||
          !std::isfinite(share) || share < 0.0 || share >= 1.0) {
        findings_.error(place_of(entry->second, file_),
                        "a budget cut is a share of the annual budget, from 0 up to (not including) 1",
                        "out-of-range");
        continue;
      }
      const std::string body = entry->first.Scalar();
      refer("budget cut", body, place_of(entry->first, file_));
      inject.budget_cuts.push_back({body, share, place_of(entry->first, file_)});
    }
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
      if (!map.has(key)) map.missing(key, std::string("a cohort needs '") + key + "'");
    cohort.arrivals_per_day = map.distribution("arrivals_per_day").value_or(Distribution::constant(0));
    cohort.harm_per_day_unmet = map.number("harm_per_day_unmet", 0.0, 1.0).value_or(0.0);
    cohort.days_at_risk = map.distribution("days_at_risk").value_or(Distribution::constant(14));
    if (map.has("unmet_share")) {
      const YAML::Node share = map.get("unmet_share");
      double value = 0.0;
      if (share.IsScalar() && YAML::convert<double>::decode(share, value)) {
        if (!std::isfinite(value) || value < 0.0 || value > 1.0)
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
    read_need_bands(map, cohort);
    if (const auto eligibility = map.text("eligibility")) {
      if (s_.condition_index(*eligibility))
        cohort.eligibility_condition = *eligibility;
      else
        findings_.error(map.place("eligibility"),
                        "'eligibility' must name a condition holding the lowest band served" +
                            did_you_mean(*eligibility, condition_names()),
                        "unknown-condition");
      if (cohort.need_bands.empty())
        findings_.error(map.place("eligibility"),
                        "a cohort with 'eligibility' needs 'need_bands': the shares assessed in each band",
                        "missing-key");
    }
    s_.cohorts.push_back(std::move(cohort));
  }

  // need_bands: {low: 0.2, moderate: 0.35, substantial: 0.3, critical: 0.15}
  void read_need_bands(const YamlMap& map, Cohort& cohort) {
    if (!map.has("need_bands")) return;
    YamlMap bands(map.get("need_bands"), file_, findings_, "'need_bands'", need_band_keys());
    if (!bands.valid()) return;
    double total = 0.0;
    cohort.need_bands.assign(4, 0.0);
    for (int band = 0; band < 4; ++band) {
      cohort.need_bands[static_cast<std::size_t>(band)] =
          bands.number(need_band_names[band], 0.0, 1.0).value_or(0.0);
      total += cohort.need_bands[static_cast<std::size_t>(band)];
    }
    if (std::abs(total - 1.0) > 1e-6)
      findings_.error(map.place("need_bands"),
                      "the shares in 'need_bands' add up to " + as_written(total) + ", not 1",
                      "out-of-range");
  }
  static std::span<const std::string_view> need_band_keys() {
    static constexpr std::string_view keys[] = {"low", "moderate", "substantial", "critical"};
    return keys;
  }

  DecisionOption read_option(const std::string& id, const YAML::Node& node) {
    YamlMap option(node, file_, findings_, "an option", option_keys);
    DecisionOption parsed;
    parsed.id = id;
    parsed.place = place_of(node, file_);
    if (!option.valid()) return parsed;
    parsed.label = option.text("label").value_or(id);
    parsed.changes = read_changes(option);
    parsed.cost = option.number("cost", -1e6, 1e6).value_or(0.0);
    parsed.performance = option.number("performance", -1.0, 1.0).value_or(0.0);
    return parsed;
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
    if (map.has("decided_by")) point.decided_by_place = map.place("decided_by");
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
    const std::string needs_options =
        "a decision point needs 'options': a mapping of option ids to {label, set, cost, performance}";
    if (!map.has("options")) {
      map.missing("options", needs_options);
    } else if (!map.get("options").IsMap() || map.get("options").size() == 0) {
      findings_.error(map.place("options"), needs_options, "missing-key");
    } else {
      const YAML::Node options = map.get("options");
      report_duplicate_keys(options, file_, findings_, "'options'");
      for (auto entry = options.begin(); entry != options.end(); ++entry)
        point.options.push_back(read_option(entry->first.Scalar(), entry->second));
    }
    std::vector<std::string> option_ids;
    for (const auto& o : point.options) option_ids.push_back(o.id);
    auto option_named = [&](const char* key) -> std::optional<int> {
      const auto id = map.text(key);
      if (!id) return std::nullopt;
      const auto found = std::find(option_ids.begin(), option_ids.end(), *id);
      if (found == option_ids.end()) {
        if (!option_ids.empty())
          findings_.error(map.place(key),
                          "'" + std::string(key) + "' names no option: '" + printable(*id) + "'" +
                              did_you_mean(*id, option_ids),
                          "unknown-option");
        return std::nullopt;
      }
      return static_cast<int>(found - option_ids.begin());
    };
    // Files written for the scripted decider (default + if_advised_against) keep
    // loading: their default is read as the proposal, and check says what to change.
    const bool scripted = map.has("if_advised_against");
    if (scripted) {
      option_named("if_advised_against");
      findings_.warning(
          map.place("if_advised_against"),
          "'if_advised_against' no longer scripts the choice: the decider now weighs the advice "
          "and harm on its desk (docs/model.md); remove it, and rename 'default' to 'proposal' "
          "(here 'default' is read as the proposal)",
          "obsolete-key");
    }
    if (map.has("professional_view"))
      findings_.warning(
          map.place("professional_view"),
          "'professional_view' is no longer used: the adviser's view is worked out from what it "
          "knows of the risk and how independent it is (docs/model.md); remove it",
          "obsolete-key");
    if (const auto proposal = option_named("proposal")) point.proposal = *proposal;
    point.good_practice = option_named("good_practice");
    for (auto& [prompt, place] : map.text_list("discussion")) point.discussion.push_back(std::move(prompt));
    if (const auto chosen = option_named("default")) {
      if (scripted && !map.has("proposal"))
        point.proposal = *chosen;
      else
        point.forced = *chosen;  // 'default' now forces the option: training and tests
    }
    s_.decision_points.push_back(std::move(point));
  }

  void read_response(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "a response", response_keys);
    if (!map.valid()) return;
    Response response;
    response.place = map.place();
    response.id = map.text("id").value_or("response-" + std::to_string(s_.responses.size() + 1));
    response.label = map.text("label").value_or(response.id);
    response.decision = map.text("decision").value_or("");
    response.addresses = map.text("addresses").value_or("");
    for (const auto& [key, value, needs] :
         {std::tuple{
              "decision", &response.decision,
              "a response needs 'decision': the decision type of the scheme of delegation that may take it"},
          std::tuple{"addresses", &response.addresses,
                     "a response needs 'addresses': the subject of the harm it mitigates"}})
      if (value->empty()) {
        if (map.has(key))
          findings_.error(map.place(key), needs, "missing-key");
        else
          map.missing(key, needs);
      }
    response.changes = read_changes(map);
    if (response.changes.empty())
      findings_.warning(map.place(), "this response changes nothing: give it 'set', 'add' or 'multiply'",
                        "empty-response");
    response.cost = map.number("cost", -1e6, 1e6).value_or(0.0);
    response.performance = map.number("performance", -1.0, 1.0).value_or(0.0);
    response.takes_days = map.number("takes_days", 0.0, 3650.0).value_or(0.0);
    s_.responses.push_back(std::move(response));
  }

  std::string file_;
  Findings& findings_;
  std::vector<SourcePlace> condition_places_;  ///< where each of s_.conditions was written
  Scenario& s_;
};

}  // namespace

LoadedScenario load_scenario(const InputText& input) {
  LoadedScenario loaded;
  loaded.input = {"scenario", input.name, content_hash(input.text)};
  const YAML::Node root = parse_yaml(input);
  ScenarioLoader(input, loaded).load(root);
  loaded.findings.sort_by_place();
  // A path in a scenario file is read from the scenario's own folder, as a
  // designer keeping a protocol and its scenarios together expects; a built-in
  // name, or a path found from the working directory, is kept.
  std::string& named = loaded.scenario.arrangement;
  const std::filesystem::path path(named);
  if (!input.builtin && path.is_relative()) {
    const std::filesystem::path beside = std::filesystem::path(input.name).parent_path() / path;
    std::error_code error;
    if (std::filesystem::is_regular_file(beside, error)) named = beside.lexically_normal().string();
  }
  return loaded;
}

LoadedArrangement load_own_arrangement(const Scenario& scenario) {
  try {
    return load_arrangement_or_throw(scenario.arrangement);
  } catch (const InputError& error) {
    // Only a name that leads nowhere is the scenario's line's fault; an
    // arrangement with errors of its own is reported where they are.
    std::error_code missing;
    const bool exists = std::filesystem::exists(scenario.arrangement, missing);
    if (exists || scenario.arrangement_place.file.empty() ||
        std::string_view(error.what()).find("no such file") == std::string_view::npos)
      throw;
    throw InputError(scenario.arrangement_place,
                     "arrangement '" + printable(scenario.arrangement) +
                         "' is neither a file (looked beside the scenario and from the working directory) "
                         "nor a built-in: give its path relative to this scenario, or see `govsim list`");
  }
}

namespace {

// What to suggest for a role nobody holds here: the other jurisdiction's
// statutory officer, a close spelling, or the roles this arrangement does have.
std::string role_hint(const std::string& role, const Arrangement& arrangement, const std::string& area) {
  if (role == "cswo" && arrangement.jurisdiction == Jurisdiction::england)
    return " (in England the statutory officer is @dass)";
  if (role == "dass" && arrangement.jurisdiction == Jurisdiction::scotland)
    return " (in Scotland the statutory officer is @cswo)";
  std::vector<std::string> held;
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network)))
    if (arrangement.in_area(v, area))
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

// What kind of agent each part of a scenario may name: only people and boards
// decide, only people advise or fall vacant, and a cohort is served by a team
// or a person, never by a forum of councillors or by another cohort.
void check_kind_of_agent(const AgentReference& reference, const Arrangement& arrangement,
                         const std::string& area, Findings& findings) {
  const auto v = arrangement.resolve(reference.name, area);
  if (!v) return;
  const Agent& agent = arrangement.agent(*v);
  const std::string who = "'" + printable(reference.name) + "' (" + printable(agent.name) + ")";
  auto reject = [&](const std::string& why) { findings.error(reference.place, why, "wrong-kind-of-agent"); };
  if (reference.what == "decider" && agent.kind == AgentKind::cohort)
    reject("decider " + who +
           " is people who use services or the public, who take no decision in the scheme of delegation: "
           "name the "
           "officer, councillor or board that decides");
  else if (reference.what == "adviser" && (agent.kind == AgentKind::cohort || agent.kind == AgentKind::body))
    reject(
        "adviser " + who + " is " + (agent.kind == AgentKind::body ? "a board or committee" : "a cohort") +
        ": professional advice comes from a person (the CSWO or DASS, a principal social worker, a finance "
        "officer); name one, or '@statutory_officer'");
  else if (reference.what == "cohort team" &&
           (agent.kind == AgentKind::body || agent.kind == AgentKind::cohort || agent.is_elected_member()))
    reject("cohort team " + who +
           " does not serve people: 'served_by' names the team or service that works with them (for example "
           "'@frontline_team')");
  else if (reference.what == "vacated post" && agent.kind != AgentKind::person)
    reject("vacated post " + who +
           " is not a post: 'vacate' names the person who leaves (for example '@statutory_officer'); a board "
           "or team does not fall vacant");
}

std::string named_list(const std::vector<std::string>& ids, const Arrangement& arrangement) {
  std::string list;
  for (const std::string& id : ids) {
    const auto v = arrangement.find(id);
    list += (list.empty() ? "" : ", ") +
            ("'" + id + "'" + (v ? " (" + printable(arrangement.agent(*v).name) + ")" : ""));
  }
  return list;
}

// A decision point that names its decider must stay within the scheme of
// delegation: seed guidance — officers "may make significant decisions within
// the individual council's agreed scheme of delegation, key decisions are
// ultimately made by the councillors".
void check_delegated(const DecisionPoint& point, const DelegatedDecision* entry,
                     const Arrangement& arrangement, const std::string& area, Findings& findings) {
  const auto decider = arrangement.resolve(point.decided_by, area);
  if (!decider) return;
  const Agent& agent = arrangement.agent(*decider);
  const SourcePlace place = point.decided_by_place.file.empty() ? point.place : point.decided_by_place;
  const bool key = (entry && entry->key_decision) || (!entry && shared_decision_type(point.decision) &&
                                                      shared_decision_type(point.decision)->key_by_nature);
  if (key && !agent.is_member_or_forum()) {
    findings.error(place,
                   "'" + printable(point.decision) + "' is a key decision, but decider '" +
                       printable(point.decided_by) + "' (" + printable(agent.name) +
                       ") is an officer: key decisions are made by councillors (the council's scheme of "
                       "delegation and standing orders); name a councillor or council committee, or remove "
                       "'decided_by'",
                   "key-decision-by-officer");
    return;
  }
  if (!entry || entry->taken_by.empty()) return;
  const bool delegated =
      std::any_of(entry->taken_by.begin(), entry->taken_by.end(),
                  [&](const std::string& id) { return arrangement.resolve(id, area) == decider; });
  if (!delegated)
    findings.error(
        place,
        "decider '" + printable(point.decided_by) + "' (" + printable(agent.name) + ") is not given '" +
            printable(point.decision) + "' decisions by the scheme of delegation of '" +
            printable(arrangement.name) + "', which gives them to " +
            named_list(entry->taken_by, arrangement) +
            ": remove 'decided_by' to use the scheme, or add this decider to the entry's 'taken_by'",
        "decision-outside-delegation");
}

// The scenario checked in one area ("" for a file of one council): every name
// resolved, and every decision looked up, as they will be played there.
void check_in_area(const Scenario& scenario, const Arrangement& arrangement, const std::string& area,
                   Findings& findings) {
  // A scenario about an IJB says nothing true of a council without one: one
  // error, not one per line that names it.
  const std::string where = area.empty() ? "arrangement '" + printable(arrangement.name) + "'"
                                         : printable(arrangement.area_name(area));
  bool unfit = false;
  for (const auto& [role, place] : scenario.needs)
    if (arrangement.holders(role, area).empty()) {
      findings.error(place,
                     "this scenario is about " + std::string(role_words(role)) + " ('" +
                         std::string(to_string(role)) + "'), which " + where +
                         " does not have: run it on an arrangement with one",
                     "scenario-needs-role");
      unfit = true;
    }
  if (unfit) return;
  std::vector<std::string> ids;
  for (const auto& [id, vertex] : arrangement.by_id) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  auto known = [&](const std::string& id, const SourcePlace& place, const std::string& what) {
    if (id.empty() || arrangement.resolve(id, area)) return true;
    if (id.starts_with('@')) {
      // Said of the last alternative: "@A|@B" failed on every one of them.
      const RoleReference last = read_role_reference(last_alternative(id));
      const std::string role(last.role);
      const auto parsed = parse_role(role);
      const auto held = parsed ? arrangement.holders(*parsed, area) : std::vector<AgentVertex>{};
      const std::string alternatives =
          id.find('|') == std::string::npos ? "" : " (nor any alternative before it)";
      if (!last.word.empty() && held.size() > 1) {
        std::string names;
        for (AgentVertex v : held)
          names += (names.empty() ? "" : ", ") +
                   ("'" + arrangement.agent(v).id + "' (" + printable(arrangement.agent(v).name) + ")");
        findings.error(place,
                       what + " '" + printable(id) + "': no " + std::string(role_words(*parsed)).substr(2) +
                           " of " + where + " has '" + printable(last.word) + "' in its id, name or area" +
                           alternatives + "; holders: " + names + ": use a word of one of theirs",
                       "unknown-agent");
      } else {
        findings.error(place,
                       what + " '" + printable(id) + "': no agent of " + where + " holds role '" + role +
                           "'" + alternatives + role_hint(role, arrangement, area),
                       "unknown-agent");
      }
    } else {
      findings.error(place,
                     what + " '" + printable(id) + "' is not an agent of arrangement '" +
                         printable(arrangement.name) + "'" + did_you_mean(id, ids) +
                         " (write @ROLE to mean whoever holds a role)",
                     "unknown-agent");
    }
    return false;
  };
  for (const AgentReference& reference : scenario.references) {
    if (!known(reference.name, reference.place, reference.what)) continue;
    check_kind_of_agent(reference, arrangement, area, findings);
    // "@ROLE" held by several (in the area it plays in) is ambiguous: the scenario says which.
    const auto meant = arrangement.candidates(reference.name, area);
    if (meant.size() < 2) continue;
    // Ids alone: a report rewords them as names, and a name beside its own
    // name reads twice.
    std::string holders;
    for (std::size_t i = 0; i < meant.size() && i < 6; ++i)
      holders += (i ? ", " : "") + ("'" + arrangement.agent(meant[i]).id + "'");
    if (meant.size() > 6) holders += " and " + std::to_string(meant.size() - 6) + " more";
    const std::string role = reference.name.substr(1, reference.name.find_first_of("[|") - 1);
    const std::string message = reference.what + " '" + printable(reference.name) + "' could mean any of " +
                                std::to_string(meant.size()) + " agents: " + holders;
    // A word that still matches several has said which kind it means (any
    // opposition councillor will do): the first is used, and check says so.
    const bool narrowed = reference.name.find('[') != std::string::npos;
    if (narrowed)
      findings.warning(reference.place, message + "; the first is used", "ambiguous-role");
    else
      findings.error(
          reference.place,
          message + ": name one by its id, or as '@" + role + "[WORD]' with a word of its name or area",
          "ambiguous-role");
  }
  for (const Cohort& cohort : scenario.cohorts) {
    const auto v = cohort.agent.empty() ? std::nullopt : arrangement.resolve(cohort.agent, area);
    if (v && arrangement.agent(*v).kind != AgentKind::cohort)
      findings.error(cohort.place,
                     "cohort agent '" + printable(cohort.agent) + "' must hold service_users or constituents",
                     "not-a-cohort");
  }
  for (const DecisionPoint& point : scenario.decision_points) {
    const DelegatedDecision* entry =
        point.decision.empty() ? nullptr : arrangement.delegation(point.decision, area);
    if (point.decided_by.empty()) {
      if (!entry) {
        std::vector<std::string> types;
        for (const auto& d : arrangement.scheme_of_delegation_of(area)) types.push_back(d.decision);
        findings.error(point.place,
                       "decision type '" + printable(point.decision) +
                           "' is not in the scheme of delegation of " + where +
                           did_you_mean(point.decision, types) +
                           "; add it there or give the decision point 'decided_by'",
                       "unknown-decision");
      } else if (entry->taken_by.empty()) {
        findings.error(point.place, "nobody takes '" + printable(point.decision) + "' decisions in " + where,
                       "no_owner");
      }
      continue;
    }
    check_delegated(point, entry, arrangement, area, findings);
  }
  // A lever nobody may pull is a finding about the arrangement, not an error in
  // the scenario: the run goes on, and the lever is never pulled.
  for (const Response& response : scenario.responses) {
    const DelegatedDecision* entry = arrangement.delegation(response.decision, area);
    std::vector<std::string> types;
    for (const auto& d : arrangement.scheme_of_delegation_of(area)) types.push_back(d.decision);
    if (!entry || entry->taken_by.empty())
      findings.warning(response.place,
                       "the response \"" + printable(response.label) + "\" needs a decision of type '" +
                           response.decision +
                           "', which the scheme of delegation of this arrangement gives to nobody: no one "
                           "can take it here" +
                           (entry ? std::string() : did_you_mean(response.decision, types)),
                       "response-without-authority");
    if (std::none_of(scenario.cohorts.begin(), scenario.cohorts.end(),
                     [&](const Cohort& c) { return c.subject == response.addresses; }))
      findings.warning(response.place,
                       "the response \"" + printable(response.label) + "\" addresses '" + response.addresses +
                           "', which is no cohort's subject: nobody will know of harm that calls for it",
                       "response-without-harm");
  }
  for (const Inject& inject : scenario.injects)
    for (const BudgetCut& cut : inject.budget_cuts)
      if (const auto v = arrangement.resolve(cut.body, area);
          v && arrangement.agent(*v).kind != AgentKind::body)
        findings.error(cut.place,
                       "'" + printable(cut.body) +
                           "' is not a body, so it holds no budget: cut a council, IJB or health board",
                       "not-a-body");
}

}  // namespace

void check_scenario_against(const Scenario& played_or_written, const Arrangement& arrangement,
                            Findings& findings) {
  const Scenario& scenario =
      played_or_written.played_in_areas() ? *played_or_written.as_written : played_or_written;
  const std::vector<std::string> all = arrangement.area_ids();
  if (all.size() < 2) {
    // Areas named for a file of one council would be quietly ignored.
    for (const auto& [named, place] : scenario.areas_named)
      if (named != all.front())
        findings.error(place,
                       "area '" + printable(named) + "': arrangement '" + printable(arrangement.name) +
                           "' is one council with no areas to choose from; name areas only on an "
                           "arrangement of several (such as national)",
                       "unknown-area");
    check_in_area(scenario, arrangement, all.front(), findings);
    return;
  }
  // An arrangement of several councils: the scenario plays in the areas it
  // names, or in each that has what it needs, and is checked in each.
  for (const auto& [named, place] : scenario.areas_named)
    if (std::find(all.begin(), all.end(), named) == all.end())
      findings.error(place,
                     "area '" + printable(named) + "' is not an area of arrangement '" +
                         printable(arrangement.name) + "'" + did_you_mean_or_list(named, all),
                     "unknown-area");
  const std::vector<std::string> areas = areas_to_play(scenario, arrangement);
  if (scenario.areas_named.empty()) {
    std::vector<std::string> skipped;
    for (const std::string& area : all)
      if (std::find(areas.begin(), areas.end(), area) == areas.end()) skipped.push_back(area);
    if (!skipped.empty() && !scenario.needs.empty()) {
      std::string names;
      for (const std::string& area : skipped)
        names += (names.empty() ? "" : ", ") + printable(arrangement.area_name(area));
      const auto& [role, place] = scenario.needs.front();
      if (areas.empty())
        findings.error(place,
                       "this scenario is about " + std::string(role_words(role)) +
                           ", which no area of arrangement '" + printable(arrangement.name) +
                           "' has: run it on an arrangement with one",
                       "scenario-needs-role");
      else
        findings.warning(place,
                         "not played in " + names + ", which " + (skipped.size() == 1 ? "has" : "have") +
                             " no " + std::string(role_words(role)).substr(2) + ": it plays in the other " +
                             std::to_string(areas.size()) + " areas",
                         "scenario-needs-role");
    }
  }
  // The same finding in many areas is said once, naming where.
  struct Merged {
    Finding finding;
    std::vector<std::string> areas;
  };
  std::vector<Merged> merged;
  for (const std::string& area : areas) {
    Findings here;
    check_in_area(scenario, arrangement, area, here);
    for (const Finding& f : here.items()) {
      auto same = std::find_if(merged.begin(), merged.end(), [&](const Merged& m) {
        return m.finding.rule == f.rule && m.finding.severity == f.severity &&
               m.finding.place.line == f.place.line && m.finding.place.column == f.place.column;
      });
      if (same == merged.end())
        merged.push_back({f, {area}});
      else
        same->areas.push_back(area);
    }
  }
  for (Merged& m : merged) {
    std::string where = printable(arrangement.area_name(m.areas.front()));
    if (m.areas.size() == areas.size() && areas.size() > 1)
      where = "in every area it plays in";
    else if (m.areas.size() > 1)
      where = "in " + where + " and " + std::to_string(m.areas.size() - 1) + " other area" +
              (m.areas.size() > 2 ? "s" : "");
    else
      where = "in " + where;
    m.finding.message += " (" + where + ")";
    if (m.finding.severity == Finding::Severity::error)
      findings.error(m.finding.place, m.finding.message, m.finding.rule);
    else
      findings.warning(m.finding.place, m.finding.message, m.finding.rule);
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
  throw_first_error(loaded.findings, std::string(name));
  return loaded;
}

}  // namespace govsim
