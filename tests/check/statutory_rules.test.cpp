#include <catch2/catch.hpp>

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

// Each rule is tested the same way: a small arrangement that is lawful and
// raises nothing, and the same arrangement with one small edit that breaks the
// rule. The edit is the whole difference, so the rule is what it catches.

namespace {

using govsim::Finding;
using govsim::Findings;

// A Scottish council that has delegated adult social care to an IJB, with the
// CSWO placed as the statutory guidance asks: answerable to the chief executive,
// with access to every elected member, a non-voting member of the IJB.
constexpr std::string_view lawful_scottish = R"(
name: minimal-scottish-ijb
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

links:
  - cswo accountable_to chief_executive
  - cswo has_access_to @elected_members
  - chief_executive accountable_to full_council
  - full_council delegates ijb
  - ijb accountable_to full_council
  - chief_officer accountable_to ijb
  - "@health_board_non_executive accountable_to nhs_board"

scheme_of_delegation:
  - {decision: eligibility_criteria, taken_by: full_council, advice_from: cswo, key_decision: true}

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

// An English council as the ADASS guidance describes it: the DASS answers to the
// chief executive and the lead member, every councillor can reach the DASS, and
// the key decision stays with the cabinet.
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
  - {decision: care_package, taken_by: dass}

confidentiality:
  personal_information_to_elected_members: false
)";

}  // namespace

// --- the lawful baselines ------------------------------------------------------

TEST_CASE("a minimal lawful Scottish arrangement has no findings", "[check]") {
  const Findings findings = check(lawful_scottish);
  INFO(listing(findings));
  CHECK(findings.empty());
}

TEST_CASE("a minimal lawful English arrangement has no findings", "[check]") {
  const Findings findings = check(lawful_english);
  INFO(listing(findings));
  CHECK(findings.empty());
}

// --- both jurisdictions --------------------------------------------------------

TEST_CASE("the council must be in the arrangement, whatever it delegates", "[check]") {
  const std::string_view council = "{id: full_council, role: full_council,";
  const std::string_view no_council = "{id: full_council, role: cabinet,";
  SECTION("in Scotland") {
    require_absent(lawful_scottish, "council-exists");
    require_found(with(lawful_scottish, council, no_council), "council-exists", error);
  }
  SECTION("in England") {
    require_absent(lawful_english, "council-exists");
    require_found(with(lawful_english, council, no_council), "council-exists", error);
  }
}

TEST_CASE("personal information about individuals never goes to elected members", "[check]") {
  const std::string_view shared = "personal_information_to_elected_members: true";
  SECTION("in Scotland") {
    require_absent(lawful_scottish, "confidentiality");
    require_found(with(lawful_scottish, "personal_information_to_elected_members: false", shared),
                  "confidentiality", error);
  }
  SECTION("in England") {
    require_absent(lawful_english, "confidentiality");
    require_found(with(lawful_english, "personal_information_to_elected_members: false", shared),
                  "confidentiality", error);
  }
}

TEST_CASE("a body that delegates functions must get reports back from its delegate", "[check]") {
  const std::string_view reports_back = "ijb accountable_to full_council";
  SECTION("an IJB accountable to the council that delegated to it") {
    require_absent(lawful_scottish, "delegation-reporting-route");
  }
  SECTION("an IJB that reports back through the chief executive") {
    require_absent(with(lawful_scottish, reports_back, "ijb reports_to chief_executive"),
                   "delegation-reporting-route");
  }
  SECTION("an IJB that answers only to the health board") {
    const auto found = require_found(with(lawful_scottish, reports_back, "ijb accountable_to nhs_board"),
                                     "delegation-reporting-route", error);
    CHECK(contains(found.front().message, "'full_council' delegates functions to 'ijb'"));
  }
}

// --- Scotland: the Chief Social Work Officer ----------------------------------

TEST_CASE("every Scottish council must appoint a Chief Social Work Officer", "[check]") {
  SECTION("a council with a CSWO") { require_absent(lawful_scottish, "cswo-exists"); }
  SECTION("an English council needs none") { require_absent(lawful_english, "cswo-exists"); }
  SECTION("a council whose social work lead is only a head of service") {
    require_found(with(lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, role: head_of_service}"),
                  "cswo-exists", error);
  }
}

TEST_CASE("the CSWO must be a qualified social worker", "[check]") {
  require_absent(lawful_scottish, "cswo-qualified");
  require_found(with(lawful_scottish, "qualified: true", "qualified: false"), "cswo-qualified", error);
}

TEST_CASE("the CSWO must be registered with the Scottish Social Services Council", "[check]") {
  require_absent(lawful_scottish, "cswo-registered");
  require_found(with(lawful_scottish, "registered: true", "registered: false"), "cswo-registered", error);
}

