#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check/arrangement_check.hpp"
#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "io/finding.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "support/check_helpers.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;
using namespace govsim::test;

// Each accountability gap is tested on a small lawful arrangement that has none,
// edited in one place to open the gap, and in a nearby place that must not.

namespace {

using govsim::Finding;
using govsim::Findings;

// A Scottish IJB area with a frontline team under the partnership's line
// management, a depute for the CSWO, and a regulator at the end of the line.
constexpr std::string_view lawful = R"(
name: minimal-scottish-ijb-with-services
jurisdiction: scotland
integration: ijb

agents:
  - {id: leader, role: leader}
  - {id: lead_member, role: lead_member}
  - {id: cllr_opposition, role: councillor}
  - {id: full_council, role: full_council, members: ["@elected_members"]}
  - {id: chief_executive, role: chief_executive}
  - {id: cswo, role: cswo}
  - {id: depute_cswo, role: head_of_service}
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
  - chief_executive line_manages depute_cswo
  - full_council delegates ijb
  - ijb accountable_to full_council
  - chief_officer accountable_to ijb
  - team_manager accountable_to chief_officer
  - team_manager line_manages community_team
  - "@health_board_non_executive accountable_to nhs_board"

scheme_of_delegation:
  - {decision: eligibility_criteria, taken_by: full_council, advice_from: cswo, key_decision: true}
  - {decision: care_package, taken_by: team_manager, advice_from: cswo}
)";

constexpr std::string_view care_package =
    "{decision: care_package, taken_by: team_manager, advice_from: cswo}";
constexpr std::string_view team_manager_agent = "  - {id: team_manager, role: operational_manager}\n";

}  // namespace

TEST_CASE("a minimal lawful arrangement with frontline services has no accountability gaps", "[check]") {
  const Findings findings = check(lawful);
  INFO(listing(findings));
  CHECK(findings.empty());
}

// --- no_owner ---------------------------------------------------------------------

TEST_CASE("a decision nobody is named to take has no owner", "[check]") {
  SECTION("one agent takes it") { require_absent(lawful, "no_owner"); }
  SECTION("nobody takes it") {
    const auto found = require_found(
        with(lawful, care_package, "{decision: care_package, advice_from: cswo}"), "no_owner", error);
    CHECK(contains(found.front().message, "nobody is named to take 'care_package' decisions"));
  }
}

TEST_CASE("a decision several agents can take has no single accountable owner", "[check]") {
  SECTION("the team manager alone takes it") { require_absent(lawful, "no_owner"); }
  SECTION("the team manager and the IJB chief officer can both take it") {
    const auto found =
        require_found(with(lawful, "taken_by: team_manager", "taken_by: [team_manager, chief_officer]"),
                      "no_owner", warning);
    CHECK(contains(found.front().message, "'care_package' can be taken by 2 agents"));
  }
}

// --- no_forum ---------------------------------------------------------------------

TEST_CASE("whoever takes a decision must answer to a forum that can call them to account", "[check]") {
  SECTION("a manager accountable through the IJB chief officer to the IJB") {
    require_absent(lawful, "no_forum");
  }
  SECTION("the full council, which answers to the electorate") {
    require_absent(with(lawful, "taken_by: team_manager", "taken_by: full_council"), "no_forum");
  }
  SECTION("a manager who only reports, and is accountable to nobody") {
    const auto found = require_found(
        with(lawful, "team_manager accountable_to chief_officer", "team_manager reports_to chief_officer"),
        "no_forum", warning);
    CHECK(contains(found.front().message, "'team_manager' takes 'care_package' decisions"));
  }
  SECTION("a manager accountable to an officer who is accountable to nobody") {
    require_found(with(lawful, "chief_officer accountable_to ijb", "chief_officer reports_to ijb"),
                  "no_forum", warning);
  }
}

// --- self_accountability ----------------------------------------------------------

TEST_CASE("an adviser who takes the decision they advise on has nobody independent advising", "[check]") {
  SECTION("the CSWO advises the manager who decides") { require_absent(lawful, "self_accountability"); }
  SECTION("no adviser is named") {
    require_absent(with(lawful, care_package, "{decision: care_package, taken_by: team_manager}"),
                   "self_accountability");
  }
  SECTION("the manager advises on their own decision") {
    const auto found = require_found(with(lawful, "advice_from: cswo}", "advice_from: team_manager}"),
                                     "self_accountability", warning);
    CHECK(contains(found.front().message,
                   "'team_manager' both gives the professional advice on 'care_package'"));
  }
}

TEST_CASE("an agent that answers to, advises or reports to itself is actor and forum at once", "[check]") {
  const std::string_view last_link = "  - \"@health_board_non_executive accountable_to nhs_board\"\n";
  SECTION("the CSWO answering to the chief executive") { require_absent(lawful, "self_accountability"); }
  SECTION("the CSWO linked to itself") {
    const std::string type = GENERATE(as<std::string>{}, "accountable_to", "advises", "reports_to");
    const auto found = require_found(adding(lawful, last_link, "  - cswo " + type + " cswo\n"),
                                     "self_accountability", warning);
    CHECK(contains(found.front().message, "'cswo' " + type + " itself"));
  }
}

