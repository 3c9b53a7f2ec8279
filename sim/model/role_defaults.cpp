#include "model/role_defaults.hpp"

namespace govsim {

RoleDefaults defaults_for(Role role) {
  switch (role) {
    case Role::councillor:
      return {5, 3.0, 3, 0};
    case Role::lead_member:
      return {5, 2.0, 3, 0};
    case Role::leader:
      return {5, 2.0, 4, 0};
    case Role::scrutiny_committee:
      return {20, 0.0, 3, 42};  // six-weekly
    case Role::cabinet:
      return {20, 0.0, 4, 14};  // fortnightly
    case Role::full_council:
      return {30, 0.0, 5, 42};
    case Role::chief_executive:
      return {10, 1.0, 4, 0};
    case Role::dass:
      return {8, 1.0, 4, 0};
    case Role::cswo:
      return {8, 1.0, 4, 0};
    case Role::ijb:
      return {20, 0.0, 4, 42};
    case Role::ijb_chief_officer:
      return {8, 1.0, 4, 0};
    case Role::ijb_chief_finance_officer:
      return {8, 2.0, 4, 0};
    case Role::health_board:
      return {20, 0.0, 4, 56};
    case Role::health_board_non_executive:
      return {5, 3.0, 3, 0};
    case Role::professional_adviser:
      return {5, 2.0, 3, 0};
    case Role::hospital:
      return {50, 0.5, 3, 0};
    case Role::head_of_service:
      return {10, 1.0, 3, 0};
    case Role::operational_manager:
      return {10, 1.0, 3, 0};
    case Role::frontline_team:
      return {20, 0.5, 2, 0};
    case Role::provider:
      return {20, 1.0, 2, 0};
    case Role::regulator:
      return {5, 5.0, 3, 0};
    case Role::ombudsman:
      return {5, 10.0, 3, 0};
    case Role::constituents:
      return {100, 0.0, 5, 0};
    case Role::service_users:
      return {100, 0.0, 5, 0};
  }
  return {10, 1.0, 3, 0};
}

}  // namespace govsim
