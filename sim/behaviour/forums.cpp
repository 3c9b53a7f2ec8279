#include "behaviour/forums.hpp"

#include <algorithm>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"

namespace govsim {

Forums::Forums(GovernanceRun& run) : run_(run), bodies_(boost::num_vertices(run.network)) {
  annual_subject_ = run.log.intern("annual-report");
}

void Forums::start() {
  const Network& n = run_.network;
  const double days = run_.days;
  for (auto v : boost::make_iterator_range(boost::vertices(n)))
    if (n[v].meetings)
      for (double day = n[v].meetings->first_day; day < days; day += n[v].meetings->every_days)
        run_.at_agent(day, v, GovernanceRun::hold_meeting, 0, 1);

  // Periodic reports over every reports_to link: before each meeting of a body,
  // or every report cycle to a person. Regulators and the ombudsman report
  // their findings when they make them, not on a cycle.
  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    if (run_.plan(v).is_end_point) continue;
    for (const auto& route : run_.plan(v).reports) {
      const std::size_t index = reporting_.size();
      reporting_.push_back({v, route});
      const Agent& forum = n[route.to];
      if (forum.meetings) {
        for (double day = forum.meetings->first_day; day < days; day += forum.meetings->every_days) {
          const double send = day - run_.parameters[Param::report_notice_days];
          if (send >= 0.0) run_.at_world(send, GovernanceRun::send_reports, index);
        }
      } else {
        const double every = run_.parameters[Param::report_cycle_days];
        for (double day = every; day < days; day += every)
          run_.at_world(day, GovernanceRun::send_reports, index);
      }
    }
  }
  // Each area's CSWO or DASS reports to its council each year.
  const double first =
      run_.scenario.annual_report_day.value_or(run_.parameters[Param::annual_report_every_days]);
  for (std::size_t area = 0; area < run_.model.areas().size(); ++area)
    if (run_.model.areas()[area].statutory_officer != no_agent && first < days)
      run_.at_world(first, GovernanceRun::annual_report, area);
}

void Forums::put_on_agenda(AgentVertex body, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  // A direction is carried out by the body's officers when it arrives, not at a
  // meeting (2014 Act ss26-27): it changes services, and tells the body's
  // members nothing — they hear of it only if someone reports it.
  if (item.type == ItemType::direction) {
    run_.decisions.implement(body, item);
    return;
  }
  BodyState& s = bodies_[body];
  s.agenda.push_back(id);
  // Urgent business, where allowed, calls a special meeting.
  const bool urgent = item.urgent && run_.agent(body).meetings->urgent_business;
  if (urgent && !s.special_meeting)
    s.special_meeting =
        run_.simulation.schedule_in(run_.parameters[Param::urgent_meeting_days], static_cast<HandlerId>(body),
                                    GovernanceRun::hold_meeting, 0, 1);
}