TEST_CASE("the CSWO must be designated a proper officer of the council", "[check]") {
  require_absent(lawful_scottish, "cswo-proper-officer");
  require_found(with(lawful_scottish, "proper_officer: true", "proper_officer: false"), "cswo-proper-officer",
                error);
}

TEST_CASE("the CSWO must be of sufficient seniority", "[check]") {
  require_absent(lawful_scottish, "cswo-seniority");
  require_found(with(lawful_scottish, "sufficient_seniority: true", "sufficient_seniority: false"),
                "cswo-seniority", error);
}

TEST_CASE("a CSWO off the corporate management team is a weakness for members to look at", "[check]") {
  require_absent(lawful_scottish, "cswo-corporate-management-team");
  require_found(
      with(lawful_scottish, "on_corporate_management_team: true", "on_corporate_management_team: false"),
      "cswo-corporate-management-team", warning);
}

TEST_CASE("the CSWO answers to the council by a route that does not pass through the IJB", "[check]") {
  SECTION("through the chief executive") { require_absent(lawful_scottish, "cswo-not-under-ijb"); }
  SECTION("only through the IJB") {
    require_found(with(lawful_scottish, "cswo accountable_to chief_executive",
                       "cswo has_access_to chief_executive\n  - cswo accountable_to ijb"),
                  "cswo-not-under-ijb", error);
  }
  SECTION("only through the IJB chief officer") {
    require_found(with(lawful_scottish, "cswo accountable_to chief_executive",
                       "cswo has_access_to chief_executive\n  - cswo reports_to chief_officer"),
                  "cswo-not-under-ijb", error);
  }
}

TEST_CASE("the CSWO has direct access to the chief executive", "[check]") {
  require_absent(lawful_scottish, "cswo-access-chief-executive");
  require_found(
      with(lawful_scottish, "cswo accountable_to chief_executive", "cswo accountable_to full_council"),
      "cswo-access-chief-executive", error);
}

TEST_CASE("the CSWO has direct access to elected members", "[check]") {
  SECTION("access to every elected member") { require_absent(lawful_scottish, "cswo-access-members"); }
  SECTION("a report to a council committee is enough") {
    require_absent(
        with(lawful_scottish, "cswo has_access_to @elected_members", "cswo reports_to full_council"),
        "cswo-access-members");
  }
  SECTION("no link to any member or council committee") {
    require_found(with(lawful_scottish, "  - cswo has_access_to @elected_members\n", ""),
                  "cswo-access-members", error);
  }
}

TEST_CASE("one person as both CSWO and IJB chief officer advises on what they answer for", "[check]") {
  require_absent(lawful_scottish, "self_accountability");
  const auto found = require_found(
      with(lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, roles: [cswo, ijb_chief_officer]}"),
      "self_accountability", warning);
  CHECK(contains(found.front().message, "both CSWO and IJB chief officer"));
}

TEST_CASE("a CSWO line-managed by the IJB chief officer must still report to the council directly",
          "[check]") {
  const std::string_view last_link = "  - chief_officer accountable_to ijb\n";
  SECTION("line-managed by the chief executive") {
    require_absent(
        with(lawful_scottish, last_link, std::string(last_link) + "  - chief_executive line_manages cswo\n"),
        "cswo-line-managed-in-partnership");
  }
  SECTION("line-managed by the IJB chief officer") {
    require_found(
        with(lawful_scottish, last_link, std::string(last_link) + "  - chief_officer line_manages cswo\n"),
        "cswo-line-managed-in-partnership", warning);
  }
}

// --- Scotland: the integration joint board -------------------------------------

TEST_CASE("an area integrated through an IJB must have an integration joint board", "[check]") {
  const std::string_view board = "{id: ijb, role: ijb,";
  const std::string_view committee = "{id: ijb, role: scrutiny_committee,";
  SECTION("an IJB area with its board") { require_absent(lawful_scottish, "ijb-exists"); }
  SECTION("a lead agency area needs no board") {
    require_absent(
        with(with(lawful_scottish, "integration: ijb", "integration: lead_agency"), board, committee),
        "ijb-exists");
  }
  SECTION("an IJB area without one") {
    require_found(with(lawful_scottish, board, committee), "ijb-exists", error);
  }
}

TEST_CASE("the CSWO must be a non-voting member of the IJB", "[check]") {
  const std::string_view non_voting = "{id: cswo, voting: false}";
  SECTION("a non-voting member") { require_absent(lawful_scottish, "cswo-non-voting-ijb"); }
  SECTION("a voting member") {
    const auto found = require_found(with(lawful_scottish, non_voting, "{id: cswo, voting: true}"),
                                     "cswo-non-voting-ijb", error);
    CHECK(contains(found.front().message, "is a voting member"));
  }
  SECTION("a member by default, since officers do not vote unless told to") {
    require_absent(with(lawful_scottish, non_voting, "cswo"), "cswo-non-voting-ijb");
  }
  SECTION("not a member at all") {
    const auto found = require_found(with(lawful_scottish, std::string(non_voting) + ", ", ""),
                                     "cswo-non-voting-ijb", error);
    CHECK(contains(found.front().message, "is not a member"));
  }
}

