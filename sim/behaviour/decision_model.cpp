#include "behaviour/decision_model.hpp"

#include <algorithm>
#include <cmath>

namespace govsim {

Score score(const OptionOnDesk& option, const Desk& desk, const Parameters& p) {
  Score s;
  s.performance = desk.weights.performance * option.performance;
  s.risk = -desk.weights.risk * desk.evidence * option.risk;
  s.cost = -desk.weights.cost * option.cost_points *
           (1.0 + p[Param::cost_pressure_factor] * std::max(0.0, desk.pressure));
  s.advice = option.advised ? p[Param::advice_weight] : 0.0;
  s.accountability = option.accountability;
  return s;
}

double evidence(double base, double harm_equivalents, const Parameters& p) {
  const double known = std::max(0.0, harm_equivalents);
  return base + (1.0 - base) * (1.0 - std::exp(-known / p[Param::evidence_harm_scale]));
}

double harm_equivalents(double harms, double complaints, double findings, const Parameters& p) {
  return harms + complaints * p[Param::complaint_harm_equivalent] + findings * p[Param::finding_harm_equivalent];
}

std::size_t best_option(std::span<const double> totals) {
  return static_cast<std::size_t>(std::max_element(totals.begin(), totals.end()) - totals.begin());
}

}  // namespace govsim
