#include "behaviour/rules.hpp"

#include <cmath>

#include "model/arrangement.hpp"

namespace govsim {

bool should_escalate(const Agent& agent, int severity) { return severity >= agent.escalation_threshold; }

bool advice_is_softened(double independence, const BehaviourParameters& b, RandomStream& random) {
  return random.bernoulli(b.softening_per_lost_independence * (1.0 - independence));
}

bool advice_is_left_unrecorded(double independence, const BehaviourParameters& b, RandomStream& random) {
  return random.bernoulli(b.unrecorded_per_lost_independence * (1.0 - independence));
}

bool concern_is_held(double independence, const BehaviourParameters& b, RandomStream& random) {
  return random.bernoulli(b.holding_per_lost_independence * (1.0 - independence));
}

double next_meeting_day(const MeetingCycle& cycle, double now) {
  if (now <= cycle.first_day) return cycle.first_day;
  const double cycles = std::ceil((now - cycle.first_day) / cycle.every_days);
  return cycle.first_day + cycles * cycle.every_days;
}

Delivery delivery_of_personal_information(bool recipient_faces_members, bool recipient_is_scrutiny,
                                          const ConfidentialityRules& rules) {
  if (!recipient_faces_members) return Delivery::as_sent;
  if (rules.personal_information_to_elected_members) return Delivery::breach;
  if (recipient_is_scrutiny && !rules.aggregates_to_scrutiny) return Delivery::nothing;
  return Delivery::as_aggregate;
}

bool forum_questions(const BehaviourParameters& b, RandomStream& random) {
  return random.bernoulli(b.forum_question_probability);
}

std::uint32_t poisson(double mean, RandomStream& random) {
  if (mean <= 0.0) return 0;
  if (mean > 30.0) {
    const double x = std::round(mean + std::sqrt(mean) * random.normal());
    return x < 0 ? 0 : static_cast<std::uint32_t>(x);
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