// Two neighbouring councils sharing a health board, each delegating to its own
// IJB, each CSWO answerable to its own council and sitting on its own IJB: the
// shape of national.yaml, small enough to read.
constexpr std::string_view two_councils = R"(
name: two-scottish-councils
jurisdiction: scotland
integration: ijb

agents:
  - {id: north.leader, role: leader, area: north}
  - {id: north.lead_member, role: lead_member, area: north}
  - {id: north.cllr, role: councillor, area: north}
  - {id: north.council, role: full_council, members: [north.leader, north.lead_member, north.cllr], area: north}
  - {id: north.chief_executive, role: chief_executive, area: north}
  - {id: north.cswo, role: cswo, area: north}
  - {id: north.ne_1, role: health_board_non_executive, area: north}
  - {id: north.ne_2, role: health_board_non_executive, area: north}
  - {id: north.ne_3, role: health_board_non_executive, area: north}
  - {id: north.ijb, role: ijb, area: north, members: [north.leader, north.lead_member, north.cllr, north.ne_1,
                                                      north.ne_2, north.ne_3, {id: north.cswo, voting: false}]}
  - {id: south.leader, role: leader, area: south}
  - {id: south.lead_member, role: lead_member, area: south}
  - {id: south.cllr, role: councillor, area: south}
  - {id: south.council, role: full_council, members: [south.leader, south.lead_member, south.cllr], area: south}
  - {id: south.chief_executive, role: chief_executive, area: south}
  - {id: south.cswo, role: cswo, area: south}
  - {id: south.ne_1, role: health_board_non_executive, area: south}
  - {id: south.ne_2, role: health_board_non_executive, area: south}
  - {id: south.ne_3, role: health_board_non_executive, area: south}
  - {id: south.ijb, role: ijb, area: south, members: [south.leader, south.lead_member, south.cllr, south.ne_1,
                                                      south.ne_2, south.ne_3, {id: south.cswo, voting: false}]}
  - {id: nhs_board, role: health_board, members: ["@health_board_non_executive"]}

links:
  - north.cswo accountable_to north.council
  - north.cswo has_access_to north.chief_executive
  - north.cswo has_access_to north.lead_member
  - north.chief_executive accountable_to north.council
  - north.council delegates north.ijb
  - north.ijb accountable_to north.council
  - south.cswo accountable_to south.council
  - south.cswo has_access_to south.chief_executive
  - south.cswo has_access_to south.lead_member
  - south.chief_executive accountable_to south.council
  - south.council delegates south.ijb
  - south.ijb accountable_to south.council
  - "@health_board_non_executive accountable_to nhs_board"
)";

TEST_CASE("two lawful neighbouring councils, each with its own IJB, have no findings", "[check]") {
  const Findings findings = check(two_councils);
  INFO(listing(findings));
  CHECK(findings.empty());
}

TEST_CASE("a CSWO need only sit on the IJB its own council delegates to", "[check]") {
  SECTION("each CSWO on its own council's IJB, not on the neighbour's") {
    require_absent(two_councils, "cswo-non-voting-ijb");
  }
  SECTION("a CSWO missing from its own council's IJB") {
    const auto found =
        require_found(with(two_councils, "south.ne_3, {id: south.cswo, voting: false}]", "south.ne_3]"),
                      "cswo-non-voting-ijb", error);
    REQUIRE(found.size() == 1);
    CHECK(
        contains(found.front().message, "the CSWO ('south.cswo') is not a member of the IJB ('south.ijb')"));
  }
  SECTION("an IJB two councils delegate to needs both councils' CSWOs") {
    const auto found = require_found(adding(two_councils, "  - north.council delegates north.ijb\n",
                                            "  - south.council delegates north.ijb\n"),
                                     "cswo-non-voting-ijb", error);
    REQUIRE(found.size() == 1);
    CHECK(
        contains(found.front().message, "the CSWO ('south.cswo') is not a member of the IJB ('north.ijb')"));
  }
  SECTION("a CSWO who answers to no council directly is held to every IJB, as with one council") {
    const auto found = require_found(with(two_councils, "south.cswo accountable_to south.council",
                                          "south.cswo accountable_to south.chief_executive"),
                                     "cswo-non-voting-ijb", error);
    REQUIRE(found.size() == 1);
    CHECK(
        contains(found.front().message, "the CSWO ('south.cswo') is not a member of the IJB ('north.ijb')"));
  }
}