void Forums::meet(AgentVertex body) {
  BodyState& s = bodies_[body];
  // Whichever meeting comes first takes the urgent business; a special meeting
  // still pending is then not needed.
  if (s.special_meeting) run_.simulation.cancel(*s.special_meeting);
  s.special_meeting.reset();
  // A body gets through so many items a meeting; the rest wait for the next.
  const auto capacity = static_cast<std::size_t>(std::max(1.0, run_.agent(body).capacity_per_day));
  const std::size_t considered = std::min(capacity, s.agenda.size());
  run_.log.meeting_held(body, considered);
  std::vector<std::uint32_t> agenda(s.agenda.begin(),
                                    s.agenda.begin() + static_cast<std::ptrdiff_t>(considered));
  s.agenda.erase(s.agenda.begin(), s.agenda.begin() + static_cast<std::ptrdiff_t>(considered));
  // Papers are read before anything is decided: advice first.
  std::stable_partition(agenda.begin(), agenda.end(),
                        [&](std::uint32_t id) { return run_.mail.item(id).type == ItemType::advice; });
  std::vector<Symbol> subjects, decided;
  for (std::uint32_t id : agenda) {
    const Item item = run_.mail.item(id);
    // A board waits, as a person does, for the advice it asked for: the decision
    // goes to its next meeting (a special one, if it is urgent and allowed).
    if (item.type == ItemType::decision_request &&
        run_.decisions.awaiting_advice(static_cast<std::size_t>(item.decision_point))) {
      s.agenda.insert(s.agenda.begin(), id);
      if (item.urgent && run_.agent(body).meetings->urgent_business && !s.special_meeting)
        s.special_meeting =
            run_.simulation.schedule_in(run_.parameters[Param::urgent_meeting_days],
                                        static_cast<HandlerId>(body), GovernanceRun::hold_meeting, 0, 1);
      continue;
    }
    run_.mail.learn(body, item);
    if (std::find(subjects.begin(), subjects.end(), item.subject) == subjects.end())
      subjects.push_back(item.subject);
    switch (item.type) {
      case ItemType::decision_request:
        run_.decisions.decide(body, item);
        decided.push_back(item.subject);
        break;
      case ItemType::advice:
        run_.decisions.file_advice(body, id);
        break;
      case ItemType::question:
      case ItemType::information_request:
        run_.casework.pass_on_requirement(body, body, item);
        run_.casework.answer(body, id);
        break;
      default:
        consider(body, id);
        break;
    }
  }
  // Then the body weighs what it may do itself about what it heard — but does not
  // undo, at the sitting that took it, a decision it has just made: no lever that
  // sets again a condition it has just set.
  std::vector<std::string> set_now;
  for (Symbol subject : decided)
    for (std::size_t p = 0; p < run_.scenario.decision_points.size(); ++p)
      if (run_.log.text(subject) == run_.scenario.decision_points[p].subject)
        for (const DecisionOption& o : run_.scenario.decision_points[p].options)
          for (const ConditionChange& c : o.changes)
            if (c.operation == ConditionChange::Operation::set) set_now.push_back(c.condition);
  for (Symbol subject : subjects) run_.decisions.consider_responses(body, body, subject, false, set_now);
}

bool Forums::in_hand(Symbol subject, double since) const {
  const std::vector<int> cohorts = run_.decisions.cohorts_of(subject);
  if (cohorts.empty()) return true;  // nothing to mitigate: reporting back is enough
  if (std::any_of(cohorts.begin(), cohorts.end(),
                  [&](int c) { return run_.world.mitigated_since(c, since); }))
    return true;
  return run_.decisions.holder_of_open_lever(subject) == no_agent;
}

// What a body requires, or is required, to close is due at the meeting where it
// can be closed: the first one at least action_deadline_days on.
double Forums::due_at(AgentVertex closing) const {
  const double earliest = run_.now() + run_.parameters[Param::action_deadline_days];
  const auto& meetings = run_.agent(closing).meetings;
  return meetings ? next_meeting_day(*meetings, earliest) : earliest;
}

bool Forums::serious(AgentVertex forum, const Item& item) const {
  if (item.harms > 0 || item.findings > 0 || item.assessed > 0 ||
      item.severity >= run_.agent(forum).escalation_threshold)
    return true;
  const Knowledge* k = run_.mail.knowledge(forum, item.subject);
  return k && (k->harms > 0 || k->findings > 0 || k->assessed > 0);
}

// An actor reporting back on a matter, with it in hand, closes what this forum
// required of it; a forum that has the matter in hand closes what the regulator
// required of the forum.
void Forums::close_actions(AgentVertex body, const Item& item, std::uint32_t id) {
  std::erase_if(open_, [&](const RequiredAction& a) {
    if (a.subject != item.subject || !in_hand(a.subject, a.since)) return false;
    const bool reported_back = a.forum == body && a.actor == item.sender;
    const bool its_own = a.actor == body;
    if (!reported_back && !its_own) return false;
    run_.log.action_closed(body, reported_back ? a.actor : a.forum, a.subject, id, item);
    std::erase_if(closed_, [&](const RequiredAction& c) { return c.since < run_.now(); });
    closed_.push_back({a.forum, a.actor, a.subject, run_.now()});
    return true;
  });
}

