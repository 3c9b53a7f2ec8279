#include <catch2/catch.hpp>
#include <string>

#include "scenario/arrangement_loader.hpp"
#include "scenario/run_parameters.hpp"
#include "scenario/scenario_loader.hpp"

using govsim::Finding;
using govsim::load_scenario;

namespace {

std::string findings_text(const govsim::Findings& findings) {
  std::string all;
  for (const Finding& f : findings.items()) all += f.format() + "\n";
  return all;
}

bool reports(const govsim::Findings& findings, const std::string& rule, int line, const std::string& words) {
  for (const Finding& f : findings.items())
    if (f.rule == rule && f.place.line == line && f.message.find(words) != std::string::npos) return true;
  return false;
}

govsim::Findings fit(const std::string& scenario, const std::string& arrangement = "typical-scottish-ijb") {
  const auto loaded = load_scenario({"story.yaml", scenario, false});
  REQUIRE_FALSE(loaded.findings.has_errors());
  const auto area = govsim::load_arrangement_or_throw(arrangement);
  govsim::Findings findings;
  govsim::check_scenario_against(loaded.scenario, area.arrangement, findings);
  return findings;
}

}  // namespace

TEST_CASE("a minimal scenario runs 120 days on the typical Scottish arrangement", "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", "name: quiet\n", false});
  REQUIRE_FALSE(loaded.findings.has_errors());
  CHECK(loaded.scenario.days == 120);
  CHECK(loaded.scenario.arrangement == "typical-scottish-ijb");
  const govsim::Parameters p = govsim::run_parameters(govsim::Arrangement{}, loaded.scenario);
  CHECK(p[govsim::Param::complaint_per_harm] == 0.3);
}

TEST_CASE("every key of a scenario is read", "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
name: full
description: every key
arrangement: weak-scottish-ijb
days: 90
annual_report_day: 60
conditions: {share: 0.1, threshold: moderate}
parameters: {complaint_per_harm: 0.5, advice_wait_days: 3}
national_policy_party: Blue
injects:
  - {id: i, day: 2, note: n, what: concern, from: a, to: [b, c], subject: s, severity: 4, personal: true,
     urgent: true, recorded: false, set: {share: 0.2}, vacate: d, cut_budget: {"@ijb": 0.05}}
cohorts:
  - {id: c, agent: "@service_users", served_by: t, subject: s, arrivals_per_day: {exponential: 3},
     unmet_share: share, harm_per_day_unmet: 0.1, days_at_risk: {triangular: [1, 2, 3]},
     need_bands: {low: 0.1, moderate: 0.4, substantial: 0.3, critical: 0.2}, eligibility: threshold}
decision_points:
  - {id: d, day: 5, decided_by: "@ijb", advice_from: "@cswo", subject: s, question: "q?", urgent: true,
     options: {a: {label: A, add: {share: 0.1}, cost: 2, performance: 0.5}, b: {multiply: {share: 2}}},
     proposal: b, default: a}
responses:
  - {id: r, label: R, decision: practice_direction, addresses: s, multiply: {share: 0.5}, cost: 0.1,
     performance: -0.2, takes_days: 3}
)",
                                     false});
  INFO(findings_text(loaded.findings));
  REQUIRE(loaded.findings.empty());
  const auto& s = loaded.scenario;
  CHECK(s.days == 90);
  CHECK(*s.annual_report_day == 60);
  REQUIRE(s.parameters.size() == 2);
  const govsim::Parameters p = govsim::run_parameters(govsim::Arrangement{}, s);
  CHECK(p[govsim::Param::advice_wait_days] == 3);
  CHECK(p[govsim::Param::complaint_per_harm] == 0.5);
  CHECK(p.origin(govsim::Param::advice_wait_days).line == 8);
  CHECK(s.national_policy_party == "Blue");
  CHECK(s.conditions[1].second == 2.0);  // moderate, the second band
  CHECK(s.injects[0].budget_cuts.size() == 1);
  CHECK(s.cohorts[0].need_bands[1] == 0.4);
  CHECK(s.cohorts[0].eligibility_condition == "threshold");
  REQUIRE(s.responses.size() == 1);
  CHECK(s.responses[0].takes_days == 3);
  CHECK(s.responses[0].performance == -0.2);
  REQUIRE(s.injects.size() == 1);
  CHECK(s.injects[0].to.size() == 2);
  CHECK(s.injects[0].personal);
  CHECK_FALSE(s.injects[0].recorded);
  CHECK(s.injects[0].vacate == "d");
  CHECK(s.cohorts[0].unmet_share_condition == "share");
  CHECK(s.cohorts[0].arrivals_per_day.mean() == 3);
  CHECK(s.decision_points[0].options.size() == 2);
  CHECK(s.decision_points[0].proposal == 1);
  CHECK(*s.decision_points[0].forced == 0);  // 'default' forces an option
  CHECK(s.decision_points[0].options[0].cost == 2);
  CHECK(s.references.size() == 9);
}