TEST_CASE("the IJB's votes belong to equal numbers of councillors and health board non-executives",
          "[check]") {
  const std::string_view voting_members = "[leader, lead_member, cllr_opposition, nhs_ne_1";
  SECTION("three of each") { require_absent(lawful_scottish, "ijb-voting-balance"); }
  SECTION("two councillors and three non-executives") {
    const auto found = require_found(with(lawful_scottish, voting_members, "[leader, lead_member, nhs_ne_1"),
                                     "ijb-voting-balance", error);
    CHECK(contains(found.front().message, "2 voting councillors and 3 voting health board non-executives"));
  }
  SECTION("two of each, fewer than the three required") {
    const std::string two_each =
        with(with(lawful_scottish, voting_members, "[leader, lead_member, nhs_ne_1"), "nhs_ne_3,\n", "\n");
    require_found(two_each, "ijb-voting-balance", error);
  }
  SECTION("a councillor without a vote leaves the board unbalanced") {
    require_found(with(lawful_scottish, voting_members,
                       "[leader, lead_member, {id: cllr_opposition, voting: false}, nhs_ne_1"),
                  "ijb-voting-balance", error);
  }
  SECTION("an officer with a vote") {
    const auto found = require_found(
        with(lawful_scottish, "{id: chief_officer, voting: false}", "{id: chief_officer, voting: true}"),
        "ijb-voting-balance", error);
    CHECK(contains(found.front().message, "'chief_officer' votes on the IJB"));
  }
}

// --- England: the Director of Adult Social Services ----------------------------

TEST_CASE("every English council must appoint a Director of Adult Social Services", "[check]") {
  SECTION("a council with a DASS") { require_absent(lawful_english, "dass-exists"); }
  SECTION("a Scottish council needs none") { require_absent(lawful_scottish, "dass-exists"); }
  SECTION("a council whose adult social care lead is only a head of service") {
    require_found(with(lawful_english, "{id: dass, role: dass}", "{id: dass, role: head_of_service}"),
                  "dass-exists", error);
  }
}

TEST_CASE("the DASS is directly accountable to the chief executive", "[check]") {
  const std::string_view accountable = "dass accountable_to chief_executive";
  SECTION("accountable to the chief executive") {
    require_absent(lawful_english, "dass-accountable-chief-executive");
  }
  SECTION("line-managed by the chief executive") {
    require_absent(with(lawful_english, accountable, "chief_executive line_manages dass"),
                   "dass-accountable-chief-executive");
  }
  SECTION("with access to the chief executive but not accountable") {
    require_found(with(lawful_english, accountable, "dass has_access_to chief_executive"),
                  "dass-accountable-chief-executive", error);
  }
}

TEST_CASE("the DASS is accountable to the lead member", "[check]") {
  require_absent(lawful_english, "dass-accountable-lead-member");
  require_found(with(lawful_english, "dass accountable_to lead_member", "dass reports_to lead_member"),
                "dass-accountable-lead-member", error);
}

TEST_CASE("every councillor has a route to the DASS", "[check]") {
  const std::string_view everyone = "\"@elected_members has_access_to dass\"";
  SECTION("every elected member has access") { require_absent(lawful_english, "councillor-access-dass"); }
  SECTION("a backbencher the DASS is accountable to has a route") {
    require_absent(
        with(lawful_english, everyone, "leader has_access_to dass\n  - dass accountable_to cllr_backbench"),
        "councillor-access-dass");
  }
  SECTION("only the leader has access") {
    const auto found = require_found(with(lawful_english, everyone, "leader has_access_to dass"),
                                     "councillor-access-dass", error);
    // The lead member is reached through the DASS's accountability, the leader by access.
    CHECK(contains(found.front().message, "no access route from: cllr_backbench."));
  }
}

// Two neighbouring English councils, each DASS reporting to its own council and
// reachable by its own councillors.
constexpr std::string_view two_english_councils = R"(
jurisdiction: england
agents:
  - {id: east.leader, role: leader}
  - {id: east.lead_member, role: lead_member}
  - {id: east.cllr, role: councillor}
  - {id: east.council, role: full_council, members: [east.leader, east.lead_member, east.cllr]}
  - {id: east.chief_executive, role: chief_executive}
  - {id: east.dass, role: dass}
  - {id: west.leader, role: leader}
  - {id: west.lead_member, role: lead_member}
  - {id: west.cllr, role: councillor}
  - {id: west.council, role: full_council, members: [west.leader, west.lead_member, west.cllr]}
  - {id: west.chief_executive, role: chief_executive}
  - {id: west.dass, role: dass}
links:
  - east.dass accountable_to east.chief_executive
  - east.dass accountable_to east.lead_member
  - east.dass reports_to east.council
  - east.leader has_access_to east.dass
  - east.cllr has_access_to east.dass
  - east.chief_executive accountable_to east.council
  - west.dass accountable_to west.chief_executive
  - west.dass accountable_to west.lead_member
  - west.dass reports_to west.council
  - west.leader has_access_to west.dass
  - west.cllr has_access_to west.dass
  - west.chief_executive accountable_to west.council
)";

