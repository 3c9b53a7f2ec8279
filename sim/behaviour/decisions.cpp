#include "behaviour/decisions.hpp"

#include <algorithm>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"

namespace govsim {
namespace {

WeighingPolicy weighing;

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

Decisions::Decisions(GovernanceRun& run)
    : run_(run), state_(run.scenario.decision_points.size()), responses_(run.scenario.responses.size()) {
  for (const DecisionPoint& point : run.scenario.decision_points) {
    point_subjects_.push_back(run.log.intern(point.subject));
    first_option_.push_back(option_ids_.size());
    for (const DecisionOption& option : point.options) option_ids_.push_back(run.log.intern(option.id));
  }
  for (const Response& r : run.scenario.responses) response_ids_.push_back(run.log.intern(r.id));
  for (const Cohort& c : run.scenario.cohorts) cohort_subjects_.push_back(run.log.intern(c.subject));
  const char* words[] = {"performance", "risk", "cost", "advice", "accountability", "score"};
  for (int i = 0; i < 6; ++i) score_words_[i] = run.log.intern(words[i]);
}

// --- who answers for what ------------------------------------------------------

std::vector<int> Decisions::cohorts_of(Symbol subject) const {
  std::vector<int> cohorts;
  for (std::size_t c = 0; c < cohort_subjects_.size(); ++c)
    if (cohort_subjects_[c] == subject) cohorts.push_back(static_cast<int>(c));
  for (std::size_t p = 0; p < point_subjects_.size(); ++p)
    if (point_subjects_[p] == subject)
      for (int c : run_.model.decisions()[p].cohorts)
        if (!contains(cohorts, c)) cohorts.push_back(c);
  return cohorts;
}

void Decisions::answerable(Symbol subject, AgentVertex actor) {
  for (Answerable& a : answerable_)
    if (a.subject == subject) {
      a.actor = actor;
      return;
    }
  answerable_.push_back({subject, actor});
}

AgentVertex Decisions::accountable_for(Symbol subject) const {
  for (const Answerable& a : answerable_)
    if (a.subject == subject) return a.actor;
  const std::vector<int> cohorts = cohorts_of(subject);
  for (std::size_t p = 0; p < point_subjects_.size(); ++p)
    if (point_subjects_[p] == subject) return run_.model.decisions()[p].decider;
  for (std::size_t r = 0; r < run_.model.responses().size(); ++r) {
    const auto& bound = run_.model.responses()[r];
    if (contains(cohorts, bound.cohort) && !bound.takers.empty()) return bound.takers.front();
  }
  const GovernanceModel::AreaPlan* area = run_.area_for(subject);
  return area ? area->statutory_officer : no_agent;
}

bool Decisions::lever_open(AgentVertex taker, Symbol subject) const {
  const std::vector<int> cohorts = cohorts_of(subject);
  for (int r : run_.plan(taker).may_take) {
    const int cohort = run_.model.responses()[static_cast<std::size_t>(r)].cohort;
    if (responses_[static_cast<std::size_t>(r)].taken || !contains(cohorts, cohort)) continue;
    const double now_expected = run_.world.expected_harm(cohort);
    if (now_expected > 0 &&
        run_.world.expected_harm(cohort, &run_.scenario.responses[static_cast<std::size_t>(r)].changes) <
            now_expected)
      return true;
  }
  return false;
}

AgentVertex Decisions::holder_of_open_lever(Symbol subject) const {
  for (const auto& bound : run_.model.responses())
    for (AgentVertex taker : bound.takers)
      if (lever_open(taker, subject)) return taker;
  return no_agent;
}

bool Decisions::would_press(AgentVertex at, AgentVertex as, AgentVertex holder, Symbol subject,
                            bool operational) const {
  const std::vector<int> cohorts = cohorts_of(subject);
  for (int r : run_.plan(holder).may_take) {
    const int cohort = run_.model.responses()[static_cast<std::size_t>(r)].cohort;
    if (responses_[static_cast<std::size_t>(r)].taken || !contains(cohorts, cohort)) continue;
    const double now_expected = run_.world.expected_harm(cohort);
    const Response& response = run_.scenario.responses[static_cast<std::size_t>(r)];
    const double after = run_.world.expected_harm(cohort, &response.changes);
    if (now_expected <= 0 || after >= now_expected) continue;
    const Desk view = desk(at, as, {cohort}, operational);
    const Score take =
        score({after / now_expected, cost_points(holder, response.cost), response.performance, false, 0.0},
              view, run_.parameters);
    const Score none = score({1.0, 0.0, 0.0, false, 0.0}, view, run_.parameters);
    if (take.total() - none.total() > run_.parameters[Param::action_hurdle]) return true;
  }
  return false;
}

// --- the desk --------------------------------------------------------------------

Desk Decisions::desk(AgentVertex decider, AgentVertex as, const std::vector<int>& cohorts,
                     bool operational) const {
  const auto& plan = run_.plan(as);
  // What the decider knows of these cohorts, under any subject that concerns
  // them (their own, or a decision on them): the largest counts it holds.
  double harms = 0, assessed = 0, complaints = 0, findings = 0;
  for (const Knowledge& k : run_.mail.known(decider)) {
    const std::vector<int> of = cohorts_of(k.subject);
    if (std::none_of(of.begin(), of.end(), [&](int c) { return contains(cohorts, c); })) continue;
    harms = std::max(harms, static_cast<double>(k.harms));
    assessed = std::max(assessed, static_cast<double>(k.assessed));
    complaints = std::max(complaints, static_cast<double>(k.complaints));
    findings = std::max(findings, static_cast<double>(k.findings));
  }
  Desk desk;
  desk.weights = operational ? plan.operational_weights : plan.weights;
  desk.evidence = evidence(desk.weights.evidence,
                           harm_equivalents(std::max(harms, assessed), complaints, findings, run_.parameters),
                           run_.parameters);
  desk.pressure = run_.world.pressure(plan.funder);
  desk.harms_known = harms;
  desk.harm_assessed = assessed;
  desk.complaints_known = complaints;
  desk.findings_known = findings;
  return desk;
}

double Decisions::cost_points(AgentVertex as, double cost) const {
  double budget = run_.world.budget(run_.plan(as).funder);
  if (budget <= 0.0)
    budget = 100.0;  // an agent with no funder weighs costs against a typical council's budget
  return cost / (budget * run_.parameters[Param::cost_reference_share]);
}

void Decisions::log_score(AgentVertex decider, Symbol subject, Symbol option, const Score& s) {
  const double terms[] = {s.performance, s.risk, s.cost, s.advice, s.accountability};
  for (int i = 0; i < 5; ++i)
    if (terms[i] != 0.0) run_.log.option_weighed(decider, subject, option, terms[i], score_words_[i]);
  run_.log.option_weighed(decider, subject, option, s.total(), score_words_[5]);
}

// --- decision points ---------------------------------------------------------

void Decisions::put(std::size_t index) {
  const auto& bound = run_.model.decisions()[index];
  const DecisionPoint& point = run_.scenario.decision_points[index];
  Item request;
  request.type = ItemType::decision_request;
  request.subject = point_subjects_[index];
  request.severity = 3;
  request.urgent = point.urgent;
  request.decision_point = static_cast<int>(index);
  run_.log.decision_requested(bound.decider, request, run_.log.intern(point.question));
  if (bound.adviser != no_agent) {
    state_[index].advice_requested = true;
    state_[index].requested_at = run_.now();
    Item ask = request;
    ask.type = ItemType::information_request;
    ask.reply_to = bound.decider;
    run_.mail.send_by(bound.decider, bound.adviser, run_.mail.create(ask), Channel::advice_request, true);
  }
  run_.mail.send_by(no_agent, bound.decider, run_.mail.create(request), Channel::agenda, true);
}

// Each option's expected harm to the cohorts it touches, as a share of the
// worst option's: the professional view of its risk (0 when none harms).
std::vector<double> Decisions::relative_risks(const DecisionPoint& point,
                                              const std::vector<int>& cohorts) const {
  std::vector<double> risks;
  double worst = 0.0;
  for (const DecisionOption& option : point.options) {
    double e = 0.0;
    for (int c : cohorts) e += run_.world.expected_harm(c, &option.changes);
    risks.push_back(e);
    worst = std::max(worst, e);
  }
  for (double& r : risks) r = worst > 0 ? r / worst : 0.0;
  return risks;
}

// The adviser weighs the options as its own role does, on what it knows of the
// risk; a less independent adviser may soften that to "no objection" to the
// proposal, or give it off the record (Improvement Service briefing (2017)).
void Decisions::give_advice(AgentVertex adviser, AgentVertex as, const Item& request) {
  const auto index = static_cast<std::size_t>(request.decision_point);
  const DecisionPoint& point = run_.scenario.decision_points[index];
  const auto& bound = run_.model.decisions()[index];
  const Desk view = desk(adviser, as, bound.cohorts);
  const std::vector<double> risks = relative_risks(point, bound.cohorts);
  std::vector<double> totals;
  for (std::size_t i = 0; i < point.options.size(); ++i) {
    const OptionOnDesk o{risks[i], cost_points(as, point.options[i].cost), point.options[i].performance,
                         false, 0.0};
    totals.push_back(score(o, view, run_.parameters).total());
  }
  int recommended = static_cast<int>(best_option(totals));
  const double independence = run_.plan(as).independence;
  RandomStream soften =
      run_.judgement(adviser, GovernanceRun::Judgement::soften, point_subjects_[index], index);
  RandomStream off_record =
      run_.judgement(adviser, GovernanceRun::Judgement::off_record, point_subjects_[index], index);
  const bool under_pressure = advice_is_softened(independence, run_.parameters, soften);
  const bool unrecorded = advice_is_left_unrecorded(independence, run_.parameters, off_record);
  const bool softened = under_pressure && recommended != point.proposal;
  if (softened) recommended = point.proposal;

  Item advice = request;
  advice.type = ItemType::advice;
  advice.recommended = recommended;
  advice.advice_against = recommended != point.proposal;
  advice.reply_to = no_agent;
  run_.mail.carry_knowledge(adviser, advice);
  const std::uint32_t id = run_.mail.create(advice);
  // Formal advice goes over the adviser's `advises` link; without one it is a word
  // in the corridor, off the record.
  const auto route = run_.model.advice_route(as, bound.decider);
  const bool recorded = route && run_.network[route->link].recorded && !unrecorded;
  run_.log.advice_given(
      adviser, bound.decider, id, advice,
      route ? run_.log.channel(run_.network[route->link].type) : run_.log.channel(Channel::verbal), recorded,
      softened);
  if (route && !unrecorded)
    run_.mail.send_over(adviser, *route, id);
  else
    run_.mail.send_by(adviser, bound.decider, id, Channel::verbal, false);
}

// Advice counts as on record only if it came over a recorded channel: what was
// said in the corridor cannot be weighed by a decider, nor shown later.
void Decisions::file_advice(AgentVertex at, std::uint32_t id) {
  const Item& item = run_.mail.item(id);
  if (item.decision_point >= 0) {
    PointState& d = state_[static_cast<std::size_t>(item.decision_point)];
    d.advice_received = true;
    d.recommended = item.recommended;
    if (item.recorded) {
      d.advice_on_record = true;
      d.advised_option = item.recommended;
    }
  }
  run_.log.item_resolved(at, item.sender, id, item, Note::within_authority, 0, item.recorded);
}

bool Decisions::awaiting_advice(std::size_t point) const {
  const PointState& d = state_[point];
  return d.advice_requested && !d.advice_received &&
         run_.now() < d.requested_at + run_.parameters[Param::advice_wait_days];
}

void Decisions::decide_when_ready(AgentVertex at, std::uint32_t id) {
  const Item& item = run_.mail.item(id);
  if (awaiting_advice(static_cast<std::size_t>(item.decision_point))) {
    run_.at_agent(run_.now() + 1.0, at, GovernanceRun::handle_item, id);
    return;
  }
  decide(at, item);
}

void Decisions::decide(AgentVertex decider, const Item& request) {
  const auto index = static_cast<std::size_t>(request.decision_point);
  PointState& d = state_[index];
  if (d.decided) return;
  d.decided = true;
  const DecisionPoint& point = run_.scenario.decision_points[index];
  const auto& bound = run_.model.decisions()[index];
  const AgentVertex as = run_.mail.acting_as(decider, request);

  // The options on the desk: each one's expected harm (the professional view of
  // risk), cost against the funder's budget, the performance it promises, and
  // whether recorded advice recommends it.
  const Desk view = desk(decider, as, bound.cohorts);
  const std::vector<double> risks = relative_risks(point, bound.cohorts);
  std::vector<Score> scores;
  DecisionContext context{
      {.decider = run_.agent(decider).id,
       .day = run_.now(),
       .adviser = bound.adviser == no_agent ? std::string() : run_.agent(bound.adviser).id},
      point};
  context.advice_received = d.advice_received;
  context.advice_recommends = d.advice_received ? d.recommended : -1;
  context.advice_on_record = d.advice_on_record;
  context.advised_option = d.advice_on_record ? d.advised_option : -1;
  context.harms_known = view.harms_known;
  context.harm_assessed = view.harm_assessed;
  context.complaints_known = view.complaints_known + view.findings_known;
  context.budget_pressure = view.pressure;
  context.records_before = run_.log.records();
  for (std::size_t i = 0; i < point.options.size(); ++i) {
    const OptionOnDesk o{risks[i], cost_points(as, point.options[i].cost), point.options[i].performance,
                         d.advice_on_record && d.advised_option == static_cast<int>(i), 0.0};
    scores.push_back(score(o, view, run_.parameters));
    context.scores.push_back(scores.back().total());
  }
  context.weighed = static_cast<int>(best_option(context.scores));
  // Drawn whatever is chosen, so forcing an option changes no other draw.
  const bool reasons =
      run_.judgement(decider, GovernanceRun::Judgement::reasons, point_subjects_[index], index)
          .bernoulli(run_.parameters[Param::reasons_recorded_probability]);
  std::optional<int> forced = point.forced;
  for (const auto& [p, o] : run_.options.forced)
    if (p == static_cast<int>(index)) forced = o;
  DecisionMaker& maker = run_.options.decisions ? *run_.options.decisions : weighing;
  int chosen = context.weighed;
  if (forced) {
    chosen = *forced;
  } else {
    const Choice choice = maker.choose(context);
    chosen = choice.option;
    if (choice.forced) forced = chosen;
  }

  const std::size_t first = first_option_[index];
  for (std::size_t i = 0; i < point.options.size(); ++i)
    log_score(decider, point_subjects_[index], option_ids_[first + i], scores[i]);
  const Symbol option = option_ids_[first + static_cast<std::size_t>(chosen)];
  // A board's decision is minuted; one person's is on record only where the
  // arrangement keeps a record of delegated decisions.
  const bool recorded =
      run_.agent(decider).kind == AgentKind::body || run_.model.arrangement().delegated_decisions_recorded;
  run_.log.decision_taken(decider, bound.adviser, request, option, d.advice_on_record, forced.has_value(),
                          recorded);
  // Advice on risk is overruled by a choice that takes more risk than it
  // recommended; one that takes less (declining a proposal the adviser did not
  // object to) goes further than the advice, not against it.
  if (d.advice_on_record && d.advised_option >= 0 && chosen != d.advised_option &&
      risks[static_cast<std::size_t>(chosen)] > risks[static_cast<std::size_t>(d.advised_option)])
    run_.log.advice_overruled(decider, bound.adviser, request, option, reasons);

  run_.mail.knowledge_of(decider, request.subject).acted = true;
  answerable(request.subject, decider);
  for (int c : bound.cohorts) answerable(cohort_subjects_[static_cast<std::size_t>(c)], decider);
  const DecisionOption& taken = point.options[static_cast<std::size_t>(chosen)];
  if (taken.cost != 0.0) run_.world.commit(run_.plan(as).funder, taken.cost);
  if (bound.by_direction) {
    // An IJB acts through binding directions to the council and health board (2014 Act ss26–27).
    for (const auto& route : run_.plan(decider).directs) {
      if (!run_.serves(route.to, request.subject)) continue;  // a joint board directs each council on its own
      Item direction = request;
      direction.type = ItemType::direction;
      direction.option = chosen;
      direction.urgent = true;
      run_.mail.send_over(decider, route, run_.mail.create(direction));
    }
  } else {
    run_.world.apply(taken.changes, decider);
  }
}

void Decisions::implement(AgentVertex at, const Item& direction) {
  run_.log.direction_implemented(at, direction);
  if (direction.response >= 0) {
    // The lever takes effect its takes_days after the first direction is carried out.
    ResponseState& state = responses_[static_cast<std::size_t>(direction.response)];
    if (state.scheduled) return;
    state.scheduled = true;
    state.directed_by = direction.sender;
    run_.at_world(
        run_.now() + run_.scenario.responses[static_cast<std::size_t>(direction.response)].takes_days,
        GovernanceRun::response_in_force,
        static_cast<std::uint64_t>(direction.response) | (static_cast<std::uint64_t>(at) << 32));
    return;
  }
  if (direction.decision_point < 0 || direction.option < 0) return;
  PointState& d = state_[static_cast<std::size_t>(direction.decision_point)];
  if (d.implemented) return;
  d.implemented = true;
  run_.world.apply(run_.scenario.decision_points[static_cast<std::size_t>(direction.decision_point)]
                       .options[static_cast<std::size_t>(direction.option)]
                       .changes,
                   at, direction.sender);
}

// --- responses ---------------------------------------------------------------

void Decisions::consider_responses(AgentVertex at, AgentVertex as, Symbol subject, bool operational,
                                   const std::vector<std::string>& not_setting) {
  const auto& may_take = run_.plan(as).may_take;
  if (may_take.empty()) return;
  const std::vector<int> cohorts = cohorts_of(subject);
  for (int r : may_take) {
    ResponseState& state = responses_[static_cast<std::size_t>(r)];
    const Response& response = run_.scenario.responses[static_cast<std::size_t>(r)];
    const int cohort = run_.model.responses()[static_cast<std::size_t>(r)].cohort;
    if (state.taken || cohort < 0 || !contains(cohorts, cohort)) continue;
    if (std::any_of(response.changes.begin(), response.changes.end(), [&](const ConditionChange& c) {
          return c.operation == ConditionChange::Operation::set &&
                 std::find(not_setting.begin(), not_setting.end(), c.condition) != not_setting.end();
        }))
      continue;
    const double now_expected = run_.world.expected_harm(cohort);
    if (now_expected <= 0.0) continue;
    const double after = run_.world.expected_harm(cohort, &response.changes);
    if (after >= now_expected) continue;  // it would not lower the risk now
    const Desk view = desk(at, as, {cohort}, operational);
    // Being questioned, or required to act, on the matter pushes towards acting.
    double accountability = 0.0;
    for (Symbol s : {subject, cohort_subjects_[static_cast<std::size_t>(cohort)]}) {
      if (const Knowledge* k = run_.mail.knowledge(at, s)) {
        accountability =
            std::max(accountability,
                     run_.parameters[Param::questioned_weight] * static_cast<double>(k->askers.size()) +
                         (k->required ? run_.parameters[Param::required_action_weight] : 0.0));
      }
      if (s == cohort_subjects_[static_cast<std::size_t>(cohort)]) break;
    }
    const Score take = score(
        {after / now_expected, cost_points(as, response.cost), response.performance, false, accountability},
        view, run_.parameters);
    const Score none = score({1.0, 0.0, 0.0, false, 0.0}, view, run_.parameters);
    const Score net{take.performance - none.performance, take.risk - none.risk, take.cost - none.cost, 0.0,
                    take.accountability};
    if (net.total() > run_.parameters[Param::action_hurdle]) {
      take_response(static_cast<std::size_t>(r), at, as, net);
    } else if (std::find(state.declined_by.begin(), state.declined_by.end(), at) == state.declined_by.end()) {
      // The first time an agent weighs a lever and leaves it, the log says why.
      state.declined_by.push_back(at);
      log_score(at, cohort_subjects_[static_cast<std::size_t>(cohort)],
                response_ids_[static_cast<std::size_t>(r)], net);
    }
  }
}

void Decisions::take_response(std::size_t r, AgentVertex at, AgentVertex as, const Score& net) {
  responses_[r].taken = true;
  const Response& response = run_.scenario.responses[r];
  const int cohort = run_.model.responses()[r].cohort;
  const Symbol subject = cohort_subjects_[static_cast<std::size_t>(cohort)];
  log_score(at, subject, response_ids_[r], net);
  // A lever is weighed on a related matter (the closure that puts residents at
  // risk); whoever pulls it knows of the risk it addresses from then on.
  if (!run_.mail.knowledge(at, subject)) run_.log.became_aware(at, subject);
  run_.log.response_taken(at, subject, response_ids_[r], response.cost, true);
  run_.mail.knowledge_of(at, subject).acted = true;
  answerable(subject, at);
  if (response.cost != 0.0) run_.world.commit(run_.plan(as).funder, response.cost);
  const auto& directs = run_.plan(as).directs;
  if (run_.agent(as).holds(Role::ijb) && !directs.empty()) {
    for (const auto& route : directs) {
      if (!run_.serves(route.to, subject)) continue;
      Item direction;
      direction.type = ItemType::direction;
      direction.subject = subject;
      direction.response = static_cast<int>(r);
      direction.urgent = true;
      run_.mail.send_over(at, route, run_.mail.create(direction));
    }
    return;
  }
  run_.at_world(run_.now() + response.takes_days, GovernanceRun::response_in_force,
                static_cast<std::uint64_t>(r) | (static_cast<std::uint64_t>(at) << 32));
}

void Decisions::response_in_force(std::size_t r, AgentVertex by) {
  ResponseState& state = responses_[r];
  if (state.in_force) return;
  state.in_force = true;
  run_.world.apply(run_.scenario.responses[r].changes, by, state.directed_by);
}

}  // namespace govsim
