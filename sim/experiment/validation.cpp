#include "experiment/validation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "behaviour/governance_model.hpp"
#include "check/arrangement_check.hpp"
#include "engine/enforce.hpp"
#include "experiment/variation.hpp"
#include "scenario/areas.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/run_parameters.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {
namespace {

using Sign = Expectation::Sign;

constexpr const char* typical = "typical-scottish-ijb";
constexpr const char* discharge = "expedited-discharge";

// One arm, loaded, changed and bound: owns the copies its model points into.
class Arm {
 public:
  explicit Arm(const ArmSpec& spec) {
    scenario_ = load_scenario_or_throw(spec.scenario).scenario;
    arrangement_ = load_arrangement_or_throw(spec.arrangement).arrangement;
    Parameters parameters = run_parameters(arrangement_, scenario_);
    ArmSetup setup{arrangement_, scenario_, parameters, forced_};
    if (spec.change) spec.change(setup);
    Findings fit;
    check_scenario_against(scenario_, arrangement_, fit);
    throw_first_error(fit, spec.scenario + " --arrangement " + spec.arrangement);
    scenario_ = play_in_areas(scenario_, arrangement_);
    model_ = std::make_unique<GovernanceModel>(arrangement_, scenario_, parameters);
  }
  Arm(const Arm&) = delete;

  /// The run's outcomes, whole and by area. Kept, when the arm is shared, so
  /// that another council of the same replication costs nothing.
  RunOutcomes run(std::uint64_t seed, std::uint64_t replication, EventLog& log) {
    const auto key = std::pair{seed, replication};
    if (const auto kept = kept_.find(key); kept != kept_.end()) return kept->second;
    model_->run({seed, replication, std::nullopt, nullptr, forced_}, log);
    RunOutcomes outcomes = outcomes_by_area(log, arrangement_, scenario_, scenario_.days);
    if (keep_) kept_.emplace(key, outcomes);
    return outcomes;
  }
  void keep_runs() { keep_ = true; }