TEST_CASE("a councillor need only reach the DASS of their own council", "[check]") {
  SECTION("each council's members reach their own DASS") {
    require_absent(two_english_councils, "councillor-access-dass");
  }
  SECTION("a backbencher with no route to their own DASS") {
    const auto found =
        require_found(with(two_english_councils, "  - east.cllr has_access_to east.dass\n", ""),
                      "councillor-access-dass", error);
    REQUIRE(found.size() == 1);
    CHECK(contains(found.front().message, "no access route from: east.cllr."));
  }
  SECTION("a DASS who reports to no council directly must be reachable by every councillor") {
    const auto found =
        require_found(with(two_english_councils, "  - east.dass reports_to east.council\n", ""),
                      "councillor-access-dass", error);
    REQUIRE(found.size() == 1);
    CHECK(contains(found.front().message, "no access route from: west.leader, west.lead_member, west.cllr."));
  }
}

TEST_CASE("key decisions are made by councillors, not officers", "[check]") {
  const std::string_view by_cabinet = "{decision: eligibility_criteria, taken_by: cabinet";
  SECTION("taken by the cabinet, while the DASS takes care package decisions") {
    require_absent(lawful_english, "key-decisions-reserved");
  }
  SECTION("taken by the chief executive") {
    const auto found = require_found(
        with(lawful_english, by_cabinet, "{decision: eligibility_criteria, taken_by: chief_executive"),
        "key-decisions-reserved", error);
    CHECK(contains(found.front().message,
                   "'eligibility_criteria' is a key decision but is taken by 'chief_executive'"));
    // The fix names the file's own cabinet, which a designer can paste.
    CHECK(contains(found.front().message, "give it to cabinet (taken_by: [cabinet])"));
  }
}

TEST_CASE("a post from the other jurisdiction's law is named as such, with the post to use instead",
          "[check]") {
  SECTION("a CSWO in an English council") {
    const auto found = require_found(with(lawful_english, "{id: dass, role: dass}", "{id: dass, role: cswo}"),
                                     "post-of-other-jurisdiction", error);
    REQUIRE(found.size() == 1);
    CHECK(contains(found.front().message, "Scotland's statutory post"));
    CHECK(contains(found.front().message, "use role: dass"));
  }
  SECTION("a DASS in a Scottish council") {
    const auto found = require_found(with(lawful_scottish, "{id: cswo, role: cswo", "{id: cswo, role: dass"),
                                     "post-of-other-jurisdiction", error);
    CHECK(contains(found.front().message, "use role: cswo"));
  }
  SECTION("near miss: each council's own post") {
    require_absent(lawful_english, "post-of-other-jurisdiction");
    require_absent(lawful_scottish, "post-of-other-jurisdiction");
  }
}

// --- citations ------------------------------------------------------------------

TEST_CASE("a statutory finding cites the source of the rule it applies", "[check]") {
  struct Case {
    std::string_view rule, yaml, from, to, source;
  };
  const auto c = GENERATE(values<Case>({
      {"cswo-exists", lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, role: head_of_service}",
       "(Social Work (Scotland) Act 1968 s3)"},
      {"cswo-qualified", lawful_scottish, "qualified: true", "qualified: false",
       "(Scottish Government, The Role of the CSWO (2016))"},
      {"cswo-non-voting-ijb", lawful_scottish, "{id: cswo, voting: false}", "{id: cswo, voting: true}",
       "(SSI 2014/285)"},
      {"ijb-voting-balance", lawful_scottish, "{id: chief_officer, voting: false}",
       "{id: chief_officer, voting: true}", "(SSI 2014/285)"},
      {"delegation-reporting-route", lawful_scottish, "ijb accountable_to full_council",
       "ijb accountable_to nhs_board", "(Public Bodies (Joint Working) (Scotland) Act 2014)"},
      {"dass-exists", lawful_english, "{id: dass, role: dass}", "{id: dass, role: head_of_service}",
       "(Local Authority Social Services Act 1970 s6)"},
      {"dass-accountable-chief-executive", lawful_english, "dass accountable_to chief_executive",
       "dass has_access_to chief_executive", "(DASS statutory guidance (2006))"},
      {"key-decisions-reserved", lawful_english, "taken_by: cabinet", "taken_by: chief_executive",
       "(ADASS, Working with elected councillors)"},
  }));
  INFO("rule " << c.rule);
  const auto found = require_found(with(c.yaml, c.from, c.to), c.rule, error);
  for (const Finding& f : found) CHECK(contains(f.message, c.source));
}

