#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "check/arrangement_check.hpp"
#include "io/finding.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/scenario_loader.hpp"
#include "support/check_helpers.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;
using namespace govsim::test;

// Whether a scenario fits the arrangement it runs on (`govsim check SCENARIO
// -a ARR`): who it names must be there, be the right kind of agent, be named
// unambiguously, and decide only what the scheme of delegation gives them.
// Each rule is shown on a scenario that fits, then on the same scenario edited
// in one place so that it no longer does.

namespace {

// A Scottish council with an IJB, trimmed from typical-scottish-ijb: two
// frontline teams (so "@frontline_team" is ambiguous), two opposition
// councillors (so "@councillor[opposition]" is too), and a scheme of delegation
// that gives each decision type to one named agent.
constexpr std::string_view scottish = R"(
name: small-scottish-ijb
jurisdiction: scotland
integration: ijb

agents:
  - {id: leader, name: Council leader, role: leader, party: administration}
  - {id: lead_member, name: Convener of health and social care, role: lead_member, party: administration}
  - {id: cllr_opposition, name: Opposition councillor, role: councillor, party: opposition}
  - {id: cllr_opposition_2, name: Second opposition councillor, role: councillor, party: opposition}
  - {id: full_council, name: Full council, role: full_council, members: ["@elected_members"]}
  - {id: chief_executive, name: Chief executive, role: chief_executive}
  - {id: cswo, name: Chief Social Work Officer, role: cswo}
  - {id: nhs_ne_1, name: Health board non-executive (IJB chair), role: health_board_non_executive}
  - {id: nhs_ne_2, name: Health board non-executive, role: health_board_non_executive}
  - {id: nhs_ne_3, name: Health board non-executive, role: health_board_non_executive}
  - {id: nhs_board, name: NHS board, role: health_board, members: ["@health_board_non_executive"]}
  - id: ijb
    name: Integration joint board
    role: ijb
    members: [leader, lead_member, cllr_opposition, nhs_ne_1, nhs_ne_2, nhs_ne_3,
              {id: cswo, voting: false}, {id: ijb_chief_officer, voting: false}]
    chair: nhs_ne_1
  - {id: ijb_chief_officer, name: IJB chief officer, role: ijb_chief_officer}
  - {id: adult_services_manager, name: Adult services manager, role: operational_manager}
  - {id: discharge_team, name: Hospital discharge social work team, role: frontline_team}
  - {id: community_team, name: Community care team, role: frontline_team}
  - {id: service_users, name: Adults needing care, role: service_users}

links:
  - chief_executive line_manages cswo
  - cswo has_access_to chief_executive
  - cswo has_access_to @elected_members
  - cswo accountable_to full_council
  - cswo reports_to full_council
  - cswo advises ijb
  - chief_executive accountable_to full_council
  - full_council delegates ijb
  - nhs_board delegates ijb
  - ijb accountable_to full_council
  - ijb reports_to full_council
  - ijb reports_to nhs_board
  - ijb_chief_officer accountable_to ijb
  - ijb_chief_officer line_manages adult_services_manager
  - adult_services_manager line_manages discharge_team
  - adult_services_manager line_manages community_team
  - adult_services_manager escalates_to cswo
  - "@health_board_non_executive accountable_to nhs_board"
  - service_users has_access_to community_team

scheme_of_delegation:
  - {decision: practice_direction, taken_by: cswo, social_work_function: true}
  - {decision: hospital_discharge_procedure, taken_by: ijb, advice_from: cswo, social_work_function: true}
  - {decision: eligibility_criteria, taken_by: full_council, advice_from: cswo, key_decision: true,
     social_work_function: true}
  - {decision: adult_protection_inquiry, taken_by: adult_services_manager, advice_from: cswo,
     social_work_function: true}

statutory_officer:
  agent: cswo
  qualified: true
  registered: true
  proper_officer: true
  sufficient_seniority: true
  on_corporate_management_team: true

confidentiality:
  personal_information_to_elected_members: false
)";