 private:
  bool keep_ = false;
  std::map<std::pair<std::uint64_t, std::uint64_t>, RunOutcomes> kept_;
  Scenario scenario_;
  Arrangement arrangement_;
  std::vector<std::pair<int, int>> forced_;
  std::unique_ptr<GovernanceModel> model_;
};

int option_of(const Scenario& s, const std::string& point, const std::string& option) {
  for (std::size_t p = 0; p < s.decision_points.size(); ++p)
    if (s.decision_points[p].id == point)
      for (std::size_t o = 0; o < s.decision_points[p].options.size(); ++o)
        if (s.decision_points[p].options[o].id == option) return static_cast<int>(o);
  return -1;
}
int point_of(const Scenario& s, const std::string& point) {
  for (std::size_t p = 0; p < s.decision_points.size(); ++p)
    if (s.decision_points[p].id == point) return static_cast<int>(p);
  return -1;
}
std::function<void(ArmSetup&)> force(std::string point, std::string option) {
  return [point, option](ArmSetup& a) {
    const int p = point_of(a.scenario, point), o = option_of(a.scenario, point, option);
    if (p >= 0 && o >= 0) a.forced.emplace_back(p, o);
  };
}
std::function<void(ArmSetup&)> both(std::function<void(ArmSetup&)> f, std::function<void(ArmSetup&)> g) {
  return [f, g](ArmSetup& a) {
    f(a);
    g(a);
  };
}

// V11: one comparison per reports_to link of the arrangement (regulators and the
// ombudsman aside): without it, and with it.
std::vector<Comparison> each_reporting_route(const std::string& arrangement, const std::string& discharge) {
  const LoadedArrangement loaded = load_arrangement_or_throw(arrangement);
  const Network& n = loaded.arrangement.network;
  std::vector<Comparison> comparisons;
  for (auto e : boost::make_iterator_range(boost::edges(n))) {
    if (n[e].type != LinkType::reports_to) continue;
    const Agent& from = n[boost::source(e, n)];
    if (from.holds(Role::regulator) || from.holds(Role::ombudsman)) continue;
    const std::string from_id = from.id, to_id = n[boost::target(e, n)].id;
    const std::string route = from_id + " reports_to " + to_id;
    auto remove = [from_id, to_id](ArmSetup& a) {
      Network& g = a.arrangement.network;
      bool removed = false;
      boost::remove_edge_if(
          [&](LinkEdge x) {
            if (removed || g[x].type != LinkType::reports_to || g[boost::source(x, g)].id != from_id ||
                g[boost::target(x, g)].id != to_id)
              return false;
            removed = true;
            return true;
          },
          g);
    };
    comparisons.push_back({"adding " + route,
                           {"without " + route, discharge, arrangement, remove},
                           {"with it", discharge, arrangement, {}},
                           {{Outcome::expected_harm, Sign::does_not_increase},
                            {Outcome::council_knows_day, Sign::does_not_increase},
                            {Outcome::unaddressed_matters, Sign::does_not_increase}}});
  }
  return comparisons;
}

// V12: the built-in single-council Scottish arrangements the default scenario
// runs on. The one with the most `check` errors must do worst, those with no
// findings at all — of the arrangement, or of the scenario on it — best: read
// from `check` itself, not from names.
std::vector<Comparison> check_verdicts_and_outcomes() {
  struct Candidate {
    std::string name;
    std::size_t errors, findings;
  };
  std::vector<Candidate> candidates;
  const LoadedScenario scenario = load_scenario_or_throw(discharge);
  for (const BuiltinEntry& entry : builtins(InputKind::arrangement)) {
    const LoadedArrangement loaded = load_arrangement(read_input(entry.name, InputKind::arrangement));
    const Arrangement& a = loaded.arrangement;
    const bool one_council = std::all_of(boost::vertices(a.network).first, boost::vertices(a.network).second,
                                         [&](AgentVertex v) { return a.agent(v).area.empty(); });
    if (a.jurisdiction != Jurisdiction::scotland || !one_council) continue;
    Findings fit;
    check_scenario_against(scenario.scenario, a, fit);
    if (fit.has_errors()) continue;
    const CheckResult checked = check_arrangement(entry.name);
    // Findings of the arrangement and of the scenario on it (a lever its scheme
    // gives nobody): both are what `govsim check` says of running it here.
    candidates.push_back({entry.name, checked.findings.count(Finding::Severity::error),
                          checked.findings.items().size() + fit.items().size()});
  }
  std::vector<Comparison> comparisons;
  if (candidates.size() < 2) return comparisons;
  const auto worst =
      std::max_element(candidates.begin(), candidates.end(),
                       [](const Candidate& a, const Candidate& b) { return a.errors < b.errors; });
  for (const Candidate& other : candidates) {
    if (other.name == worst->name) continue;
    comparisons.push_back(
        {worst->name + " (" + std::to_string(worst->errors) + " check errors) against " + other.name + " (" +
             std::to_string(other.errors) + ")",
         {other.name, discharge, other.name, {}},
         {worst->name, discharge, worst->name, {}},
         {{Outcome::expected_harm, Sign::increases}, {Outcome::council_knows_day, Sign::increases}}});
  }
  for (const Candidate& clean : candidates) {
    if (clean.findings != 0) continue;
    for (const Candidate& other : candidates) {
      if (other.name == clean.name || other.name == worst->name) continue;
      comparisons.push_back({other.name + " (" + std::to_string(other.findings) +
                                 (other.findings == 1 ? " finding) against " : " findings) against ") +
                                 clean.name + " (none)",
                             {clean.name, discharge, clean.name, {}},
                             {other.name, discharge, other.name, {}},
                             {{Outcome::expected_harm, Sign::does_not_decrease},
                              {Outcome::council_knows_day, Sign::does_not_decrease}}});
    }
  }
  return comparisons;
}

// An arm's outcomes: the whole run's, or the mean of its areas'.
Outcomes outcomes_of_arm(const RunOutcomes& run, const ArmSpec& spec) {
  if (spec.areas.empty()) return run.whole;
  Outcomes mean{};
  int count = 0;
  for (const AreaOutcomes& area : run.areas)
    if (std::find(spec.areas.begin(), spec.areas.end(), area.area) != spec.areas.end()) {
      for (std::size_t i = 0; i < mean.size(); ++i) mean[i] += area.outcomes[i];
      ++count;
    }
  GOVSIM_ENFORCE(count == static_cast<int>(spec.areas.size()), "an arm names an area its run did not play");
  for (double& x : mean) x /= count;
  return mean;
}

// Which area each finding of `check` is about: that of the first agent it
// names, else of the agent, link (its source's) or area block written at its
// line, or else the nearest one written above it.
std::vector<std::string> areas_of_findings(const Arrangement& a, const Findings& findings) {
  std::vector<std::pair<int, std::string>> declared;
  for (auto v : boost::make_iterator_range(boost::vertices(a.network)))
    declared.emplace_back(a.agent(v).place.line, a.agent(v).area);
  for (auto e : boost::make_iterator_range(boost::edges(a.network)))
    declared.emplace_back(a.network[e].place.line, a.agent(boost::source(e, a.network)).area);
  for (const Area& area : a.areas) declared.emplace_back(area.place.line, area.id);
  std::sort(declared.begin(), declared.end());
  std::vector<std::string> out;
  for (const Finding& f : findings.items()) {
    if (const auto v = f.agents.empty() ? std::nullopt : a.find(f.agents.front())) {
      out.push_back(a.agent(*v).area);
      continue;
    }
    auto above =
        std::upper_bound(declared.begin(), declared.end(), std::pair{f.place.line, std::string("\x7f")});
    out.push_back(above == declared.begin() ? std::string() : std::prev(above)->second);
  }
  return out;
}

// V14 and V15: the councils of one arrangement of many, grouped by the pattern
// each follows, in one run per replication with every population forgotten (so
// councils differ only in their protocols, not in how many people they serve).
struct PatternGroups {
  std::map<std::string, std::vector<std::string>> areas;  ///< pattern -> its areas, in file order
  std::map<std::string, double> findings;                 ///< pattern -> check findings per area
  /// Areas whose integration authority also serves another area (a joint IJB):
  /// not replicas of their pattern, since the board's business for both is one.
  std::set<std::string> sharing;
};
std::optional<PatternGroups> pattern_groups(const std::string& name) {
  const LoadedArrangement loaded = load_arrangement(read_input(name, InputKind::arrangement));
  const Arrangement& a = loaded.arrangement;
  if (a.areas.size() < 2 || loaded.findings.has_errors()) return std::nullopt;
  PatternGroups groups;
  for (const Area& area : a.areas) {
    if (!area.pattern.empty()) groups.areas[area.pattern].push_back(area.id);
    for (AgentVertex board : a.holders(Role::ijb, area.id))
      if (a.agent(board).area != area.id || !a.agent(board).serves.empty()) groups.sharing.insert(area.id);
  }
  if (groups.areas.size() < 2) return std::nullopt;
  const CheckResult checked = check_arrangement(name);
  const std::vector<std::string> where = areas_of_findings(a, checked.findings);
  std::map<std::string, int> per_area;
  for (const std::string& area : where) ++per_area[area];
  for (const auto& [pattern, areas] : groups.areas) {
    double total = 0;
    for (const std::string& area : areas) total += per_area[area];
    groups.findings[pattern] = total / static_cast<double>(areas.size());
  }
  return groups;
}

ArmSpec councils(const std::string& label, const std::string& arrangement, const std::string& scenario,
                 std::vector<std::string> areas) {
  return {label,
          scenario,
          arrangement,
          [](ArmSetup& a) { without_populations(a.arrangement); },
          std::move(areas),
          "councils of " + arrangement};
}

// V14: each council against the others of its pattern.
std::vector<Comparison> same_pattern_alike(const std::string& arrangement, const std::string& scenario,
                                           const PatternGroups& groups) {
  std::vector<Comparison> comparisons;
  for (const auto& [pattern, all] : groups.areas) {
    std::vector<std::string> areas;
    for (const std::string& area : all)
      if (!groups.sharing.contains(area)) areas.push_back(area);
    if (areas.size() < 2) continue;
    for (const std::string& area : areas) {
      std::vector<std::string> others;
      for (const std::string& other : areas)
        if (other != area) others.push_back(other);
      comparisons.push_back(
          {area + " against the other " + std::to_string(others.size()) + " '" + pattern + "' councils",
           councils("the others", arrangement, scenario, others),
           councils(area, arrangement, scenario, {area}),
           {{Outcome::council_knows_day, Sign::indistinguishable},
            {Outcome::expected_harm, Sign::indistinguishable}}});
    }
  }
  return comparisons;
}

// V15: the councils of each pattern with more `check` findings than the
// cleanest (most common) one, against the councils of that one. Measured from
// each council's first harm to its knowing: the day it knew also holds when its
// first person came to harm, which arrivals decide, not governance, and which
// hid a half-day lag in noise at 50 replications.
std::vector<Comparison> leakier_pattern_later(const std::string& arrangement, const std::string& scenario,
                                              const PatternGroups& groups) {
  std::string cleanest;
  for (const auto& [pattern, areas] : groups.areas)
    if (cleanest.empty() || groups.findings.at(pattern) < groups.findings.at(cleanest) ||
        (groups.findings.at(pattern) == groups.findings.at(cleanest) &&
         areas.size() > groups.areas.at(cleanest).size()))
      cleanest = pattern;
  std::vector<Comparison> comparisons;
  std::vector<std::string> leakier;
  std::string names;
  for (const auto& [pattern, areas] : groups.areas) {
    if (groups.findings.at(pattern) <= groups.findings.at(cleanest)) continue;
    leakier.insert(leakier.end(), areas.begin(), areas.end());
    names += (names.empty() ? "'" : ", '") + pattern + "'";
  }
  if (leakier.empty()) return comparisons;
  // All the leakier councils together, then each leakier pattern on its own,
  // which must at least not learn sooner.
  comparisons.push_back({"the " + std::to_string(leakier.size()) +
                             " councils of the patterns with more findings (" + names + ") against the " +
                             std::to_string(groups.areas.at(cleanest).size()) + " '" + cleanest +
                             "' councils",
                         councils(cleanest, arrangement, scenario, groups.areas.at(cleanest)),
                         councils("leakier", arrangement, scenario, leakier),
                         {{Outcome::days_harm_to_council, Sign::increases}}});
  for (const auto& [pattern, areas] : groups.areas) {
    if (groups.findings.at(pattern) <= groups.findings.at(cleanest)) continue;
    std::ostringstream label;
    label << "the " << areas.size() << " '" << pattern << "' councils (" << groups.findings.at(pattern)
          << " check findings each) against the " << groups.areas.at(cleanest).size() << " '" << cleanest
          << "' (" << groups.findings.at(cleanest) << ")";
    comparisons.push_back({label.str(),
                           councils(cleanest, arrangement, scenario, groups.areas.at(cleanest)),
                           councils(pattern, arrangement, scenario, areas),
                           {{Outcome::days_harm_to_council, Sign::does_not_decrease}}});
  }
  return comparisons;
}

bool passes(Sign sign, const Summary& base, const Summary& d, double margin) {
  switch (sign) {
    case Sign::increases:
      return d.low > 0.0;
    case Sign::decreases:
      return d.high < 0.0;
    case Sign::does_not_increase:
      return d.high <= margin;
    case Sign::does_not_decrease:
      return d.low >= -margin;
    case Sign::rare_in_base:
      return base.mean <= 0.02;
    case Sign::indistinguishable:
      return d.low <= 0.0 && d.high >= 0.0;
  }
  return false;
}

}  // namespace