TEST_CASE("the CSWO's route to the council may be a report as well as an account but not one through the IJB",
          "[check]") {
  const std::string_view to_the_chief_executive = "cswo accountable_to chief_executive";
  SECTION("only a report to the IJB which answers to the council: cswo-not-under-ijb") {
    require_found(with(lawful_scottish, to_the_chief_executive,
                       "cswo has_access_to chief_executive\n  - cswo reports_to ijb"),
                  "cswo-not-under-ijb", error);
  }
  SECTION("near miss: a report to the full council as well") {
    require_absent(
        with(lawful_scottish, to_the_chief_executive,
             "cswo has_access_to chief_executive\n  - cswo reports_to ijb\n  - cswo reports_to full_council"),
        "cswo-not-under-ijb");
  }
  SECTION("near miss: accountable to the full council directly") {
    const std::string_view accountable = "cswo accountable_to full_council";
    require_absent(
        with(lawful_scottish, to_the_chief_executive,
             "cswo has_access_to chief_executive\n  - cswo reports_to ijb\n  - " + std::string(accountable)),
        "cswo-not-under-ijb");
  }
  SECTION("near miss: a report to the chief executive who answers to the council") {
    require_absent(with(lawful_scottish, to_the_chief_executive, "cswo reports_to chief_executive"),
                   "cswo-not-under-ijb");
  }
}

// --- nonsense that govsim check refuses ------------------------------------------
// Each is a slip a designer can make that the model would otherwise run as
// written: one located line says what is wrong and what to write instead.

TEST_CASE("a councillor cannot be the statutory officer", "[check]") {
  SECTION("the CSWO named in the statutory officer's position") {
    require_not_reported(lawful_scottish, "statutory-officer-role");
  }
  SECTION("an opposition councillor named as the CSWO") {
    const std::string named = with(lawful_scottish, "  agent: cswo", "  agent: cllr_opposition");
    const auto found = require_reported(named, "statutory-officer-role", error);
    REQUIRE(found.size() == 1);
    CHECK(found.front().place.line == line_of(named, "agent: cllr_opposition"));
    CHECK(found.front().place.column == 10);  // the value, not the key
    CHECK(contains(found.front().message,
                   "'cllr_opposition' is an elected member (councillor) and cannot be "
                   "the CSWO"));
    CHECK(contains(found.front().message, "name the officer who holds the cswo role ('agent: cswo')"));
  }
  SECTION("the lead member named as the DASS") {
    const std::string named =
        adding(lawful_english, "jurisdiction: england\n", "statutory_officer: {agent: lead_member}\n");
    const auto found = require_reported(named, "statutory-officer-role", error);
    CHECK(contains(found.front().message,
                   "'lead_member' is an elected member (lead_member) and cannot be the DASS"));
  }
  SECTION("a CSWO who is also a councillor") {
    const std::string both =
        with(lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, roles: [cswo, councillor]}");
    const auto found = require_reported(both, "statutory-officer-role", error);
    CHECK(contains(found.front().message, "'cswo' is an elected member (councillor) and cannot be the CSWO"));
  }
  SECTION("an officer who does not hold the cswo role, while another does") {
    const auto found = require_reported(with(lawful_scottish, "  agent: cswo", "  agent: chief_executive"),
                                        "statutory-officer-role", error);
    CHECK(contains(found.front().message, "'chief_executive' does not hold the cswo role"));
  }
  SECTION("nobody holds the cswo role: cswo-exists says so, not this rule") {
    require_not_reported(with(lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, role: head_of_service}"),
                         "statutory-officer-role");
  }
}

TEST_CASE("a section written twice is reported at the second, naming the first", "[check]") {
  SECTION("one links section") { require_not_reported(lawful_scottish, "duplicate-key"); }
  SECTION("two links sections") {
    const std::string twice = adding(lawful_scottish, "  personal_information_to_elected_members: false\n",
                                     "links:\n  - cswo reports_to full_council\n");
    const auto found = require_reported(twice, "duplicate-key", error);
    REQUIRE(found.size() == 1);
    CHECK(found.front().place.line == line_of(twice, "links:\n  - cswo reports_to full_council"));
    CHECK(found.front().place.column == 1);
    CHECK(contains(found.front().message,
                   "duplicate key 'links' in the arrangement (first written at line " +
                       std::to_string(line_of(twice, "links:\n  - cswo accountable_to")) +
                       "): only the first is read"));
  }
  SECTION("a key written twice in one agent") {
    const std::string twice =
        with(lawful_scottish, "{id: cswo, role: cswo}", "{id: cswo, role: cswo, role: councillor}");
    const auto found = require_reported(twice, "duplicate-key", error);
    CHECK(found.front().place.line == line_of(twice, "role: cswo, role: councillor}"));
    CHECK(contains(found.front().message, "duplicate key 'role' in an agent"));
  }
  SECTION("a role given two escalation thresholds") {
    require_reported(
        adding(lawful_scottish, "integration: ijb\n", "escalation_thresholds: {cswo: 3, cswo: 4}\n"),
        "duplicate-key", error);
  }
}

