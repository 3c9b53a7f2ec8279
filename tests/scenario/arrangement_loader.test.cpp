#include <catch2/catch.hpp>
#include <string>

#include "scenario/arrangement_loader.hpp"

using govsim::Finding;
using govsim::InputText;
using govsim::load_arrangement;

namespace {

std::string errors_of(const govsim::Findings& findings) {
  std::string all;
  for (const Finding& f : findings.items()) all += f.format() + "\n";
  return all;
}

// Expects loading `text` to report `rule`, at `line`, with a message containing `words`.
void expect_problem(const std::string& text, const std::string& rule, int line, const std::string& words) {
  const auto loaded = load_arrangement({"bad.yaml", text, false});
  INFO(errors_of(loaded.findings));
  bool found = false;
  for (const Finding& f : loaded.findings.items())
    if (f.rule == rule && f.place.line == line && f.message.find(words) != std::string::npos) found = true;
  CHECK(found);
}

}  // namespace

TEST_CASE("a minimal arrangement is short and defaults fill the rest", "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"minimal.yaml", R"(
jurisdiction: scotland
agents:
  - {id: cswo, role: cswo}
  - {id: cllr, role: councillor}
  - {id: council, role: full_council, members: [cllr]}
links:
  - cswo reports_to council
)",
                                        false});
  REQUIRE_FALSE(loaded.findings.has_errors());
  const govsim::Arrangement& a = loaded.arrangement;
  CHECK(a.name == "minimal");
  CHECK(a.integration == govsim::Integration::ijb);
  const govsim::Agent& cswo = a.agent(*a.find("cswo"));
  CHECK(cswo.capacity_per_day > 0);
  CHECK(cswo.response_days.mean() > 0);
  CHECK(cswo.escalation_threshold == 4);
  CHECK(cswo.independence == 1.0);
  const govsim::Agent& council = a.agent(*a.find("council"));
  REQUIRE(council.meetings);
  CHECK(council.meetings->every_days == 42);
  CHECK(a.statutory_officer.agent == "cswo");
  CHECK(a.statutory_officer.qualified);
  CHECK_FALSE(a.confidentiality.personal_information_to_elected_members);
  const auto edge = boost::edge(*a.find("cswo"), *a.find("council"), a.network);
  REQUIRE(edge.second);
  CHECK(a.network[edge.first].recorded);
  CHECK(a.network[edge.first].reliability == 1.0);
}

TEST_CASE("a councillor on a body votes by default, an officer does not", "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"votes.yaml", R"(
jurisdiction: scotland
agents:
  - {id: cswo, role: cswo}
  - {id: cllr, role: councillor}
  - {id: ne, role: health_board_non_executive}
  - {id: ijb, role: ijb, members: [cllr, ne, cswo]}
)",
                                        false});
  const auto& a = loaded.arrangement;
  auto voting = [&](const char* member) {
    return a.network[boost::edge(*a.find(member), *a.find("ijb"), a.network).first].voting;
  };
  CHECK(voting("cllr"));
  CHECK(voting("ne"));
  CHECK_FALSE(voting("cswo"));
}

TEST_CASE("a CSWO with operational posts is less independent by default", "[scenario][arrangement]") {
  const auto independence = [](const std::string& roles, const std::string& on_team) {
    const auto loaded =
        load_arrangement({"x.yaml",
                          "jurisdiction: scotland\nagents:\n  - {id: cswo, roles: [" + roles +
                              "]}\nstatutory_officer: {on_corporate_management_team: " + on_team + "}\n",
                          false});
    return loaded.arrangement.agent(*loaded.arrangement.find("cswo")).independence;
  };
  CHECK(independence("cswo", "true") == Approx(1.0));
  CHECK(independence("cswo, head_of_service", "true") == Approx(0.8));
  CHECK(independence("cswo, head_of_service", "false") == Approx(0.6));
  CHECK(independence("cswo, head_of_service, ijb_chief_officer", "false") == Approx(0.4));
}

TEST_CASE("groups expand to every agent holding a role", "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"groups.yaml", R"(
jurisdiction: england
agents:
  - {id: dass, role: dass}
  - {id: a, role: councillor}
  - {id: b, role: lead_member}
  - {id: c, role: leader}
links:
  - "@elected_members has_access_to dass"
)",
                                        false});
  REQUIRE_FALSE(loaded.findings.has_errors());
  CHECK(boost::in_degree(*loaded.arrangement.find("dass"), loaded.arrangement.network) == 3);
}

TEST_CASE("an agent may name the council area it serves, and a national body names none",
          "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"areas.yaml", R"(
jurisdiction: scotland
agents:
  - {id: fife.cswo, role: cswo, area: fife}
  - {id: fife.cllr, role: councillor, area: fife}
  - {id: fife.council, role: full_council, members: [fife.cllr], area: fife}
  - {id: care_inspectorate, role: regulator}
)",
                                        false});
  INFO(errors_of(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  const govsim::Arrangement& a = loaded.arrangement;
  CHECK(a.agent(*a.find("fife.cswo")).area == "fife");
  CHECK(a.agent(*a.find("fife.council")).area == "fife");
  CHECK(a.agent(*a.find("care_inspectorate")).area.empty());
}

TEST_CASE("a misspelt role is one error, not a cascade about what kind of agent it is",
          "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"typo.yaml", R"(
jurisdiction: scotland
agents:
  - {id: cllr, role: councillor}
  - {id: council, role: Full_Council, members: [cllr], chair: cllr, meets_every_days: 42, budget: 300}
  - {id: team, role: frontline_team, funded_by: council}
  - {id: provider, role: provider}
links:
  - cllr accountable_to council
  - council commissions provider
)",
                                        false});
  const auto errors = errors_of(loaded.findings);
  INFO(errors);
  CHECK(loaded.findings.count(Finding::Severity::error) == 1);
  CHECK(errors.find("did you mean 'full_council'") != std::string::npos);
}

