#include <catch2/catch.hpp>

#include "model/link_type.hpp"
#include "model/role.hpp"

using govsim::Role;

TEST_CASE("every role reads back from its own name", "[model][role]") {
  for (std::string_view name : govsim::role_names()) {
    const auto role = govsim::parse_role(name);
    REQUIRE(role);
    CHECK(govsim::to_string(*role) == name);
  }
  CHECK_FALSE(govsim::parse_role("cwso"));
}

TEST_CASE("the roles of the design are all there", "[model][role]") {
  for (const char* name : {"councillor",
                           "lead_member",
                           "leader",
                           "scrutiny_committee",
                           "full_council",
                           "cabinet",
                           "chief_executive",
                           "dass",
                           "cswo",
                           "ijb",
                           "ijb_chief_officer",
                           "ijb_chief_finance_officer",
                           "health_board",
                           "hospital",
                           "operational_manager",
                           "frontline_team",
                           "provider",
                           "regulator",
                           "ombudsman",
                           "constituents",
                           "service_users"})
    CHECK(govsim::parse_role(name));
}

TEST_CASE("councillors are elected members and boards are bodies", "[model][role]") {
  CHECK(govsim::is_elected_member(Role::councillor));
  CHECK(govsim::is_elected_member(Role::lead_member));
  CHECK(govsim::is_elected_member(Role::leader));
  CHECK_FALSE(govsim::is_elected_member(Role::cswo));
  CHECK_FALSE(govsim::is_elected_member(Role::health_board_non_executive));
  CHECK(govsim::kind_of(Role::ijb) == govsim::AgentKind::body);
  CHECK(govsim::kind_of(Role::full_council) == govsim::AgentKind::body);
  CHECK(govsim::kind_of(Role::cswo) == govsim::AgentKind::person);
  CHECK(govsim::kind_of(Role::service_users) == govsim::AgentKind::cohort);
  CHECK(govsim::is_statutory_post(Role::cswo));
  CHECK(govsim::is_statutory_post(Role::dass));
  CHECK_FALSE(govsim::is_statutory_post(Role::operational_manager));
}

TEST_CASE("every link type reads back from its own name", "[model][link]") {
  for (std::string_view name : govsim::link_type_names()) {
    const auto type = govsim::parse_link_type(name);
    REQUIRE(type);
    CHECK(govsim::to_string(*type) == name);
  }
  CHECK(govsim::link_type_names().size() == 10);
}