TEST_CASE("no built-in arrangement or scenario writes a key twice", "[check]") {
  for (const auto kind : {govsim::InputKind::arrangement, govsim::InputKind::scenario})
    for (const auto& entry : govsim::builtins(kind)) {
      const govsim::CheckResult result = govsim::check_input(entry.name);
      INFO(entry.name << ":\n" << listing(result.findings));
      CHECK_FALSE(result.findings.has_rule("duplicate-key"));
    }
}

TEST_CASE("a body cannot line-manage a post: only a person manages", "[check]") {
  const std::string_view account = "cswo accountable_to chief_executive";
  SECTION("the chief executive manages the CSWO's post") {
    require_not_reported(
        with(lawful_scottish, account, std::string(account) + "\n  - chief_executive line_manages cswo"),
        "link-kind");
  }
  SECTION("the council, the IJB or the health board manages the CSWO's post") {
    const auto body = GENERATE(as<std::string>{}, "full_council", "ijb", "nhs_board");
    const std::string managed =
        with(lawful_scottish, account, std::string(account) + "\n  - " + body + " line_manages cswo");
    const auto found = require_reported(managed, "link-kind", error);
    REQUIRE(found.size() == 1);
    CHECK(found.front().place.line == line_of(managed, body + " line_manages cswo"));
    CHECK(contains(found.front().message, "'" + body + "' is a body"));
    CHECK(contains(found.front().message, "cannot line-manage 'cswo'"));
    CHECK(contains(found.front().message, "write 'cswo accountable_to " + body + "'"));
  }
}

TEST_CASE("the people who use services do not manage the chief executive", "[check]") {
  const std::string public_agents =
      adding(lawful_scottish, "  - {id: chief_officer, role: ijb_chief_officer}\n",
             "  - {id: service_users, role: service_users}\n"
             "  - {id: constituents, role: constituents}\n");
  const std::string_view account = "cswo accountable_to chief_executive";
  SECTION("they raise matters with the chief executive") {
    require_not_reported(with(public_agents, account,
                              std::string(account) + "\n  - service_users has_access_to chief_executive"),
                         "link-kind");
  }
  SECTION("they line-manage, direct, delegate to or commission the chief executive") {
    const auto type = GENERATE(as<std::string>{}, "line_manages", "directs", "delegates", "commissions");
    const std::string managed = with(
        public_agents, account, std::string(account) + "\n  - service_users " + type + " chief_executive");
    const auto found = require_reported(managed, "link-kind", error);
    REQUIRE(found.size() == 1);
    CHECK(found.front().place.line == line_of(managed, "service_users " + type));
    CHECK(contains(found.front().message, "'service_users' is a cohort (service_users)"));
    CHECK(contains(found.front().message, "write 'service_users has_access_to chief_executive'"));
  }
}

// The table in docs/arrangements.md, "Which agents a link may join", row by row:
// one link each type allows and one it refuses.
TEST_CASE("each type of link joins only the kinds of agent it makes sense between", "[check]") {
  constexpr std::string_view every_kind = R"(
jurisdiction: scotland
agents:
  - {id: cllr, role: councillor}
  - {id: officer, role: head_of_service}
  - {id: council, role: full_council, members: [cllr]}
  - {id: scrutiny, role: scrutiny_committee, members: [cllr]}
  - {id: ijb, role: ijb, members: [cllr]}
  - {id: board, role: health_board, members: [cllr]}
  - {id: team, role: frontline_team}
  - {id: provider, role: provider}
  - {id: public, role: service_users}
  - {id: voters, role: constituents}
links:
  - LINK
)";
  struct Row {
    std::string_view link;
    bool makes_sense;
  };
  const auto row = GENERATE(values<Row>({
      {"officer line_manages cllr", true},
      {"officer line_manages team", true},
      {"council line_manages officer", false},
      {"team line_manages officer", false},
      {"officer line_manages council", false},
      {"officer line_manages public", false},
      {"officer accountable_to scrutiny", true},
      {"provider accountable_to council", true},
      {"cllr accountable_to voters", true},
      {"officer accountable_to voters", false},
      {"public accountable_to council", false},
      {"officer advises ijb", true},
      {"council advises ijb", false},
      {"officer advises public", false},
      {"team reports_to officer", true},
      {"public reports_to officer", false},
      {"officer reports_to voters", false},
      {"cllr member_of scrutiny", true},
      {"council member_of ijb", false},
      {"team member_of ijb", false},
      {"public has_access_to cllr", true},
      {"council has_access_to officer", true},
      {"cllr has_access_to voters", false},
      {"ijb directs council", true},
      {"ijb directs board", true},
      {"council directs ijb", false},
      {"ijb directs scrutiny", false},
      {"ijb directs team", false},
      {"council delegates ijb", true},
      {"council delegates provider", false},
      {"officer delegates team", false},
      {"council commissions provider", true},
      {"board commissions team", true},
      {"officer commissions provider", false},
      {"council commissions ijb", false},
      {"team escalates_to officer", true},
      {"officer escalates_to scrutiny", true},
      {"public escalates_to officer", false},
      {"officer escalates_to public", false},
  }));
  INFO(row.link);
  const std::string arrangement = with(every_kind, "LINK", row.link);
  if (row.makes_sense) {
    require_not_reported(arrangement, "link-kind");
  } else {
    const auto found = require_reported(arrangement, "link-kind", error);
    CHECK(found.size() == 1);
    CHECK(found.front().place.line == line_of(arrangement, row.link));
  }
}