TEST_CASE("typos in a scenario are each reported with a suggestion", "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
dayz: 30
conditions: {share: 0.1}
injects:
  - {day: 2, what: concerns, to: x, subject: s}
  - {day: 3, set: {shair: 0.2}}
cohorts:
  - {id: c, agent: a, served_by: t, arrivals_per_day: {exponental: 2}, unmet_share: shar}
decision_points:
  - {id: d, day: 5, decided_by: x, options: {adopt: {}}, default: adpot}
)",
                                     false});
  const auto& f = loaded.findings;
  INFO(findings_text(f));
  CHECK(reports(f, "unknown-key", 2, "did you mean 'days'"));
  CHECK(reports(f, "unknown-item-type", 5, "did you mean 'concern'"));
  CHECK(reports(f, "unknown-condition", 6, "did you mean 'share'"));
  CHECK(reports(f, "wrong-type", 8, "did you mean 'exponential'"));
  CHECK(reports(f, "unknown-condition", 8, "did you mean 'share'"));
  CHECK(reports(f, "unknown-option", 10, "did you mean 'adopt'"));
  CHECK_FALSE(f.has_rule("empty-inject"));  // a misspelt 'what' is one problem, not two
}

TEST_CASE("a required key written under another name is one error that says which key it should be",
          "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
conditions: {x: 0.1}
decision_points:
  - id: d
    day: 5
    decided_by: x
    choices: {adopt: {label: Adopt}}
responses:
  - {id: r, decision: practice_direction, fixes: s, set: {x: 1}}
cohorts:
  - {id: c, agent: a, served_by: t, arrivals: 2}
)",
                                     false});
  const auto& f = loaded.findings;
  INFO(findings_text(f));
  CHECK(reports(f, "unknown-key", 7,
                "unknown key 'choices' in a decision point: write it as 'options' (a decision point needs "
                "'options'"));
  CHECK(reports(f, "unknown-key", 9, "unknown key 'fixes' in a response: write it as 'addresses'"));
  CHECK(reports(f, "unknown-key", 11,
                "unknown key 'arrivals' in a cohort: write it as 'arrivals_per_day' (a cohort needs "
                "'arrivals_per_day')"));
  CHECK_FALSE(f.has_rule("missing-key"));
  CHECK(f.count(Finding::Severity::error) == 3);

  SECTION("but with two unknown keys, which is which is not guessed") {
    const auto two = load_scenario(
        {"story.yaml", "decision_points:\n  - {id: d, day: 5, decided_by: x, choices: {a: {}}, colour: red}\n",
         false});
    INFO(findings_text(two.findings));
    CHECK(reports(two.findings, "missing-key", 2, "a decision point needs 'options'"));
    CHECK(two.findings.count(Finding::Severity::error) == 3);
  }
}

TEST_CASE("an item type nothing like any other is answered with the list of them", "[scenario]") {
  const auto loaded =
      load_scenario({"story.yaml", "injects:\n  - {day: 2, what: grievance, to: x, subject: s}\n", false});
  const auto& f = loaded.findings;
  INFO(findings_text(f));
  CHECK(reports(f, "unknown-item-type", 2, "the item types are concern, advice, report"));
}

TEST_CASE("a condition used as a share must stay between 0 and 1", "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
conditions: {share: 0.1}
injects:
  - {day: 3, set: {share: 3}}
cohorts:
  - {id: c, agent: a, served_by: t, arrivals_per_day: 2, unmet_share: share}
)",
                                     false});
  CHECK(reports(loaded.findings, "out-of-range", 4, "from 0 to 1"));
}

TEST_CASE("a condition that starts outside its range is reported where it is written, as written",
          "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
name: far too many
conditions:
  share: 1e300
cohorts:
  - {id: c, agent: a, served_by: t, arrivals_per_day: 2, unmet_share: share}
)",
                                     false});
  CHECK(reports(loaded.findings, "out-of-range", 4, "starts at 1e+300 but is the unmet share"));
  CHECK(findings_text(loaded.findings).find("000000") == std::string::npos);
}

TEST_CASE("an eligibility threshold is a band of need", "[scenario][need]") {
  const auto loaded = load_scenario({"story.yaml", R"(
conditions: {threshold: moderate, share: 0.1}
injects:
  - {day: 3, set: {threshold: 7}}
cohorts:
  - {id: c, agent: a, served_by: t, arrivals_per_day: 2, unmet_share: share, eligibility: threshold,
     need_bands: {low: 0.2, moderate: 0.3, substantial: 0.3, critical: 0.2}}
)",
                                     false});
  CHECK(loaded.scenario.conditions[0].second == 2.0);
  CHECK(reports(loaded.findings, "out-of-range", 4, "low, moderate, substantial or critical"));
  const auto unbalanced = load_scenario({"story.yaml", R"(
conditions: {threshold: substantial}
cohorts:
  - {id: c, agent: a, served_by: t, arrivals_per_day: 2, eligibility: threshold,
     need_bands: {low: 0.2, moderate: 0.3, substantial: 0.3, critical: 0.3}}
)",
                                         false});
  CHECK(reports(unbalanced.findings, "out-of-range", 5, "add up to"));
}

