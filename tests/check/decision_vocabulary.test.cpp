#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "model/decision_type.hpp"
#include "model/role.hpp"
#include "support/check_helpers.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;
using namespace govsim::test;

// The decision types schemes of delegation share, so that one scenario runs on
// any council's arrangement; and what `govsim check ARR` says of a scheme entry
// that leaves the vocabulary, the advice route or the key decision unsaid.

namespace {

// A lawful Scottish IJB area whose scheme uses only shared types, records the
// advice route of each social work decision another than the CSWO takes, and
// keeps the key decision with the full council.
constexpr std::string_view lawful = R"(
name: minimal-scottish-ijb-with-scheme
jurisdiction: scotland
integration: ijb

agents:
  - {id: leader, role: leader}
  - {id: lead_member, role: lead_member}
  - {id: cllr_opposition, role: councillor}
  - {id: full_council, role: full_council, members: ["@elected_members"]}
  - {id: chief_executive, role: chief_executive}
  - {id: cswo, role: cswo}
  - {id: nhs_ne_1, role: health_board_non_executive}
  - {id: nhs_ne_2, role: health_board_non_executive}
  - {id: nhs_ne_3, role: health_board_non_executive}
  - {id: nhs_board, role: health_board, members: ["@health_board_non_executive"]}
  - {id: ijb, role: ijb, members: [leader, lead_member, cllr_opposition, nhs_ne_1, nhs_ne_2, nhs_ne_3,
                                   {id: cswo, voting: false}, {id: chief_officer, voting: false}]}
  - {id: chief_officer, role: ijb_chief_officer}
  - {id: team_manager, role: operational_manager}
  - {id: community_team, role: frontline_team}
  - {id: care_inspectorate, role: regulator}

links:
  - cswo accountable_to chief_executive
  - cswo has_access_to @elected_members
  - chief_executive accountable_to full_council
  - full_council delegates ijb
  - ijb accountable_to full_council
  - chief_officer accountable_to ijb
  - team_manager accountable_to chief_officer
  - team_manager line_manages community_team
  - "@health_board_non_executive accountable_to nhs_board"

scheme_of_delegation:
  - {decision: eligibility_criteria, taken_by: full_council, advice_from: cswo, key_decision: true}
  - {decision: practice_direction, taken_by: cswo, social_work_function: true}
  - {decision: hospital_discharge_procedure, taken_by: ijb, advice_from: cswo, social_work_function: true}
  - {decision: care_package, taken_by: team_manager, advice_from: cswo, social_work_function: true}

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

constexpr std::string_view care_package =
    "{decision: care_package, taken_by: team_manager, advice_from: cswo, social_work_function: true}";
constexpr std::string_view eligibility =
    "{decision: eligibility_criteria, taken_by: full_council, advice_from: cswo, key_decision: true}";

// An English council as the ADASS guidance describes it (tests/check/statutory_rules.test.cpp).
constexpr std::string_view lawful_english = R"(
name: minimal-english-council
jurisdiction: england

agents:
  - {id: leader, role: leader}
  - {id: lead_member, role: lead_member}
  - {id: cllr_backbench, role: councillor}
  - {id: full_council, role: full_council, members: ["@elected_members"]}
  - {id: cabinet, role: cabinet, members: [leader, lead_member]}
  - {id: chief_executive, role: chief_executive}
  - {id: dass, role: dass}

links:
  - dass accountable_to chief_executive
  - dass accountable_to lead_member
  - "@elected_members has_access_to dass"
  - chief_executive accountable_to full_council
  - cabinet accountable_to full_council

scheme_of_delegation:
  - {decision: eligibility_criteria, taken_by: cabinet, advice_from: dass, key_decision: true}
  - {decision: safeguarding_enquiry, taken_by: dass, social_work_function: true}
  - {decision: care_package, taken_by: dass}

confidentiality:
  personal_information_to_elected_members: false
)";

}  // namespace