bool Forums::closed_at_this_sitting(AgentVertex forum, AgentVertex actor, Symbol subject) const {
  return std::any_of(closed_.begin(), closed_.end(), [&](const RequiredAction& c) {
    return c.forum == forum && c.actor == actor && c.subject == subject && c.since == run_.now();
  });
}

// A forum questions the actor accountable for the matter — the reporter, if it
// answers to this forum, else whoever answers for the matter — or only notes it
// (Bovens 2007: the forum can ask questions and pass judgement).
void Forums::consider(AgentVertex body, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  close_actions(body, item, id);
  if (item.sender == no_agent) {  // from outside: nobody to question, so nothing to note
    run_.log.item_resolved(body, no_agent, id, item, Note::within_authority, 0, true);
    return;
  }
  const auto& answers_here = run_.plan(item.sender).accountable_to;
  const bool reporter_answers_here =
      std::any_of(answers_here.begin(), answers_here.end(), [&](const auto& r) { return r.to == body; });
  const AgentVertex actor =
      reporter_answers_here ? item.sender : run_.decisions.accountable_for(item.subject);
  if (actor == no_agent || actor == body) {
    run_.log.item_resolved(body, item.sender, id, item, Note::within_authority, 0, true);
    return;
  }
  auto& counts = bodies_[body].considered;
  auto count =
      std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == item.subject; });
  if (count == counts.end()) count = counts.insert(counts.end(), {item.subject, 0});
  RandomStream judgement =
      run_.judgement(body, GovernanceRun::Judgement::question, item.subject, count->second++);
  if (!forum_questions(run_.plan(body).question_probability, judgement)) {
    run_.log.report_noted(body, item.sender, id, item);
    return;
  }
  run_.log.question_asked(body, actor, id, item, true);
  // Taking the matter up answers what the regulator required of this forum.
  std::erase_if(open_, [&](const RequiredAction& a) {
    if (a.actor != body || a.subject != item.subject || !run_.agent(a.forum).holds(Role::regulator))
      return false;
    run_.log.action_closed(body, a.forum, a.subject, id, item);
    return true;
  });
  auto open = std::find_if(open_.begin(), open_.end(), [&](const RequiredAction& a) {
    return a.forum == body && a.actor == actor && a.subject == item.subject;
  });
  // A forum that has accepted at this sitting that the matter is in hand does not
  // require the same action again there: it may still ask questions.
  if (open == open_.end() && !closed_at_this_sitting(body, actor, item.subject) && serious(body, item)) {
    run_.log.action_required(body, actor, item.subject, due_at(body), id, item);
    open_.push_back({body, actor, item.subject, run_.now()});
    open = std::prev(open_.end());
  }
  Item question = item;
  question.type = ItemType::question;
  question.reply_to = body;
  question.personal = false;
  question.urgent = false;
  question.reputational = false;
  question.requires_action = open != open_.end();
  run_.mail.carry_knowledge(body, question);
  run_.mail.send_direct(body, actor, run_.mail.create(question), Channel::agenda, true);
}

Item Forums::report_on(AgentVertex reporter, const Knowledge& k) const {
  Item report;
  report.type = ItemType::report;
  report.subject = k.subject;
  report.account = k.acted;
  run_.mail.carry_knowledge(reporter, report);
  report.severity = report.harms > 0 || report.assessed > 0 ? 4 : 3;
  return report;
}

void Forums::send_reports(std::size_t index) {
  const ReportingRoute& r = reporting_[index];
  const AgentVertex reporter = run_.mail.cover_for(r.from);
  if (reporter == no_agent) return;
  const std::vector<Knowledge> known = run_.mail.known(reporter);
  const bool recorded = run_.network[r.route.link].recorded;
  for (const Knowledge& k : known) {
    if (!run_.serves(r.route.to, k.subject)) continue;  // each council hears of its own people
    const Item report = report_on(reporter, k);
    // Something to account for: harm, a finding, a decision it took, or (from
    // the statutory officer) a risk it assesses.
    if (report.harms == 0 && report.findings == 0 && report.assessed == 0 && !k.acted) continue;
    run_.log.item_raised(reporter, r.route.to, report, run_.log.note(Note::periodic_report), recorded);
    run_.mail.send_over(reporter, r.route, run_.mail.create(report));
  }
}