TEST_CASE("well-formedness problems are each reported with their place", "[scenario][arrangement]") {
  SECTION("a misspelt area") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cswo, aera: fife}\n", "unknown-key", 3,
                   "did you mean 'area'");
  }
  SECTION("an unknown key, with a suggestion") {
    expect_problem("jurisdiction: scotland\nagnets: []\n", "unknown-key", 2, "did you mean 'agents'");
  }
  SECTION("an unknown key that is close to nothing lists the keys there are") {
    expect_problem("jurisdiction: scotland\nfoo: 1\n", "unknown-key", 2, "use one of: name, description");
  }
  SECTION("an unknown role that is close to nothing lists the roles there are") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: headteacher}\n", "unknown-role", 3,
                   "use one of: councillor, lead_member");
  }
  SECTION("an unknown role") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cwso}\n", "unknown-role", 3,
                   "did you mean 'cswo'");
  }
  SECTION("an unknown agent in a link") {
    expect_problem(
        "jurisdiction: scotland\nagents:\n  - {id: cswo, role: cswo}\nlinks:\n  - cswo reports_to cheif\n",
        "unknown-agent", 5, "unknown agent 'cheif'");
  }
  SECTION("a duplicate id") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cswo}\n  - {id: x, role: dass}\n",
                   "duplicate-id", 4, "first declared at line 3");
  }
  SECTION("a wrong type") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cswo, capacity: lots}\n", "wrong-type",
                   3, "'capacity' in an agent must be a number");
  }
  SECTION("a negative latency") {
    expect_problem(
        "jurisdiction: scotland\nagents:\n  - {id: x, role: cswo}\n  - {id: y, role: "
        "chief_executive}\nlinks:\n"
        "  - {from: x, to: y, type: reports_to, latency: {exponential: -3}}\n",
        "negative-value", 6, "cannot be less than zero");
  }
  SECTION("a line management cycle") {
    expect_problem(
        "jurisdiction: scotland\nagents:\n  - {id: x, role: operational_manager}\n  - {id: y, role: "
        "operational_manager}\nlinks:\n  - x line_manages y\n  - y line_manages x\n",
        "line-management-cycle", 3, "goes round in a circle");
  }
  SECTION("a body with no members") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: ijb, role: ijb}\n", "body-without-members", 3,
                   "has no members");
  }
  SECTION("a link that is not FROM TYPE TO") {
    expect_problem("jurisdiction: scotland\nagents: []\nlinks:\n  - cswo reports to council\n", "bad-link", 4,
                   "'FROM TYPE TO'");
  }
  SECTION("a link to nothing") {
    expect_problem(
        "jurisdiction: scotland\nagents:\n  - {id: x, role: cswo}\nlinks:\n  - {from: x, type: advises}\n",
        "missing-key", 5, "needs 'to'");
  }
  SECTION("a missing jurisdiction") { expect_problem("agents: []\n", "missing-key", 1, "jurisdiction"); }
  SECTION("a section written twice") {
    expect_problem("jurisdiction: scotland\nagents: []\nlinks: []\nlinks: []\n", "duplicate-key", 4,
                   "duplicate key 'links' in the arrangement (first written at line 3)");
  }
  SECTION("a capacity of nothing") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cswo, capacity: 0}\n", "out-of-range",
                   3, "must be a positive number of items a day");
  }
  SECTION("body-only keys on a person") {
    expect_problem("jurisdiction: scotland\nagents:\n  - {id: x, role: cswo, meets_every_days: 7}\n",
                   "not-a-body", 3, "for bodies");
  }
}

TEST_CASE("all problems in a file are reported, not just the first", "[scenario][arrangement]") {
  const auto loaded = load_arrangement({"many.yaml", R"(
jurisdiction: scotlnd
agents:
  - {id: a, role: cwso, colour: red}
  - {id: b, role: councillor, threshold: 9}
links:
  - a advisess b
)",
                                        false});
  CHECK(loaded.findings.count(Finding::Severity::error) == 5);
}

TEST_CASE("text that cannot be read as an arrangement is an input error naming the place",
          "[scenario][arrangement]") {
  auto message_for = [](const std::string& text) {
    try {
      load_arrangement({"broken.yaml", text, false});
    } catch (const govsim::InputError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(message_for(""), Catch::StartsWith("broken.yaml: error: empty file"));
  CHECK_THAT(message_for("jurisdiction: [scotland\nagents: {\n"),
             Catch::StartsWith("broken.yaml:") && Catch::Contains("not valid YAML"));
  CHECK_THAT(message_for("- a\n- b\n"), Catch::Contains("must be a YAML mapping"));
}

TEST_CASE("a YAML alias bomb is refused without expanding it", "[scenario][arrangement]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + std::string(1, c) + " [";
    for (int i = 0; i < 9; ++i) bomb += std::string(i ? ", " : "") + "*" + std::string(1, char(c - 1));
    bomb += "]\n";
  }
  bomb += "jurisdiction: scotland\nagents: *j\nlinks: *j\n";
  const auto loaded = load_arrangement({"bomb.yaml", bomb, false});
  CHECK(loaded.findings.has_errors());
  CHECK(loaded.findings.items().size() < 100);
}
