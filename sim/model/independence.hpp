#pragma once

#include "model/agent.hpp"
#include "model/parameters.hpp"

namespace govsim {

/// The statutory officer's independence when its file does not set one: 1, less
/// `independence_lost_per_operational_post` for each operational post it holds
/// (head of service, operational manager, IJB chief officer), less
/// `independence_lost_off_management_team` when it is off the corporate
/// management team, never below `minimum_default_independence`. Improvement
/// Service, Elected Member Briefing Note: Chief Social Work Officer (2017): the
/// professional role "is distinct from the post holder's operational management
/// responsibilities" and the two "can be conflictual" (docs/domain.md).
double default_independence(const Agent& officer, bool on_corporate_management_team, const Parameters& p);

}  // namespace govsim