std::string_view to_string(Sign sign) {
  switch (sign) {
    case Sign::increases:
      return "increases";
    case Sign::decreases:
      return "decreases";
    case Sign::does_not_increase:
      return "does not increase";
    case Sign::does_not_decrease:
      return "does not decrease";
    case Sign::rare_in_base:
      return "rare in the base";
    case Sign::indistinguishable:
      return "indistinguishable";
  }
  return "";
}

std::vector<Fact> validation_facts(const std::optional<std::string>& arrangement,
                                   const std::optional<std::string>& scenario) {
  const std::string area = arrangement.value_or(typical);
  const std::string discharge = scenario.value_or(govsim::discharge);
  std::vector<Fact> facts;
  facts.push_back(
      {"V1",
       "faster escalation saves people: halving the latencies on the route from the frontline to the CSWO "
       "reduces harm under expedited discharge",
       "the causal chain knowledge -> authority -> action: the CSWO holds the authority for a practice "
       "direction "
       "(Improvement Service 2017: 'strategic and professional leadership in the delivery of social work "
       "services')",
       {{"halving the latencies to the CSWO",
         {"as written", discharge, area, {}},
         {"latencies halved", discharge, area,
          [](ArmSetup& a) { scale_latency_to_statutory_officer(a.arrangement, 0.5); }},
         {{Outcome::expected_harm, Sign::decreases},
          {Outcome::accountable_knows_day, Sign::does_not_increase}}}}});
  facts.push_back(
      {"V2",
       "a CSWO with no direct access to the chief executive and members: members learn later and more people "
       "are harmed",
       "Scottish Government, The Role of the CSWO (2016), paras 25-26: direct access to the chief executive "
       "and "
       "to elected members; members must 'satisfy themselves that the chief social work officer has "
       "appropriate access and influence at the most senior level'",
       {{"removing the CSWO's direct access",
         {"direct access", discharge, area, {}},
         {"no direct access", discharge, area,
          [](ArmSetup& a) { remove_statutory_officer_access(a.arrangement); }},
         {{Outcome::council_knows_day, Sign::increases}, {Outcome::expected_harm, Sign::increases}}}}});
  facts.push_back(
      {"V3",
       "an IJB with no reporting route to the council: the council learns later, and delegation_blind_spot "
       "appears (and is absent with the route)",
       "Public Bodies (Joint Working) (Scotland) Act 2014: the council keeps its statutory duty for what it "
       "delegates; 'elected members must maintain oversight ... regardless of local governance arrangements' "
       "(Improvement Service 2017)",
       {{"removing the IJB's reporting route to the council",
         {"with the route", discharge, area, {}},
         {"no route", discharge, area,
          [](ArmSetup& a) { remove_delegate_reporting_to_council(a.arrangement); }},
         {{Outcome::council_account_day, Sign::increases},
          {Outcome::delegation_blind_spot_gaps, Sign::increases},
          {Outcome::delegation_blind_spot_gaps, Sign::rare_in_base}}}}});
  facts.push_back(
      {"V4",
       "a CSWO holding operational posts softens advice more often, and more are harmed",
       "Improvement Service (2017): the professional role 'is distinct from the post holder's operational "
       "management responsibilities'; 'these two elements can be conflictual'",
       {{"giving the CSWO operational posts",
         {"CSWO as written", discharge, area, {}},
         {"CSWO with operational posts", discharge, area,
          [](ArmSetup& a) { give_statutory_officer_operational_posts(a.arrangement, a.parameters); }},
         {{Outcome::advice_softened, Sign::increases}, {Outcome::expected_harm, Sign::increases}}}}});
  facts.push_back(
      {"V5",
       "an IJB that meets half as often, with no urgent business: the decision comes later and more are "
       "harmed",
       "an IJB meets every few weeks and items wait for its next meeting unless urgent business is allowed "
       "(integration scheme standing orders); modelling claim",
       {{"halving the IJB's meetings, with no urgent business",
         {"as written", discharge, area, {}},
         {"half as often", discharge, area,
          [](ArmSetup& a) { slow_meetings(a.arrangement, Role::ijb, 2.0, false); }},
         {{Outcome::decision_day, Sign::increases}, {Outcome::expected_harm, Sign::increases}}}}});
  facts.push_back(
      {"V6",
       "a vacant CSWO post with no deputy against one with a deputy: later awareness, more harm",
       "Scottish Government, The Role of the CSWO (2016), paras 25-26: councils should agree deputising "
       "arrangements for the CSWO",
       {{"the CSWO's post vacant without a deputy",
         {"with a deputy", "vacant-cswo", area,
          [](ArmSetup& a) { give_statutory_officer_a_deputy(a.arrangement); }},
         {"no deputy", "vacant-cswo", area,
          [](ArmSetup& a) { remove_statutory_officer_deputy(a.arrangement); }},
         {{Outcome::council_knows_day, Sign::increases}, {Outcome::expected_harm, Sign::increases}}}}});
  facts.push_back({"V7",
                   "eligibility raised from moderate to substantial: more unmet need and more harm; a forum "
                   "that receives a "
                   "risk report on it acts sooner",
                   "Improvement Service (2017): 'eligibility criteria which reflect budgetary constraints "
                   "but which could "
                   "potentially leave individuals in need without an appropriate level of service'",
                   {{"raising the threshold to substantial",
                     {"kept at moderate", "eligibility-cut", area, force("raise-threshold", "keep_moderate")},
                     {"raised", "eligibility-cut", area, force("raise-threshold", "raise_to_substantial")},
                     {{Outcome::unmet_need, Sign::increases}, {Outcome::expected_harm, Sign::increases}}},
                    {"the council receiving counts of harm only, not the CSWO's risk reports",
                     {"risk reports", "eligibility-cut", "english-council-dass",
                      force("raise-threshold", "raise_to_substantial")},
                     {"harm counts only", "eligibility-cut", "english-council-dass",
                      both(force("raise-threshold", "raise_to_substantial"),
                           [](ArmSetup& a) { a.parameters.set(Param::risk_horizon_days, 0.0, {}); })},
                     {{Outcome::forum_acts_day, Sign::increases}}}}});
  facts.push_back(
      {"V8",
       "a deeper budget cut: fewer staff, slower handling, later awareness",
       "Improvement Service (2017): 'operational service structures may reflect financial constraints, "
       "however, may leave the service vulnerable in terms of management oversight or sufficient staffing "
       "resource'",
       {{"a 15% cut to the IJB instead of 5%",
         // The same recovery plan in both arms: the fact is about what a cut does to
         // staff, not about which plan a deeper cut makes the IJB choose.
         {"5% cut", "ijb-overspend", area,
          both(force("recovery-plan", "recovery_plan_with_review"),
               [](ArmSetup& a) { set_budget_cuts(a.scenario, 0.05); })},
         {"15% cut", "ijb-overspend", area,
          both(force("recovery-plan", "recovery_plan_with_review"),
               [](ArmSetup& a) { set_budget_cuts(a.scenario, 0.15); })},
         {{Outcome::lowest_staffing, Sign::decreases},
          {Outcome::services_wait_days, Sign::increases},
          {Outcome::referral_days, Sign::increases}}}}});
  facts.push_back(
      {"V9",
       "more harm and complaints draw the leader and chief executive in sooner",
       "ADASS, Working with elected councillors: a matter 'attracts the additional involvement of the leader "
       "of the council and chief executive ... due to the level of political interest in a matter, or the "
       "emergence of a reputational risk'",
       {{"twice the harm",
         {"as written", "constituent-complaint", area, {}},
         {"harm twice as likely", "constituent-complaint", area,
          [](ArmSetup& a) { scale_harm(a.scenario, 2.0); }},
         {{Outcome::leadership_drawn_in_day, Sign::decreases}}}}});
  facts.push_back(
      {"V10",
       "a forum that questions more: fewer no_consequence gaps and less harm",
       "Bovens (2007): accountability needs a forum that asks questions and passes judgement; Audit Scotland "
       "(2016): members should scrutinise with 'constructive challenge, questioning'",
       {{"forums questioning 90% of reports instead of 10%",
         {"questions 10%", discharge, area,
          [](ArmSetup& a) { a.parameters.set(Param::forum_question_probability, 0.1, {}); }},
         {"questions 90%", discharge, area,
          [](ArmSetup& a) { a.parameters.set(Param::forum_question_probability, 0.9, {}); }},
         {{Outcome::no_consequence_gaps, Sign::decreases}, {Outcome::expected_harm, Sign::decreases}}}}});
  facts.push_back(
      {"V11",
       "adding a reporting route never worsens harm, council awareness or the count of unaddressed "
       "matters",
       "transparency is not penalised: Improvement Service (2017) asks for 'clear, explicit and "
       "transparent written protocols'; a measurement rule as much as a model claim",
       each_reporting_route(area, discharge)});
  if (!arrangement && !scenario) {
    facts.push_back(
        {"V12",
         "the arrangements' check verdicts and their run outcomes agree: the built-in single-council "
         "Scottish arrangement with the most check errors has the most harm and the latest council "
         "awareness, and those with no findings the least",
         "the statutory rules `govsim check` applies (2014 Act, SSI 2014/285, CSWO guidance 2016) "
         "should predict what happens in runs (pattern-oriented modelling, Grimm et al. 2005)",
         check_verdicts_and_outcomes()});
    facts.push_back(
        {"V13",
         "the network, not one constant, makes the difference: with the CSWO's independence held equal, the "
         "typical arrangement still harms fewer than the CSWO-in-the-partnership one",
         "Care Inspectorate, review of the CSWO role in all 32 councils: social work's influence was more "
         "limited where its representation in the partnership was weaker",
         {{"the partnership arrangement, independence held at 1",
           {typical, discharge, typical,
            [](ArmSetup& a) { set_statutory_officer_independence(a.arrangement, 1.0); }},
           {"cswo-head-of-service-in-partnership", discharge, "cswo-head-of-service-in-partnership",
            [](ArmSetup& a) { set_statutory_officer_independence(a.arrangement, 1.0); }},
           {{Outcome::expected_harm, Sign::increases}}}}});
  }
  // Councils of an arrangement of many, by the pattern each follows.
  const std::string many = arrangement.value_or("national");
  if (const auto groups = pattern_groups(many)) {
    facts.push_back(
        {"V14",
         "councils that follow the same pattern are alike: each council's awareness and expected harm are "
         "indistinguishable from the mean of the other councils of its pattern",
         "a modelling check (Sargent 2013, face validity): with populations held equal, a council's outcomes "
         "come from its protocol, not from its place in the file or its name; the arrangement's patterns "
         "vary as Improvement Service (2017) says they do ('interpreted and enacted differently across each "
         "of the 32 local authorities')",
         same_pattern_alike(many, discharge, *groups)});
    facts.push_back(
        {"V15",
         "councils whose pattern has more check findings learn of harm to their people later than those of "
         "the cleanest pattern",
         "Care Inspectorate review of all 32 CSWOs: social work's influence was more limited where its "
         "representation in the partnership was weaker; Scottish Government, The Role of the CSWO (2016), "
         "paras 11-12",
         leakier_pattern_later(many, discharge, *groups)});
  }
  return facts;
}