// An English council with no IJB: the DASS is the statutory officer.
constexpr std::string_view english = R"(
name: small-english-council
jurisdiction: england

agents:
  - {id: leader, role: leader}
  - {id: lead_member, role: lead_member}
  - {id: cllr_backbench, role: councillor}
  - {id: full_council, role: full_council, members: ["@elected_members"]}
  - {id: cabinet, role: cabinet, members: [leader, lead_member]}
  - {id: chief_executive, role: chief_executive}
  - {id: dass, name: Director of Adult Social Services, role: dass}

links:
  - dass accountable_to chief_executive
  - dass accountable_to lead_member
  - "@elected_members has_access_to dass"
  - chief_executive accountable_to full_council
  - cabinet accountable_to full_council

scheme_of_delegation:
  - {decision: eligibility_criteria, taken_by: cabinet, advice_from: dass, key_decision: true}
  - {decision: care_package, taken_by: dass}

confidentiality:
  personal_information_to_elected_members: false
)";

govsim::Arrangement arrangement_of(std::string_view yaml) {
  auto loaded = govsim::load_arrangement({"arrangement.yaml", std::string(yaml), false});
  INFO(listing(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  return std::move(loaded.arrangement);
}

/// What `govsim check SCENARIO -a ARR` says of a scenario that loads cleanly.
Findings fit(std::string_view scenario, std::string_view arrangement = scottish) {
  const auto loaded = govsim::load_scenario({"story.yaml", std::string(scenario), false});
  INFO(listing(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  Findings findings;
  govsim::check_scenario_against(loaded.scenario, arrangement_of(arrangement), findings);
  return findings;
}

/// The findings of `rule`, having checked there is at least one and each has `severity`.
std::vector<Finding> found(const Findings& findings, std::string_view rule, Finding::Severity severity) {
  INFO("rule " << rule << "; findings:\n" << listing(findings));
  const auto of = of_rule(findings, rule);
  REQUIRE_FALSE(of.empty());
  for (const Finding& f : of) CHECK(severity_name(f.severity) == severity_name(severity));
  return of;
}

void clean(const Findings& findings) {
  INFO(listing(findings));
  CHECK_FALSE(findings.has_errors());
}

std::string resolved_id(const govsim::Arrangement& arrangement, std::string_view reference) {
  const auto v = arrangement.resolve(reference);
  INFO("resolving " << reference);
  REQUIRE(v);
  return arrangement.agent(*v).id;
}

// A decision point written one key a line, so that findings name the line of one key.
constexpr std::string_view practice_decided_by_cswo = R"(
decision_points:
  - id: direct-practice
    day: 5
    decision: practice_direction
    decided_by: cswo
    subject: practice
    options:
      direct: {}
      wait: {}
)";

}  // namespace

// --- the scheme of delegation ----------------------------------------------

TEST_CASE("a decider the scheme of delegation does not give the decision to decides outside delegation",
          "[scenario][delegation]") {
  clean(fit(practice_decided_by_cswo));
  clean(fit(with(practice_decided_by_cswo, "decided_by: cswo", "decided_by: \"@statutory_officer\"")));

  const std::string by_chief_officer =
      with(practice_decided_by_cswo, "decided_by: cswo", "decided_by: ijb_chief_officer");
  const auto outside = found(fit(by_chief_officer), "decision-outside-delegation", error);
  REQUIRE(outside.size() == 1);
  CHECK(outside[0].place.line == line_of(by_chief_officer, "decided_by:"));
  CHECK(contains(outside[0].message, "'cswo'"));  // says whom the scheme gives it to
}

TEST_CASE("a key decision named as an officer's in a scenario is a key decision by an officer",
          "[scenario][delegation]") {
  const std::string by_council = R"(
decision_points:
  - id: tighten-eligibility
    day: 5
    decision: eligibility_criteria
    decided_by: full_council
    subject: eligibility
    options:
      tighten: {}
      keep: {}
)";
  clean(fit(by_council));
  for (const char* officer : {"cswo", "chief_executive", "\"@statutory_officer\""}) {
    const std::string by_officer =
        with(by_council, "decided_by: full_council", std::string("decided_by: ") + officer);
    INFO("decided by " << officer);
    const Findings findings = fit(by_officer);
    const auto key = found(findings, "key-decision-by-officer", error);
    REQUIRE(key.size() == 1);
    CHECK(key[0].place.line == line_of(by_officer, "decided_by:"));
    // One problem, said once: not also as a decision outside delegation.
    CHECK_FALSE(findings.has_rule("decision-outside-delegation"));
  }
}

// --- the kind of agent -------------------------------------------------------

TEST_CASE("people who use services do not decide and a council does not serve, advise or fall vacant",
          "[scenario][agents]") {
  SECTION("a decider must be a person or a board") {
    const std::string scenario = R"(
decision_points:
  - id: choose
    day: 5
    decided_by: "@ijb"
    subject: s
    options: {a: {}, b: {}}
)";
    clean(fit(scenario));
    const std::string users = with(scenario, "\"@ijb\"", "\"@service_users\"");
    const auto wrong = found(fit(users), "wrong-kind-of-agent", error);
    CHECK(wrong[0].place.line == line_of(users, "decided_by:"));
  }
  SECTION("a cohort is served by a team, not by the full council") {
    const std::string scenario = R"(
cohorts:
  - id: people
    agent: "@service_users"
    served_by: community_team
    arrivals_per_day: 1
)";
    clean(fit(scenario));
    const std::string council = with(scenario, "served_by: community_team", "served_by: \"@full_council\"");
    const auto wrong = found(fit(council), "wrong-kind-of-agent", error);
    CHECK(wrong[0].place.line == line_of(council, "served_by:"));
  }
  SECTION("a post falls vacant, a council does not") {
    const std::string scenario = R"(
injects:
  - id: leaves
    day: 3
    vacate: "@statutory_officer"
)";
    clean(fit(scenario));
    const std::string council = with(scenario, "\"@statutory_officer\"", "\"@full_council\"");
    const auto wrong = found(fit(council), "wrong-kind-of-agent", error);
    CHECK(wrong[0].place.line == line_of(council, "vacate:"));
  }
  SECTION("advice comes from a person, not from the full council") {
    const std::string scenario = R"(
decision_points:
  - id: choose
    day: 5
    decided_by: "@ijb"
    advice_from: "@statutory_officer"
    subject: s
    options: {a: {}, b: {}}
)";
    clean(fit(scenario));
    const std::string council = with(scenario, "\"@statutory_officer\"", "\"@full_council\"");
    const auto wrong = found(fit(council), "wrong-kind-of-agent", error);
    CHECK(wrong[0].place.line == line_of(council, "advice_from:"));
  }
}

