#include "scene/tier.hpp"

#include <algorithm>
#include <array>

namespace govsim::view {

Tier tier_of(Role role) {
  switch (role) {
    case Role::councillor:
    case Role::lead_member:
    case Role::scrutiny_committee:
    case Role::cabinet:
    case Role::full_council:
      return Tier::elected_members;
    // The issue puts the leader with the chief executive: together they run the council.
    case Role::leader:
    case Role::chief_executive:
      return Tier::corporate;
    case Role::dass:
    case Role::cswo:
    case Role::dcs:
      return Tier::professional;
    case Role::ijb:
    case Role::ijb_chief_officer:
    case Role::ijb_chief_finance_officer:
    case Role::professional_adviser:
      return Tier::integration;
    case Role::health_board:
    case Role::health_board_non_executive:
    case Role::hospital:
      return Tier::health;
    case Role::head_of_service:
    case Role::operational_manager:
    case Role::frontline_team:
    case Role::provider:
      return Tier::operations;
    case Role::regulator:
    case Role::ombudsman:
    case Role::constituents:
    case Role::service_users:
      return Tier::the_public;
  }
  return Tier::the_public;
}

Tier tier_of(const Agent& agent) {
  Tier best = Tier::the_public;
  for (Role role : agent.roles) best = std::min(best, tier_of(role));
  return best;
}

std::string_view tier_title(Tier tier) {
  switch (tier) {
    case Tier::elected_members:
      return "Elected members";
    case Tier::corporate:
      return "Council leadership";
    case Tier::professional:
      return "Professional lead";
    case Tier::integration:
      return "Integration authority";
    case Tier::health:
      return "Health";
    case Tier::operations:
      return "Services";
    case Tier::the_public:
      return "The public and regulators";
  }
  return "";
}

std::span<const Tier> all_tiers() {
  static constexpr std::array<Tier, tier_count> tiers{
      Tier::elected_members, Tier::corporate,  Tier::professional, Tier::integration,
      Tier::health,          Tier::operations, Tier::the_public};
  return tiers;
}

}  // namespace govsim::view
