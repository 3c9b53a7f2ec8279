#include "model/independence.hpp"

#include <algorithm>

namespace govsim {

double default_independence(const Agent& officer, bool on_corporate_management_team, const Parameters& p) {
  constexpr Role operational_posts[] = {Role::head_of_service, Role::operational_manager, Role::ijb_chief_officer};
  double independence = 1.0;
  for (Role post : operational_posts)
    if (officer.holds(post)) independence -= p[Param::independence_lost_per_operational_post];
  if (!on_corporate_management_team) independence -= p[Param::independence_lost_off_management_team];
  return std::max(p[Param::minimum_default_independence], independence);
}

}  // namespace govsim