FactResult run_fact(const Fact& fact, const ValidationOptions& options) {
  FactResult result;
  result.fact = &fact;
  EventLog log;
  // A fact whose scenario does not fit the arrangement is not applicable there,
  // which is not the same as passing: say why and run nothing.
  // Arms of one shared run (councils of one national run) are built once.
  std::map<std::string, std::shared_ptr<Arm>> shared;
  auto arm_for = [&](const ArmSpec& spec) {
    if (spec.shared_run.empty()) return std::make_shared<Arm>(spec);
    auto& one = shared[spec.shared_run];
    if (!one) {
      one = std::make_shared<Arm>(spec);
      one->keep_runs();
    }
    return one;
  };
  std::vector<std::pair<std::shared_ptr<Arm>, std::shared_ptr<Arm>>> arms;
  for (const Comparison& comparison : fact.comparisons) {
    try {
      arms.emplace_back(arm_for(comparison.base), arm_for(comparison.variant));
    } catch (const InputError& error) {
      result.passed = false;
      result.not_applicable = error.what();
      return result;
    }
  }
  // "Indistinguishable" is tested at a confidence raised for how many such tests the fact makes.
  std::size_t alike_tests = 0;
  for (const Comparison& comparison : fact.comparisons)
    for (const Expectation& e : comparison.expect) alike_tests += e.sign == Sign::indistinguishable;
  const double alike_confidence = alike_tests == 0
                                      ? options.confidence
                                      : 1.0 - (1.0 - options.confidence) / static_cast<double>(alike_tests);
  for (std::size_t c = 0; c < fact.comparisons.size(); ++c) {
    const Comparison& comparison = fact.comparisons[c];
    if (options.progress) options.progress(fact.id + ": " + comparison.label);
    Arm& base = *arms[c].first;
    Arm& variant = *arms[c].second;
    std::vector<Outcomes> a, b;
    for (int k = 0; k < options.replications; ++k) {
      a.push_back(
          outcomes_of_arm(base.run(options.seed, static_cast<std::uint64_t>(k), log), comparison.base));
      b.push_back(
          outcomes_of_arm(variant.run(options.seed, static_cast<std::uint64_t>(k), log), comparison.variant));
    }
    MeasuredComparison measured{comparison.label, {}, a, b};
    for (const Expectation& e : comparison.expect) {
      const auto i = static_cast<std::size_t>(e.outcome);
      std::vector<double> x, y;
      for (const Outcomes& o : a) x.push_back(o[i]);
      for (const Outcomes& o : b) y.push_back(o[i]);
      const double level = e.sign == Sign::indistinguishable ? alike_confidence : options.confidence;
      MeasuredExpectation m{
          e, summarise(x, level), summarise(y, level), paired_difference(x, y, level), 0.0, false};
      m.margin = 0.05 * std::abs(m.base.mean) + 0.05;
      m.passed = passes(e.sign, m.base, m.difference, m.margin);
      const bool directional = e.sign == Sign::increases || e.sign == Sign::decreases;
      m.not_observed = directional && std::all_of(x.begin(), x.end(), [](double v) { return v == 0.0; }) &&
                       std::all_of(y.begin(), y.end(), [](double v) { return v == 0.0; });
      if (!m.not_observed) result.passed = result.passed && m.passed;
      measured.measured.push_back(m);
    }
    result.comparisons.push_back(std::move(measured));
  }
  if (fact.comparisons.empty()) result.passed = false;
  return result;
}

}  // namespace govsim
