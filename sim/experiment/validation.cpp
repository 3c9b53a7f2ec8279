#include "experiment/validation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "behaviour/governance_model.hpp"
#include "check/arrangement_check.hpp"
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

  Outcomes run(std::uint64_t seed, std::uint64_t replication, EventLog& log) const {
    model_->run({seed, replication, std::nullopt, nullptr, forced_}, log);
    return outcomes_of(log, arrangement_, scenario_, scenario_.days);
  }

 private:
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
  return facts;
}

FactResult run_fact(const Fact& fact, const ValidationOptions& options) {
  FactResult result;
  result.fact = &fact;
  EventLog log;
  // A fact whose scenario does not fit the arrangement is not applicable there,
  // which is not the same as passing: say why and run nothing.
  std::vector<std::pair<std::unique_ptr<Arm>, std::unique_ptr<Arm>>> arms;
  for (const Comparison& comparison : fact.comparisons) {
    try {
      arms.emplace_back(std::make_unique<Arm>(comparison.base), std::make_unique<Arm>(comparison.variant));
    } catch (const InputError& error) {
      result.passed = false;
      result.not_applicable = error.what();
      return result;
    }
  }
  for (std::size_t c = 0; c < fact.comparisons.size(); ++c) {
    const Comparison& comparison = fact.comparisons[c];
    if (options.progress) options.progress(fact.id + ": " + comparison.label);
    const Arm& base = *arms[c].first;
    const Arm& variant = *arms[c].second;
    std::vector<Outcomes> a, b;
    for (int k = 0; k < options.replications; ++k) {
      a.push_back(base.run(options.seed, static_cast<std::uint64_t>(k), log));
      b.push_back(variant.run(options.seed, static_cast<std::uint64_t>(k), log));
    }
    MeasuredComparison measured{comparison.label, {}, a, b};
    for (const Expectation& e : comparison.expect) {
      const auto i = static_cast<std::size_t>(e.outcome);
      std::vector<double> x, y;
      for (const Outcomes& o : a) x.push_back(o[i]);
      for (const Outcomes& o : b) y.push_back(o[i]);
      MeasuredExpectation m{e,
                            summarise(x, options.confidence),
                            summarise(y, options.confidence),
                            paired_difference(x, y, options.confidence),
                            0.0,
                            false};
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
