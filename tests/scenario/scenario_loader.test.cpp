#include <catch2/catch.hpp>
#include <string>

#include "scenario/arrangement_loader.hpp"
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
  CHECK(loaded.scenario.behaviour.complaint_per_harm == 0.3);
}

TEST_CASE("every key of a scenario is read", "[scenario]") {
  const auto loaded = load_scenario({"story.yaml", R"(
name: full
description: every key
arrangement: weak-scottish-ijb
days: 90
annual_report_day: 60
conditions: {share: 0.1}
behaviour: {complaint_per_harm: 0.5, advice_wait_days: 3}
injects:
  - {id: i, day: 2, note: n, what: concern, from: a, to: [b, c], subject: s, severity: 4, personal: true,
     urgent: true, recorded: false, set: {share: 0.2}, vacate: d}
cohorts:
  - {id: c, agent: "@service_users", served_by: t, subject: s, arrivals_per_day: {exponential: 3},
     unmet_share: share, harm_per_day_unmet: 0.1, days_at_risk: {triangular: [1, 2, 3]}}
decision_points:
  - {id: d, day: 5, decided_by: "@ijb", advice_from: "@cswo", subject: s, question: "q?", urgent: true,
     professional_view: supports_default, options: {a: {label: A, add: {share: 0.1}}, b: {multiply: {share: 2}}},
     default: b, if_advised_against: a}
)",
                                     false});
  INFO(findings_text(loaded.findings));
  REQUIRE(loaded.findings.empty());
  const auto& s = loaded.scenario;
  CHECK(s.days == 90);
  CHECK(*s.annual_report_day == 60);
  CHECK(s.behaviour.advice_wait_days == 3);
  REQUIRE(s.injects.size() == 1);
  CHECK(s.injects[0].to.size() == 2);
  CHECK(s.injects[0].personal);
  CHECK_FALSE(s.injects[0].recorded);
  CHECK(s.injects[0].vacate == "d");
  CHECK(s.cohorts[0].unmet_share_condition == "share");
  CHECK(s.cohorts[0].arrivals_per_day.mean() == 3);
  CHECK(s.decision_points[0].options.size() == 2);
  CHECK(s.decision_points[0].default_option == "b");
  CHECK(s.decision_points[0].if_advised_against == "a");
  CHECK_FALSE(s.decision_points[0].professional_view_against);
  CHECK(s.references.size() == 8);
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
