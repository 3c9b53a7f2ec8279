#include "scenario/run_parameters.hpp"

namespace govsim {

Parameters run_parameters(const Arrangement& arrangement, const Scenario& scenario) {
  Parameters p;
  p.apply(arrangement.parameters);
  p.apply(scenario.parameters);
  return p;
}

}  // namespace govsim