// --- vacancy ----------------------------------------------------------------------

TEST_CASE("a vacant statutory post needs a deputy who is in post", "[check]") {
  const std::string_view cswo = "{id: cswo, role: cswo}";
  SECTION("the CSWO post is filled") { require_absent(lawful, "vacancy"); }
  SECTION("the CSWO post is vacant with nobody deputising") {
    const auto found =
        require_found(with(lawful, cswo, "{id: cswo, role: cswo, vacant: true}"), "vacancy", error);
    CHECK(contains(found.front().message, "'cswo' is a statutory post and is vacant with no deputy"));
  }
  SECTION("the CSWO post is vacant and the depute covers it") {
    require_absent(with(lawful, cswo, "{id: cswo, role: cswo, vacant: true, deputy: depute_cswo}"),
                   "vacancy");
  }
  SECTION("the CSWO post is vacant and so is the depute's") {
    const std::string both_vacant = with(
        with(lawful, cswo, "{id: cswo, role: cswo, vacant: true, deputy: depute_cswo}"),
        "{id: depute_cswo, role: head_of_service}", "{id: depute_cswo, role: head_of_service, vacant: true}");
    const auto found = require_found(both_vacant, "vacancy", error);
    CHECK(contains(found.front().message, "its deputy 'depute_cswo' is vacant too"));
  }
  SECTION("a vacant post that is not statutory needs no deputy") {
    require_absent(with(lawful, "{id: team_manager, role: operational_manager}",
                        "{id: team_manager, role: operational_manager, vacant: true}"),
                   "vacancy");
  }
}

// --- blocked_escalation -----------------------------------------------------------

TEST_CASE("every operational agent has an onward route for concerns beyond its authority", "[check]") {
  const std::string with_commissioning_manager =
      adding(lawful, team_manager_agent, "  - {id: commissioning_manager, role: operational_manager}\n");
  SECTION("a commissioning manager who reports to the IJB chief officer") {
    require_absent(adding(with_commissioning_manager, "  - team_manager line_manages community_team\n",
                          "  - commissioning_manager reports_to chief_officer\n"),
                   "blocked_escalation");
  }
  SECTION("a regulator is where concerns end, not a link in the chain") {
    require_absent(lawful, "blocked_escalation");  // care_inspectorate has no links at all
  }
  SECTION("a commissioning manager with no links at all") {
    const auto found = require_found(with_commissioning_manager, "blocked_escalation", warning);
    REQUIRE(found.size() == 1);
    CHECK(contains(found.front().message, "'commissioning_manager' has no onward route"));
  }
}

TEST_CASE("a frontline team's concerns can climb to the chief executive or the council", "[check]") {
  const std::string_view manager_accountable = "team_manager accountable_to chief_officer";
  SECTION("through its manager, the IJB chief officer and the IJB to the council") {
    require_absent(lawful, "blocked_escalation");
  }
  SECTION("through its manager's protocol route to the CSWO") {
    require_absent(with(lawful, manager_accountable, "team_manager escalates_to cswo"), "blocked_escalation");
  }
  SECTION("round in a circle between its manager and a senior practitioner") {
    const std::string circle = with(
        adding(lawful, team_manager_agent, "  - {id: senior_practitioner, role: professional_adviser}\n"),
        manager_accountable,
        "team_manager escalates_to senior_practitioner\n  - senior_practitioner has_access_to team_manager");
    const auto found = require_found(circle, "blocked_escalation", warning);
    REQUIRE(found.size() == 1);
    CHECK(contains(found.front().message,
                   "a concern raised by 'community_team' cannot reach the chief executive"));
  }
}

// --- the built-in arrangements, as `govsim check` sees them ----------------------

TEST_CASE("govsim check finds no errors in the built-in arrangements except the deliberately weak one",
          "[check]") {
  int weak = 0;
  for (const auto& entry : govsim::builtins(govsim::InputKind::arrangement)) {
    const govsim::CheckResult result = govsim::check_arrangement(entry.name);
    INFO(entry.name << ":\n" << listing(result.findings));
    REQUIRE_FALSE(result.unreadable);
    REQUIRE_FALSE(result.rules_skipped);
    if (!contains(entry.name, "weak")) {
      CHECK_FALSE(result.findings.has_errors());
      continue;
    }
    ++weak;
    std::set<std::string> rules_broken;
    for (const Finding& f : result.findings.items())
      if (f.severity == error) rules_broken.insert(f.rule);
    CHECK(rules_broken.size() >= 3);
  }
  CHECK(weak == 1);
}

TEST_CASE("every finding govsim check makes on a built-in arrangement points to a line", "[check]") {
  for (const auto& entry : govsim::builtins(govsim::InputKind::arrangement)) {
    const govsim::CheckResult result = govsim::check_arrangement(entry.name);
    for (const Finding& f : result.findings.items()) {
      INFO(f.format());
      CHECK(f.place.line > 0);
    }
  }
}
