#include "behaviour/rules.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace govsim {

bool should_escalate(const Agent& agent, int severity) { return severity >= agent.escalation_threshold; }

bool escalate_again(double last_day, int last_severity, std::uint32_t last_harms, double now, int severity,
                    std::uint32_t harms, const Parameters& p) {
  if (severity > last_severity) return true;
  if (harms > 0 &&
      static_cast<double>(harms) >= p[Param::re_escalation_growth] * std::max<double>(1.0, last_harms))
    return true;
  return now - last_day >= p[Param::re_escalation_days];
}

bool advice_is_softened(double independence, const Parameters& p, RandomStream& random) {
  return random.bernoulli(p[Param::softening_per_lost_independence] * (1.0 - independence));
}

bool advice_is_left_unrecorded(double independence, const Parameters& p, RandomStream& random) {
  return random.bernoulli(p[Param::unrecorded_per_lost_independence] * (1.0 - independence));
}

bool concern_is_held(double independence, const Parameters& p, RandomStream& random) {
  return random.bernoulli(p[Param::holding_per_lost_independence] * (1.0 - independence));
}

Delivery delivery_of_personal_information(bool recipient_faces_members, bool recipient_is_scrutiny,
                                          const ConfidentialityRules& rules) {
  if (!recipient_faces_members) return Delivery::as_sent;
  if (rules.personal_information_to_elected_members) return Delivery::breach;
  if (recipient_is_scrutiny && !rules.aggregates_to_scrutiny) return Delivery::nothing;
  return Delivery::as_aggregate;
}

bool forum_questions(double question_probability, RandomStream& random) {
  return random.bernoulli(question_probability);
}

double salience_added(double weight, int severity) { return weight * severity / 3.0; }

bool calls_in_scrutiny(double salience, bool opposition, const Parameters& p) {
  const double threshold =
      p[Param::salience_to_call_in_scrutiny] * (opposition ? p[Param::opposition_call_in_factor] : 1.0);
  return salience >= threshold;
}

double budget_pressure(double budget, double funding_gap, double committed, double cut) {
  if (budget <= 0.0) return 0.0;
  const double needed = budget * (1.0 + funding_gap) + committed;
  const double available = budget * (1.0 - cut);
  return needed / available - 1.0;
}

double staffing_for(double pressure, double starting_pressure, const Parameters& p) {
  const double staffing = 1.0 - p[Param::staffing_per_pressure] * (pressure - starting_pressure);
  return std::clamp(staffing, p[Param::minimum_staffing], 1.0);
}

double harm_day(double threshold, double daily_probability) {
  if (daily_probability <= 0.0) return std::numeric_limits<double>::infinity();
  if (daily_probability >= 1.0) return 1.0;
  const double hazard = -std::log1p(-daily_probability);
  return std::max(1.0, std::ceil(threshold / hazard));
}

std::uint32_t poisson(double mean, RandomStream& random) {
  if (mean <= 0.0) return 0;
  if (mean > 30.0) {
    const double x = std::round(mean + std::sqrt(mean) * random.normal());
    // Clamped before the conversion, which is undefined for a value too large.
    constexpr double most = std::numeric_limits<std::uint32_t>::max();
    return x < 0 ? 0 : x >= most ? std::numeric_limits<std::uint32_t>::max() : static_cast<std::uint32_t>(x);
  }
  const double limit = std::exp(-mean);
  std::uint32_t count = 0;
  double product = random.uniform01();
  while (product > limit) {
    ++count;
    product *= random.uniform01();
  }
  return count;
}

}  // namespace govsim