// --- naming the agent meant -----------------------------------------------------

TEST_CASE("a role two agents hold must say which of them a scenario means", "[scenario][agents]") {
  const std::string served_by_any_team = R"(
cohorts:
  - id: people
    agent: "@service_users"
    served_by: "@frontline_team"
    arrivals_per_day: 1
)";
  const auto ambiguous = found(fit(served_by_any_team), "ambiguous-role", error);
  REQUIRE(ambiguous.size() == 1);
  CHECK(ambiguous[0].place.line == line_of(served_by_any_team, "served_by:"));
  CHECK(contains(ambiguous[0].message, "'discharge_team'"));
  CHECK(contains(ambiguous[0].message, "'community_team'"));

  const Findings chosen =
      fit(with(served_by_any_team, "\"@frontline_team\"", "\"@frontline_team[community]\""));
  INFO(listing(chosen));
  CHECK(chosen.empty());
  CHECK(resolved_id(arrangement_of(scottish), "@frontline_team[community]") == "community_team");
}

TEST_CASE("a word that still matches two councillors of one kind is a warning that the first is used",
          "[scenario][agents]") {
  const std::string to_opposition = R"(
injects:
  - id: complaint
    day: 3
    what: concern
    to: "@councillor[opposition]"
    subject: s
)";
  const Findings findings = fit(to_opposition);
  const auto narrowed = found(findings, "ambiguous-role", warning);
  REQUIRE(narrowed.size() == 1);
  CHECK(contains(narrowed[0].message, "'cllr_opposition'"));
  CHECK(contains(narrowed[0].message, "'cllr_opposition_2'"));
  CHECK_FALSE(findings.has_errors());
}

