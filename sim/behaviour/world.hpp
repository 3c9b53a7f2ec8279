#pragma once

#include <cstdint>
#include <vector>

#include "behaviour/item.hpp"
#include "engine/random_stream.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

class GovernanceRun;

/// The world the governance acts on: people arriving with needs, eligibility
/// deciding who is served, unmet need and the harm it does, the conditions of
/// services, and each body's budget, pressure and staffing. Owns all of that.
class World {
 public:
  explicit World(GovernanceRun& run);

  /// Harm among those already at risk, then today's arrivals.
  void begin_day(int day);
  /// `by` made the changes; `authority`, if any, decided them (see LogWriter::condition_changed).
  void apply(const std::vector<ConditionChange>& changes, AgentVertex by, AgentVertex authority = no_agent);
  void commit(AgentVertex funder, double yearly_cost);
  void cut(AgentVertex body, double share);

  /// Expected people harmed per day in one cohort: under the conditions now, or
  /// with `changes` applied first. The professional view of an option's risk.
  double expected_harm(int cohort, const std::vector<ConditionChange>* changes = nullptr) const;
  /// Whether a change lowering a cohort's expected harm came at or after `since`.
  bool mitigated_since(int cohort, double since) const;
  double pressure(AgentVertex funder) const;
  double budget(AgentVertex funder) const;
  /// Staff of the services a funder pays for, as a share of their full number.
  double staffing(AgentVertex funder) const;

 private:
  struct Person {
    double harm_day;  ///< the day harm comes, unless need is met first
    double until;     ///< the day unmet need ends some other way
    double complaint, councillor;
  };
  struct CohortState {
    RandomStream random;
    std::vector<Person> at_risk;
    double mitigated = -1.0;
    std::uint32_t harms = 0;
    bool regulator_engaged = false;
  };
  struct Money {
    AgentVertex body;
    double budget, cut = 0.0, committed = 0.0, pressure = 0.0, start = 0.0, staffing = 1.0;
  };
  struct Level {
    double base, factor, offset;
  };
  void change(std::vector<Level>& levels, const ConditionChange& change) const;
  static std::vector<double> values(const std::vector<Level>& levels);
  double unmet_share(int cohort, const std::vector<double>& conditions) const;
  double expected_harm(int cohort, const std::vector<double>& conditions) const;
  double band_multiplier(int band) const;
  Money* money(AgentVertex body);
  const Money* money(AgentVertex body) const;
  void update(Money& m);

  GovernanceRun& run_;
  std::vector<double> conditions_;  ///< each condition's value now: its level's base x factor + offset
  std::vector<Level> levels_;
  std::vector<Symbol> condition_names_;
  std::vector<CohortState> cohorts_;
  std::vector<Symbol> cohort_subjects_;
  std::vector<Money> money_;
};

}  // namespace govsim
