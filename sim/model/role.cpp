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
  return role == Role::cswo || role == Role::dass || role == Role::chief_executive ||
         role == Role::ijb_chief_officer || role == Role::ijb_chief_finance_officer;
}

}  // namespace govsim