TEST_CASE("a word no holder of a role answers to is an unknown agent, unless the role has one holder",
          "[scenario][agents]") {
  const std::string served_by_no_such_team = R"(
cohorts:
  - id: people
    agent: "@service_users"
    served_by: "@frontline_team[nosuchword]"
    arrivals_per_day: 1
)";
  const auto unknown = found(fit(served_by_no_such_team), "unknown-agent", error);
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].place.line == line_of(served_by_no_such_team, "served_by:"));
  CHECK(contains(unknown[0].message, "'discharge_team'"));  // lists who holds the role
  CHECK(contains(unknown[0].message, "'community_team'"));

  // With one community team and no other, the word need not match: it is the team.
  const std::string one_team = with(
      with(scottish,
           "  - {id: discharge_team, name: Hospital discharge social work team, role: frontline_team}\n", ""),
      "  - adult_services_manager line_manages discharge_team\n", "");
  const Findings single = fit(served_by_no_such_team, one_team);
  INFO(listing(single));
  CHECK(single.empty());
  CHECK(resolved_id(arrangement_of(one_team), "@frontline_team[nosuchword]") == "community_team");
}

TEST_CASE(
    "\"@ijb_chief_officer|@statutory_officer\" is the IJB chief officer where there is one, else the DASS",
    "[scenario][agents]") {
  constexpr std::string_view either = "@ijb_chief_officer|@statutory_officer";
  CHECK(resolved_id(arrangement_of(scottish), either) == "ijb_chief_officer");
  CHECK(resolved_id(arrangement_of(english), either) == "dass");
  const std::string scenario = R"(
decision_points:
  - id: review
    day: 5
    decided_by: "@ijb_chief_officer|@statutory_officer"
    advice_from: "@statutory_officer"
    subject: s
    options: {a: {}, b: {}}
)";
  clean(fit(scenario));
  clean(fit(scenario, english));
}

// --- a scenario about an IJB -----------------------------------------------------

TEST_CASE("a scenario that needs an IJB, checked against a council without one, is one error",
          "[scenario][agents]") {
  const std::string about_the_ijb = R"(
needs: [ijb]
injects:
  - {id: warning, day: 3, what: concern, to: "@ijb", subject: overspend}
decision_points:
  - id: recovery
    day: 10
    decided_by: "@ijb"
    advice_from: "@statutory_officer"
    subject: overspend
    options: {cut: {}, hold: {}}
)";
  clean(fit(about_the_ijb));  // where there is an IJB, it fits

  const Findings findings = fit(about_the_ijb, english);
  INFO(listing(findings));
  CHECK(findings.count(error) == 1);
  const auto needs = found(findings, "scenario-needs-role", error);
  CHECK(needs.size() == 1);
  CHECK(needs[0].place.line == line_of(about_the_ijb, "needs:"));
  CHECK_FALSE(findings.has_rule("unknown-agent"));

  // Without 'needs', each line that names the IJB is an error of its own.
  const Findings unsaid = fit(with(about_the_ijb, "needs: [ijb]\n", ""), english);
  INFO(listing(unsaid));
  CHECK(of_rule(unsaid, "unknown-agent").size() == 2);
  CHECK_FALSE(unsaid.has_rule("scenario-needs-role"));
}

// --- keys written twice ----------------------------------------------------------