TEST_CASE("a cohort cannot sit on a body", "[check]") {
  const std::string seated = adding(lawful_scottish, "  - {id: chief_officer, role: ijb_chief_officer}\n",
                                    "  - {id: service_users, role: service_users}\n");
  require_not_reported(seated, "link-kind");
  const std::string member = with(seated, "{id: cswo, voting: false}, {id: chief_officer",
                                  "{id: cswo, voting: false}, service_users, {id: chief_officer");
  const auto found = require_reported(member, "link-kind", error);
  CHECK(contains(found.front().message,
                 "'service_users' is a cohort (service_users) and cannot be a member of 'ijb'"));
}

TEST_CASE("an agent that can handle nothing is an error, not unlimited capacity", "[check]") {
  const std::string_view cswo = "{id: cswo, role: cswo}";
  SECTION("half an item a day") {
    require_not_reported(with(lawful_scottish, cswo, "{id: cswo, role: cswo, capacity: 0.5}"),
                         "out-of-range");
  }
  SECTION("no items a day") {
    const std::string none = with(lawful_scottish, cswo, "{id: cswo, role: cswo, capacity: 0}");
    const auto found = require_reported(none, "out-of-range", error);
    REQUIRE(found.size() == 1);
    CHECK(found.front().place.line == line_of(none, "capacity: 0"));
    CHECK(contains(found.front().message,
                   "'capacity' of 'cswo' is 0 but must be a positive number of items a day, "
                   "more than 0 and at most 1000000"));
    CHECK(contains(found.front().message, "0 does not mean unlimited"));
  }
  SECTION("fewer than none") {
    const auto found = require_reported(with(lawful_scottish, cswo, "{id: cswo, role: cswo, capacity: -3}"),
                                        "negative-value", error);
    CHECK(contains(found.front().message, "is -3 but must be a positive number of items a day"));
  }
}

TEST_CASE("a link that never delivers anything is not access", "[check]") {
  const std::string_view to_chief_executive = "cswo accountable_to chief_executive";
  const std::string_view to_members = "cswo has_access_to @elected_members";
  SECTION("a link that sometimes delivers still counts") {
    const std::string unreliable =
        with(lawful_scottish, to_chief_executive,
             "{from: cswo, type: accountable_to, to: chief_executive, reliability: 0.1}");
    require_not_reported(unreliable, "cswo-access-chief-executive");
    require_not_reported(unreliable, "never-delivers");
  }
  SECTION("the CSWO's only link to the chief executive never delivers") {
    const std::string dead = with(lawful_scottish, to_chief_executive,
                                  "{from: cswo, type: accountable_to, to: chief_executive, reliability: 0}");
    const auto found = require_reported(dead, "cswo-access-chief-executive", error);
    CHECK(found.front().place.line == line_of(dead, "reliability: 0}"));
    CHECK(contains(found.front().message,
                   "the CSWO ('cswo') reaches the chief executive only by a link with reliability 0"));
    const auto warned = require_reported(dead, "never-delivers", warning);
    CHECK(warned.front().place.line == line_of(dead, "reliability: 0}"));
    CHECK(contains(warned.front().message, "a link that never delivers anything"));
  }
  SECTION("the CSWO's only link to elected members never delivers") {
    const std::string dead =
        with(lawful_scottish, to_members,
             "{from: cswo, type: has_access_to, to: \"@elected_members\", reliability: 0}");
    require_reported(dead, "cswo-access-members", error);
  }
  SECTION("a councillor whose only route to the DASS never delivers") {
    const std::string dead =
        with(lawful_english, "\"@elected_members has_access_to dass\"",
             "{from: \"@elected_members\", type: has_access_to, to: dass, reliability: 0}");
    const auto found = require_reported(dead, "councillor-access-dass", error);
    CHECK(contains(found.front().message, "no access route from: leader, cllr_backbench."));
  }
  SECTION("no link delivers by default") {
    require_reported(adding(lawful_scottish, "integration: ijb\n", "link_defaults: {reliability: 0}\n"),
                     "never-delivers", warning);
  }
}