// The CSWO's (or DASS's) annual report goes to every forum it reports to, every
// year, with all it knows — and goes even when it knows of no matter.
void Forums::annual_report(int area) {
  const AgentVertex post = run_.model.area(area).statutory_officer;
  const double next = run_.now() + run_.parameters[Param::annual_report_every_days];
  if (next < run_.days) run_.at_world(next, GovernanceRun::annual_report, static_cast<std::uint64_t>(area));
  const AgentVertex officer = run_.mail.cover_for(post);
  if (officer == no_agent) return;
  std::vector<Knowledge> known = run_.mail.known(officer);
  if (known.empty()) known.push_back({annual_subject_, run_.now(), 0, 0, 0, 0, {}, false, false});
  for (const auto& route : run_.plan(post).reports)
    for (const Knowledge& k : known) {
      if (!run_.serves(route.to, k.subject)) continue;
      const Item report = report_on(officer, k);
      run_.log.item_raised(officer, route.to, report, run_.log.note(Note::annual_report), true);
      run_.mail.send_over(officer, route, run_.mail.create(report));
    }
}

void Forums::regulator_inspects(Symbol subject, std::uint32_t harms) {
  // The regulator of the harmed people's area inspects, and its finding goes
  // to that area's bodies and its CSWO or DASS, not every council's.
  const GovernanceModel::AreaPlan* area = run_.area_for(subject);
  if (!area || area->regulator == no_agent) return;
  const AgentVertex regulator = area->regulator;
  Item finding;
  finding.type = ItemType::report;
  finding.subject = subject;
  finding.severity = 4;
  finding.harms = harms;
  finding.findings = 1;
  run_.mail.learn(regulator, finding);
  run_.members.add_salience(
      subject, salience_added(run_.parameters[Param::salience_per_finding], finding.severity), regulator);
  for (const auto& route : area->regulator_findings) {
    run_.log.action_required(regulator, route.to, subject, due_at(route.to), 0, finding,
                             run_.log.channel(Channel::inspection));
    open_.push_back({regulator, route.to, subject, run_.now()});
    run_.mail.send_over(regulator, route, run_.mail.create(finding));
  }
  if (area->statutory_officer != no_agent) {
    Item request = finding;
    request.type = ItemType::information_request;
    request.reply_to = regulator;
    run_.mail.send_by(regulator, area->statutory_officer, run_.mail.create(request), Channel::inspection,
                      true);
  }
}

}  // namespace govsim

namespace govsim {

void Forums::raise_at_boards(AgentVertex member, Symbol subject) {
  const Knowledge* known = run_.mail.knowledge(member, subject);
  if (!known || (known->harms == 0 && known->complaints == 0)) return;
  const std::uint32_t harms = known->harms + known->complaints;
  for (AgentVertex body : run_.plan(member).votes_in) {
    if (!run_.decisions.lever_open(body, subject)) continue;
    auto raised = std::find_if(raised_.begin(), raised_.end(), [&](const Raised& r) {
      return r.member == member && r.body == body && r.subject == subject;
    });
    if (raised != raised_.end() && static_cast<double>(harms) < run_.parameters[Param::re_escalation_growth] *
                                                                    std::max<double>(1.0, raised->harms))
      continue;
    if (raised == raised_.end())
      raised_.push_back({member, body, subject, harms});
    else
      raised->harms = harms;
    // A member raising a matter at its own board asks the board to act: pressure
    // from within, answered like any question.
    Item business;
    business.type = ItemType::question;
    business.subject = subject;
    business.severity = 4;
    business.urgent = true;
    business.reply_to = member;
    run_.mail.carry_knowledge(member, business);
    run_.log.item_raised(member, body, business, run_.log.note(Note::raised_at_board), true);
    run_.mail.send_by(member, body, run_.mail.create(business), Channel::agenda, true);
  }
}

}  // namespace govsim