TEST_CASE("a key written twice in a scenario's subjects, conditions, options or changes is an error",
          "[scenario][duplicates]") {
  const std::string scenario = R"(
subjects:
  discharge: "care after discharge"
  review: "the review of discharges"
conditions:
  share: 0.1
  threshold: 0.2
injects:
  - id: wards-speed-up
    day: 2
    set:
      share: 0.15
      threshold: 0.3
decision_points:
  - id: choose
    day: 5
    decided_by: "@ijb"
    subject: review
    options:
      adopt: {set: {share: 0.2}}
      decline: {set: {share: 0.05}}
)";
  const auto loaded = govsim::load_scenario({"story.yaml", scenario, false});
  INFO(listing(loaded.findings));
  REQUIRE(loaded.findings.empty());

  struct Twice {
    const char* where;
    const char* first;
    const char* second;
  };
  for (const Twice& t :
       {Twice{"subjects", "  review: \"the review of discharges\"", "  discharge: \"again\""},
        Twice{"conditions", "  threshold: 0.2", "  share: 0.3"},
        Twice{"an inject's set", "      threshold: 0.3", "      share: 0.5"},
        Twice{"a decision point's options", "      decline: {set: {share: 0.05}}", "      adopt: {}"}}) {
    const std::string doubled = adding(scenario, t.first, std::string("\n") + t.second);
    const auto twice = govsim::load_scenario({"story.yaml", doubled, false});
    INFO("a key written twice in " << t.where << "\n" << listing(twice.findings));
    const auto duplicate = of_rule(twice.findings, "duplicate-key");
    REQUIRE(duplicate.size() == 1);
    CHECK(severity_name(duplicate[0].severity) == "error");
    CHECK(duplicate[0].place.line == line_of(doubled, t.second));
  }
}

// --- one decision type, two names --------------------------------------------------

TEST_CASE("a scenario's English decision type finds the Scottish scheme entry for the same decision",
          "[scenario][delegation]") {
  const govsim::Arrangement a = arrangement_of(scottish);
  const govsim::DelegatedDecision* inquiry = a.delegation("safeguarding_enquiry");
  REQUIRE(inquiry);
  CHECK(inquiry->decision == "adult_protection_inquiry");
  const govsim::DelegatedDecision* discharge = a.delegation("discharge_to_assess_procedure");
  REQUIRE(discharge);
  CHECK(discharge->decision == "hospital_discharge_procedure");
  CHECK(a.delegation("care_package") == nullptr);  // not in this scheme, by either name

  const std::string scenario = R"(
decision_points:
  - id: adopt-target
    day: 5
    decision: discharge_to_assess_procedure
    subject: target
    options: {adopt: {}, decline: {}}
)";
  const Findings by_scheme = fit(scenario);
  INFO(listing(by_scheme));
  CHECK(by_scheme.empty());
  // Naming the decider the scheme names is within delegation by either name.
  clean(fit(adding(scenario, "    decision: discharge_to_assess_procedure", "\n    decided_by: ijb")));
  // And a type the scheme has by neither name is still unknown.
  const Findings unknown = fit(with(scenario, "discharge_to_assess_procedure", "care_package"));
  INFO(listing(unknown));
  CHECK(unknown.has_rule("unknown-decision"));
}

// --- the built-ins ----------------------------------------------------------------

TEST_CASE(
    "every built-in scenario fits every built-in arrangement, except an IJB's story where there is none",
    "[scenario][builtin]") {
  int without_ijb = 0;
  for (const govsim::BuiltinEntry& scenario : govsim::builtins(govsim::InputKind::scenario))
    for (const govsim::BuiltinEntry& arrangement : govsim::builtins(govsim::InputKind::arrangement)) {
      const govsim::CheckResult result = govsim::check_scenario(scenario.name, arrangement.name);
      INFO(scenario.name << " on " << arrangement.name << ":\n" << listing(result.findings));
      REQUIRE_FALSE(result.unreadable);
      const bool has_ijb = !arrangement_of(arrangement.text).holders(govsim::Role::ijb).empty();
      if (scenario.name == "03-ijb-overspend" && !has_ijb) {
        ++without_ijb;
        CHECK(result.findings.count(error) == 1);
        CHECK(of_rule(result.findings, "scenario-needs-role").size() == 1);
      } else {
        CHECK_FALSE(result.findings.has_errors());
      }
    }
  CHECK(without_ijb > 0);  // the exception is tried: some built-in council has no IJB
}
