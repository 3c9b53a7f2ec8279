#include <catch2/catch.hpp>

#include "model/network_queries.hpp"
#include "scenario/arrangement_loader.hpp"

namespace {

// A small chain: team -> manager -> head -> chief executive, with the head also
// accountable to a committee that answers to the council.
constexpr const char* chain = R"(
jurisdiction: scotland
agents:
  - {id: team, role: frontline_team}
  - {id: manager, role: operational_manager}
  - {id: head, role: head_of_service}
  - {id: chief_executive, role: chief_executive}
  - {id: cllr, role: councillor}
  - {id: committee, role: scrutiny_committee, members: [cllr]}
  - {id: council, role: full_council, members: [cllr]}
  - {id: ijb, role: ijb, members: [cllr]}
links:
  - manager line_manages team
  - head line_manages manager
  - head reports_to chief_executive
  - head accountable_to committee
  - committee accountable_to council
  - manager escalates_to ijb
)";

struct Fixture {
  govsim::LoadedArrangement loaded = govsim::load_arrangement({"chain.yaml", chain, false});
  const govsim::Network& network = loaded.arrangement.network;
  govsim::AgentVertex at(const char* id) const { return *loaded.arrangement.find(id); }
  std::vector<std::string> ids(const std::vector<govsim::AgentVertex>& vs) const {
    std::vector<std::string> out;
    for (auto v : vs) out.push_back(network[v].id);
    return out;
  }
};

}  // namespace

TEST_CASE_METHOD(Fixture, "a concern goes up to the line manager and along protocol routes",
                 "[model][network]") {
  REQUIRE_FALSE(loaded.findings.has_errors());
  CHECK(ids(govsim::escalation_routes(network, at("team"))) == std::vector<std::string>{"manager"});
  CHECK(ids(govsim::escalation_routes(network, at("manager"))) == std::vector<std::string>{"ijb", "head"});
  CHECK(govsim::escalation_routes(network, at("chief_executive")).empty());
}

TEST_CASE_METHOD(Fixture, "an actor's forums include the forums of its forums", "[model][network]") {
  CHECK(ids(govsim::forums_of(network, at("head"))) == std::vector<std::string>{"committee", "council"});
  CHECK(govsim::forums_of(network, at("team")).empty());
}

TEST_CASE_METHOD(Fixture, "reachability follows only the named link types and avoids agents",
                 "[model][network]") {
  using govsim::LinkType;
  CHECK(govsim::reachable(network, at("head"), at("council"), {LinkType::accountable_to}));
  CHECK_FALSE(govsim::reachable(network, at("head"), at("council"), {LinkType::reports_to}));
  CHECK_FALSE(
      govsim::reachable(network, at("head"), at("council"), {LinkType::accountable_to}, {at("committee")}));
  CHECK(govsim::escalation_reaches(network, at("team"), at("chief_executive")));
  CHECK_FALSE(govsim::escalation_reaches(network, at("chief_executive"), at("team")));
}

TEST_CASE_METHOD(Fixture, "one search finds everyone whose concerns can reach any of several agents",
                 "[model][network]") {
  using govsim::LinkType;
  const auto reached = govsim::can_escalate_to(network, {at("chief_executive"), at("committee")});
  for (const char* id : {"team", "manager", "head", "chief_executive", "committee"}) {
    INFO(id);
    CHECK(reached[at(id)]);
  }
  for (const char* id : {"council", "ijb", "cllr"}) {
    INFO(id);
    CHECK_FALSE(reached[at(id)]);
  }
  const auto all = govsim::reach(network, at("head"), {LinkType::accountable_to, LinkType::reports_to});
  CHECK(all[at("head")]);
  CHECK(all[at("council")]);
  CHECK(all[at("chief_executive")]);
  CHECK_FALSE(all[at("team")]);
}

TEST_CASE_METHOD(Fixture, "all escalation paths from the team to the council, shortest first",
                 "[model][network]") {
  const auto paths = govsim::escalation_paths_between(network, at("team"), at("council"));
  REQUIRE(paths.size() == 1);
  CHECK(ids(paths[0]) == std::vector<std::string>{"team", "manager", "head", "committee", "council"});
  CHECK(govsim::escalation_paths_between(network, at("team"), at("chief_executive"), 1).size() == 1);
}

TEST_CASE("line management that goes round in a circle is found", "[model][network]") {
  const auto loaded = govsim::load_arrangement({"cycle.yaml", R"(
jurisdiction: scotland
agents:
  - {id: a, role: operational_manager}
  - {id: b, role: operational_manager}
  - {id: c, role: operational_manager}
links:
  - a line_manages b
  - b line_manages c
  - c line_manages a
)",
                                                false});
  const auto cycle = govsim::line_management_cycle(loaded.arrangement.network);
  CHECK(cycle.size() == 3);
  CHECK(loaded.findings.has_rule("line-management-cycle"));
  SECTION("a proper hierarchy has none") {
    Fixture fixture;
    CHECK(govsim::line_management_cycle(fixture.network).empty());
  }
}