TEST_CASE("a scheme that uses only shared decision types, with their advice routes, has no findings",
          "[check][vocabulary]") {
  for (std::string_view yaml : {lawful, lawful_english}) {
    const Findings findings = check(yaml);
    INFO(listing(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("Scotland's and England's names for one decision mean the same decision type",
          "[check][vocabulary]") {
  CHECK(govsim::same_decision_type("adult_protection_inquiry", "safeguarding_enquiry"));
  CHECK(govsim::same_decision_type("safeguarding_enquiry", "adult_protection_inquiry"));
  CHECK(govsim::same_decision_type("hospital_discharge_procedure", "discharge_to_assess_procedure"));
  CHECK(govsim::same_decision_type("care_package", "care_package"));
  CHECK_FALSE(govsim::same_decision_type("care_package", "practice_direction"));
  CHECK_FALSE(govsim::same_decision_type("adult_protection_inquiry", "child_protection_enquiry"));
  const auto shared = govsim::shared_decision_type("discharge_to_assess_procedure");
  REQUIRE(shared);
  CHECK(shared->name == "hospital_discharge_procedure");
  CHECK_FALSE(govsim::shared_decision_type("discharge_procedure"));
}

TEST_CASE("a scheme entry whose decision type no built-in scenario names is an unshared decision type",
          "[check][vocabulary]") {
  require_absent(lawful, "unshared-decision-type");
  const std::string misspelt = with(lawful, "{decision: care_package,", "{decision: care_packages,");
  const auto found = require_found(misspelt, "unshared-decision-type", warning);
  REQUIRE(found.size() == 1);
  CHECK(found[0].place.line == line_of(misspelt, "care_packages"));
  CHECK(contains(found[0].message, "care_package'"));  // the type it may mean
  // A type of the council's own, close to none of the shared ones, is still said.
  require_found(with(lawful, "{decision: care_package,", "{decision: respite_allocation,"),
                "unshared-decision-type", warning);
  // England's name of a shared type is shared.
  require_absent(lawful_english, "unshared-decision-type");
}

TEST_CASE(
    "a social work decision taken by someone other than the statutory officer records whose advice it takes",
    "[check][vocabulary]") {
  require_absent(lawful, "advice-route-unrecorded");
  const std::string unrecorded = with(
      lawful, care_package, "{decision: care_package, taken_by: team_manager, social_work_function: true}");
  const auto found = require_found(unrecorded, "advice-route-unrecorded", warning);
  REQUIRE(found.size() == 1);
  CHECK(found[0].place.line == line_of(unrecorded, "{decision: care_package,"));
  // Near misses: the statutory officer's own decision (practice_direction in
  // `lawful`), and a decision that is not a social work function.
  require_absent(with(lawful, care_package, "{decision: care_package, taken_by: team_manager}"),
                 "advice-route-unrecorded");
  require_absent(
      with(lawful, care_package, "{decision: care_package, taken_by: cswo, social_work_function: true}"),
      "advice-route-unrecorded");
}

TEST_CASE(
    "an officer who takes what councils reserve to councillors, not marked as a key decision, is unmarked",
    "[check][vocabulary]") {
  require_absent(lawful, "key-decision-unmarked");
  const std::string by_chief_officer = with(
      lawful, eligibility, "{decision: eligibility_criteria, taken_by: chief_officer, advice_from: cswo}");
  const auto found = require_found(by_chief_officer, "key-decision-unmarked", warning);
  REQUIRE(found.size() == 1);
  CHECK(found[0].place.line == line_of(by_chief_officer, "{decision: eligibility_criteria,"));
  CHECK(contains(found[0].message, "'chief_officer'"));
  // Near misses: the IJB, a board, may take it unmarked; and marking it key
  // leaves it to the statutory rule that key decisions are councillors'.
  require_absent(
      with(lawful, eligibility, "{decision: eligibility_criteria, taken_by: ijb, advice_from: cswo}"),
      "key-decision-unmarked");
  require_absent(with(lawful, eligibility,
                      "{decision: eligibility_criteria, taken_by: chief_officer, advice_from: cswo, "
                      "key_decision: true}"),
                 "key-decision-unmarked");
  require_absent(with(lawful, eligibility,
                      "{decision: eligibility_criteria, taken_by: full_council, advice_from: cswo}"),
                 "key-decision-unmarked");
}

TEST_CASE("an English DASS who is also Director of Children's Services holds both roles lawfully",
          "[check][roles]") {
  const auto dcs = govsim::parse_role("dcs");
  REQUIRE(dcs);
  CHECK(*dcs == govsim::Role::dcs);
  CHECK(govsim::role_words(govsim::Role::dcs) == "the Director of Children's Services");
  CHECK(govsim::is_statutory_post(govsim::Role::dcs));

  const std::string both = with(lawful_english, "{id: dass, role: dass}", "{id: dass, roles: [dass, dcs]}");
  const Findings findings = check_file(both);
  INFO(listing(findings));
  CHECK_FALSE(findings.has_errors());
  for (const Finding& f : findings.items()) CHECK_FALSE(contains(f.rule, "role"));
  const auto loaded = govsim::load_arrangement({"test.yaml", both, false});
  const auto director = loaded.arrangement.find("dass");
  REQUIRE(director);
  CHECK(loaded.arrangement.agent(*director).holds(govsim::Role::dcs));
  CHECK(loaded.arrangement.agent(*director).holds(govsim::Role::dass));
}

TEST_CASE("a council with two CSWOs is told it appoints one, naming both", "[check][roles]") {
  const std::string two = with(lawful, "  - {id: team_manager, role: operational_manager}",
                               "  - {id: team_manager, roles: [operational_manager, cswo]}");
  const auto loaded = govsim::load_arrangement(govsim::InputText{"test.yaml", two, false});
  Findings findings = loaded.findings;
  govsim::check_statutory_rules(loaded.arrangement, findings);
  INFO(listing(findings));
  const auto found = of_rule(findings, "one-statutory-officer");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'cswo', 'team_manager'") != std::string::npos);
  CHECK(of_rule(check(lawful), "one-statutory-officer").empty());
}