TEST_CASE("a file written for the scripted decider keeps loading and check says what to change",
          "[scenario][compatibility]") {
  const auto loaded = load_scenario({"story.yaml", R"(
decision_points:
  - {id: d, day: 5, decided_by: x, options: {adopt: {}, safer: {}}, default: adopt, if_advised_against: safer,
     professional_view: against_default}
)",
                                     false});
  CHECK_FALSE(loaded.findings.has_errors());
  CHECK(reports(loaded.findings, "obsolete-key", 3, "rename 'default' to 'proposal'"));
  CHECK(reports(loaded.findings, "obsolete-key", 4, "'professional_view' is no longer used"));
  const auto& point = loaded.scenario.decision_points.front();
  CHECK(point.proposal == 0);  // the old default is read as the proposal...
  CHECK_FALSE(point.forced);   // ...not forced
  const auto retired = load_scenario(
      {"story.yaml", "behaviour: {complaint_per_harm: 0.5, complaints_to_call_in_scrutiny: 3}\n", false});
  CHECK_FALSE(retired.findings.has_errors());
  CHECK(reports(retired.findings, "obsolete-key", 1, "salience_to_call_in_scrutiny"));
  const auto forced = load_scenario(
      {"story.yaml",
       "decision_points:\n  - {id: d, day: 5, decided_by: x, options: {a: {}, b: {}}, default: b}\n", false});
  REQUIRE(forced.scenario.decision_points.front().forced);
  CHECK(*forced.scenario.decision_points.front().forced == 1);  // 'default' alone now forces
}

TEST_CASE("a scenario must fit the arrangement it runs on", "[scenario]") {
  SECTION("an agent the arrangement lacks is reported where it is written") {
    const auto f =
        fit("injects:\n  - day: 1\n    what: concern\n    from: comunity_team\n    to: \"@cswo\"\n    "
            "subject: s\n");
    CHECK(reports(f, "unknown-agent", 4, "did you mean 'community_team'"));
  }
  SECTION("a role nobody holds lists the roles that are held") {
    const auto f = fit("injects:\n  - {day: 1, what: concern, to: \"@cabinet\", subject: s}\n");
    CHECK(reports(f, "unknown-agent", 2, "roles held here: "));
  }
  SECTION("the statutory officer of the other jurisdiction is pointed out") {
    const auto f =
        fit("injects:\n  - {day: 1, what: concern, to: \"@cswo\", subject: s}\n", "english-council-dass");
    CHECK(reports(f, "unknown-agent", 2, "in England the statutory officer is @dass"));
  }
  SECTION("a decision type missing from the scheme of delegation") {
    const auto f = fit("decision_points:\n  - {day: 1, decision: hospital_discharge, options: {a: {}}}\n");
    CHECK(reports(f, "unknown-decision", 2, "did you mean 'hospital_discharge_procedure'"));
  }
  SECTION("a scenario that fits has no findings") {
    CHECK(fit("injects:\n  - {day: 1, what: concern, from: community_team, to: \"@cswo\", subject: s}\n")
              .empty());
  }
}

TEST_CASE(
    "a role held by several agents is named as ambiguous, and @statutory_officer means the CSWO or DASS",
    "[scenario]") {
  const std::string cohort = R"(
cohorts:
  - {id: c, agent: "@service_users", served_by: "@frontline_team", arrivals_per_day: 1}
)";
  const auto loaded = load_scenario({"story.yaml", cohort, false});
  REQUIRE_FALSE(loaded.findings.has_errors());
  const auto area = govsim::load_arrangement_or_throw("typical-scottish-ijb");
  govsim::Findings ambiguous;
  govsim::check_scenario_against(loaded.scenario, area.arrangement, ambiguous);
  // The typical arrangement has a hospital discharge team and a community care team.
  CHECK(reports(ambiguous, "ambiguous-role", 3, "could mean any of 2 agents: 'discharge_team'"));
  CHECK(findings_text(ambiguous).find("'community_team'") != std::string::npos);

  std::string chosen = cohort;
  chosen.replace(chosen.find("@frontline_team"), 15, "@frontline_team[community]");
  CHECK_FALSE(fit(chosen).has_rule("ambiguous-role"));
  const auto community = area.arrangement.resolve("@frontline_team[community]");
  REQUIRE(community);
  CHECK(area.arrangement.agent(*community).id == "community_team");
  const auto officer = area.arrangement.resolve("@statutory_officer");
  REQUIRE(officer);
  CHECK(area.arrangement.agent(*officer).id == area.arrangement.statutory_officer.agent);
  const auto english = govsim::load_arrangement_or_throw("english-council-dass");
  const auto dass = english.arrangement.resolve("@statutory_officer");
  REQUIRE(dass);
  CHECK(english.arrangement.agent(*dass).holds(govsim::Role::dass));
}
