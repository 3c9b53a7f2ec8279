#include "behaviour/world.hpp"

#include <algorithm>
#include <cmath>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"

namespace govsim {

World::World(GovernanceRun& run) : run_(run) {
  for (const auto& [name, value] : run.scenario.conditions) {
    condition_names_.push_back(run.log.intern(name));
    conditions_.push_back(value);
    levels_.push_back({value, 1.0, 0.0});
  }
  // Each cohort's arrivals, and every draw about each person, come from the
  // cohort's own stream in a fixed order, whatever governance does: two
  // arrangements meet the same people on the same days (common random numbers).
  for (const Cohort& c : run.scenario.cohorts) {
    cohorts_.push_back({run.streams.stream("cohort " + c.id), {}, -1.0, 0, false});
    cohort_subjects_.push_back(run.log.intern(c.subject));
  }
  const double gap = run.parameters[Param::funding_gap];
  for (AgentVertex body : run.model.budget_holders()) {
    Money m{body, run.agent(body).budget};
    m.pressure = m.start = budget_pressure(m.budget, gap, 0.0, 0.0);
    money_.push_back(m);
  }
}

World::Money* World::money(AgentVertex body) {
  for (Money& m : money_)
    if (m.body == body) return &m;
  return nullptr;
}
const World::Money* World::money(AgentVertex body) const {
  for (const Money& m : money_)
    if (m.body == body) return &m;
  return nullptr;
}

double World::pressure(AgentVertex funder) const {
  const Money* m = funder == no_agent ? nullptr : money(funder);
  return m ? m->pressure : run_.parameters[Param::funding_gap];
}
double World::budget(AgentVertex funder) const {
  const Money* m = funder == no_agent ? nullptr : money(funder);
  return m ? m->budget * (1.0 - m->cut) : 0.0;
}
double World::staffing(AgentVertex funder) const {
  const Money* m = funder == no_agent ? nullptr : money(funder);
  return m ? m->staffing : 1.0;
}

void World::update(Money& m) {
  const double pressure = budget_pressure(m.budget, run_.parameters[Param::funding_gap], m.committed, m.cut);
  if (pressure != m.pressure) {
    m.pressure = pressure;
    run_.log.budget_changed(m.body, pressure);
  }
  const double staffing = staffing_for(m.pressure, m.start, run_.parameters);
  if (staffing != m.staffing) {
    m.staffing = staffing;
    run_.log.staffing_changed(m.body, staffing);
  }
}

void World::commit(AgentVertex funder, double yearly_cost) {
  if (Money* m = funder == no_agent ? nullptr : money(funder)) {
    m->committed += yearly_cost;
    update(*m);
  }
}

void World::cut(AgentVertex body, double share) {
  if (Money* m = money(body)) {
    m->cut = 1.0 - (1.0 - m->cut) * (1.0 - share);
    update(*m);
  }
}

double World::band_multiplier(int band) const {
  constexpr Param by_band[] = {Param::band_harm_low, Param::band_harm_moderate, Param::band_harm_substantial,
                               Param::band_harm_critical};
  return run_.parameters[by_band[band - 1]];
}

// Of people eligible for care, the share left without it: the cohort's unmet
// share, plus those waiting because staff are short.
double World::unmet_share(int c, const std::vector<double>& conditions) const {
  const Cohort& cohort = run_.scenario.cohorts[static_cast<std::size_t>(c)];
  const auto& bound = run_.model.cohorts()[static_cast<std::size_t>(c)];
  const double share =
      bound.condition < 0 ? cohort.unmet_share : conditions[static_cast<std::size_t>(bound.condition)];
  const double waiting =
      run_.parameters[Param::unmet_per_staff_shortfall] * (1.0 - staffing(run_.plan(bound.team).funder));
  return std::clamp(share + waiting, 0.0, 1.0);
}

double World::expected_harm(int c, const std::vector<double>& conditions) const {
  const Cohort& cohort = run_.scenario.cohorts[static_cast<std::size_t>(c)];
  const auto& bound = run_.model.cohorts()[static_cast<std::size_t>(c)];
  const double unmet = unmet_share(c, conditions);
  const double days = cohort.days_at_risk.mean();
  auto harmed = [&](double multiplier) {
    const double p = std::min(1.0, cohort.harm_per_day_unmet * multiplier);
    return 1.0 - std::pow(1.0 - p, days);
  };
  double per_person = 0.0;
  if (cohort.need_bands.empty()) {
    per_person = unmet * harmed(1.0);
  } else {
    const double threshold =
        bound.eligibility < 0 ? 1.0 : std::round(conditions[static_cast<std::size_t>(bound.eligibility)]);
    for (int band = 1; band <= 4; ++band) {
      const double share = cohort.need_bands[static_cast<std::size_t>(band - 1)];
      const double at_risk = band < threshold ? 1.0 : unmet;
      per_person += share * at_risk * harmed(band_multiplier(band));
    }
  }
  return cohort.arrivals_per_day.mean() * per_person;
}

// A condition is a level set by procedures and decisions (`set`), times the
// factors of measures still in force (`multiply`), plus their offsets (`add`):
// a practice direction that halves unsafe discharges keeps halving them when a
// later decision sets a new procedure.
void World::change(std::vector<Level>& levels, const ConditionChange& change) const {
  Level& l = levels[*run_.scenario.condition_index(change.condition)];
  switch (change.operation) {
    case ConditionChange::Operation::set:
      l.base = change.value;
      break;
    case ConditionChange::Operation::add:
      l.offset += change.value;
      break;
    case ConditionChange::Operation::multiply:
      l.factor *= change.value;
      break;
  }
}

std::vector<double> World::values(const std::vector<Level>& levels) {
  std::vector<double> v;
  v.reserve(levels.size());
  for (const Level& l : levels) v.push_back(l.base * l.factor + l.offset);
  return v;
}

double World::expected_harm(int c, const std::vector<ConditionChange>* changes) const {
  if (!changes || changes->empty()) return expected_harm(c, conditions_);
  std::vector<Level> after = levels_;
  for (const ConditionChange& x : *changes) change(after, x);
  return expected_harm(c, values(after));
}

bool World::mitigated_since(int cohort, double since) const {
  return cohorts_[static_cast<std::size_t>(cohort)].mitigated >= since;
}

void World::apply(const std::vector<ConditionChange>& changes, AgentVertex by, AgentVertex authority) {
  if (changes.empty()) return;
  std::vector<double> before;
  for (std::size_t c = 0; c < cohorts_.size(); ++c)
    before.push_back(expected_harm(static_cast<int>(c), conditions_));
  for (const ConditionChange& x : changes) {
    change(levels_, x);
    conditions_ = values(levels_);
    const std::size_t i = *run_.scenario.condition_index(x.condition);
    run_.log.condition_changed(by, condition_names_[i], conditions_[i], authority);
  }
  for (std::size_t c = 0; c < cohorts_.size(); ++c)
    if (expected_harm(static_cast<int>(c), conditions_) < before[c]) cohorts_[c].mitigated = run_.now();
}

void World::begin_day(int day) {
  const double today = static_cast<double>(day);
  const Parameters& p = run_.parameters;
  for (std::size_t c = 0; c < cohorts_.size(); ++c) {
    const Cohort& cohort = run_.scenario.cohorts[c];
    const auto& bound = run_.model.cohorts()[c];
    CohortState& state = cohorts_[c];

    // Harm first, among those already at risk...
    std::vector<Person> harmed;
    std::erase_if(state.at_risk, [&](const Person& person) {
      if (person.harm_day <= today && person.harm_day < person.until) {
        harmed.push_back(person);
        return true;  // harmed: now known to services through the referral
      }
      return person.until <= today || person.harm_day <= today;  // the need was met some other way first
    });

    // ...then today's arrivals join them.
    const std::uint32_t arrivals = poisson(cohort.arrivals_per_day.sample(state.random), state.random);
    const double unmet = unmet_share(static_cast<int>(c), conditions_);
    const double threshold =
        bound.eligibility < 0 ? 1.0 : std::round(conditions_[static_cast<std::size_t>(bound.eligibility)]);
    std::uint32_t ineligible = 0, without_care = 0;
    double expected = 0.0;  // harm to come from today's care gaps, on average over who happens to be harmed
    for (std::uint32_t i = 0; i < arrivals; ++i) {
      const double band_draw = state.random.uniform01();
      const double care_draw = state.random.uniform01();
      const double threshold_draw = state.random.exponential(1.0);
      const double days_at_risk = cohort.days_at_risk.sample(state.random);
      const double complaint_draw = state.random.uniform01();
      const double councillor_draw = state.random.uniform01();
      int band = 3;  // no bands: harmed at the cohort's own rate
      double multiplier = 1.0;
      if (!cohort.need_bands.empty()) {
        double cumulative = 0.0;
        band = 4;
        for (int b = 1; b <= 4; ++b) {
          cumulative += cohort.need_bands[static_cast<std::size_t>(b - 1)];
          if (band_draw < cumulative) {
            band = b;
            break;
          }
        }
        multiplier = band_multiplier(band);
      }
      const bool eligible = band >= threshold;
      const double daily = std::min(1.0, cohort.harm_per_day_unmet * multiplier);
      // Harm can come on days today+1 ... before the need ends (today + days_at_risk)
      // and before the run ends: that many daily chances.
      const double chances =
          std::max(0.0, std::min(std::ceil(days_at_risk) - 1.0, std::ceil(run_.days) - 1.0 - today));
      expected += (eligible ? unmet : 1.0) * (1.0 - std::pow(1.0 - daily, chances));
      const bool at_risk = !eligible || care_draw < unmet;
      if (!at_risk) continue;
      (eligible ? without_care : ineligible) += 1;
      const double harm_in = harm_day(threshold_draw, daily);
      state.at_risk.push_back({today + harm_in, today + days_at_risk, complaint_draw, councillor_draw});
    }
    if (expected > 0.0) run_.log.harm_expected(bound.agent, cohort_subjects_[c], expected);
    if (ineligible > 0)
      run_.log.need_unmet(bound.agent, cohort_subjects_[c], ineligible, Note::below_eligibility);
    if (without_care > 0)
      run_.log.need_unmet(bound.agent, cohort_subjects_[c], without_care, Note::without_care);

    if (harmed.empty()) continue;
    const auto count = static_cast<std::uint32_t>(harmed.size());
    state.harms += count;
    run_.log.harm(bound.agent, bound.team, cohort_subjects_[c], count);
    for (const Person& person : harmed) {
      // An adult protection referral to the team (ASP (Scotland) Act 2007 s4: the council must inquire).
      Item notice;
      notice.type = ItemType::harm_notice;
      notice.subject = cohort_subjects_[c];
      notice.severity = 4;
      notice.personal = true;
      notice.new_case = true;
      notice.harms = 1;
      // A referral is a formal process, on the record, whatever links the people have.
      run_.mail.send_by(bound.agent, bound.team, run_.mail.create(notice), Channel::referral, true);
      // Some families complain to a councillor (ADASS guidance: councillors raise constituents' complaints).
      const AgentVertex constituents = run_.model.area(bound.area).constituents;
      if (constituents != no_agent && !bound.complaint_recipients.empty() &&
          person.complaint < p[Param::complaint_per_harm]) {
        Item complaint = notice;
        complaint.type = ItemType::complaint;
        complaint.personal = false;  // the family's own account, shared by choice
        complaint.new_case = false;
        complaint.severity = 3;
        complaint.harms = 0;
        const auto pick =
            std::min(bound.complaint_recipients.size() - 1,
                     static_cast<std::size_t>(person.councillor *
                                              static_cast<double>(bound.complaint_recipients.size())));
        run_.mail.send_direct(constituents, bound.complaint_recipients[pick], run_.mail.create(complaint),
                              Channel::complaint, true);
      }
    }
    if (!state.regulator_engaged && state.harms >= p[Param::harms_to_regulator_interest]) {
      state.regulator_engaged = true;
      run_.forums.regulator_inspects(cohort_subjects_[c], state.harms);
    }
  }
}

}  // namespace govsim
