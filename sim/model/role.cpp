#include "model/role.hpp"

#include <array>

namespace govsim {
namespace {

struct RoleInfo {
  std::string_view name;
  AgentKind kind;
};

constexpr std::array role_table{
#define GOVSIM_ROLE_INFO(name, kind) RoleInfo{#name, AgentKind::kind},
    GOVSIM_ROLES(GOVSIM_ROLE_INFO)
#undef GOVSIM_ROLE_INFO
};

constexpr auto make_names() {
  std::array<std::string_view, role_table.size()> names{};
  for (std::size_t i = 0; i < role_table.size(); ++i) names[i] = role_table[i].name;
  return names;
}
constexpr auto names = make_names();

}  // namespace

std::string_view to_string(Role role) { return role_table[static_cast<std::size_t>(role)].name; }

std::optional<Role> parse_role(std::string_view name) {
  for (std::size_t i = 0; i < role_table.size(); ++i)
    if (role_table[i].name == name) return static_cast<Role>(i);
  return std::nullopt;
}

std::span<const std::string_view> role_names() { return names; }

AgentKind kind_of(Role role) { return role_table[static_cast<std::size_t>(role)].kind; }

std::string_view to_string(AgentKind kind) {
  switch (kind) {
    case AgentKind::person:
      return "person";
    case AgentKind::body:
      return "body";
    case AgentKind::organisation:
      return "organisation";
    case AgentKind::cohort:
      return "cohort";
  }
  return "person";
}

bool is_elected_member(Role role) {
  return role == Role::councillor || role == Role::lead_member || role == Role::leader;
}

bool is_council_forum(Role role) {
  return role == Role::scrutiny_committee || role == Role::cabinet || role == Role::full_council;
}

bool is_statutory_social_work_officer(Role role) { return role == Role::cswo || role == Role::dass; }

bool is_statutory_post(Role role) {
  return role == Role::cswo || role == Role::dass || role == Role::dcs || role == Role::chief_executive ||
         role == Role::ijb_chief_officer || role == Role::ijb_chief_finance_officer;
}

std::string_view role_words(Role role) {
  switch (role) {
    case Role::councillor:
      return "a councillor";
    case Role::lead_member:
      return "the lead member";
    case Role::leader:
      return "the council leader";
    case Role::scrutiny_committee:
      return "the scrutiny committee";
    case Role::cabinet:
      return "the cabinet";
    case Role::full_council:
      return "the full council";
    case Role::chief_executive:
      return "the chief executive";
    case Role::dass:
      return "the Director of Adult Social Services";
    case Role::cswo:
      return "the Chief Social Work Officer";
    case Role::dcs:
      return "the Director of Children's Services";
    case Role::ijb:
      return "the integration joint board";
    case Role::ijb_chief_officer:
      return "the IJB chief officer";
    case Role::ijb_chief_finance_officer:
      return "the IJB chief finance officer";
    case Role::health_board:
      return "the health board";
    case Role::health_board_non_executive:
      return "a health board member";
    case Role::professional_adviser:
      return "a professional adviser";
    case Role::hospital:
      return "the hospital";
    case Role::head_of_service:
      return "a head of service";
    case Role::operational_manager:
      return "an operational manager";
    case Role::frontline_team:
      return "a frontline team";
    case Role::provider:
      return "a care provider";
    case Role::regulator:
      return "the regulator";
    case Role::ombudsman:
      return "the ombudsman";
    case Role::constituents:
      return "the public";
    case Role::service_users:
      return "people who use services";
  }
  return "someone";
}

}  // namespace govsim
