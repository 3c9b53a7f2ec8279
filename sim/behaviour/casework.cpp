#include "behaviour/casework.hpp"

#include <algorithm>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"

namespace govsim {

Casework::Casework(GovernanceRun& run)
    : run_(run),
      escalated_(boost::num_vertices(run.network)),
      holds_considered_(boost::num_vertices(run.network)),
      pressed_(boost::num_vertices(run.network)) {}

void Casework::handle(AgentVertex at, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  const AgentVertex as = run_.mail.acting_as(at, item);
  run_.mail.learn(at, item);
  const auto& plan = run_.plan(as);
  // Regulators and the ombudsman are where concerns end: they take note.
  if (plan.is_end_point) {
    run_.log.item_resolved(at, item.sender, id, item, Note::end_of_the_line);
    return;
  }
  if (run_.agent(at).is_elected_member()) {
    run_.members.handle(at, id);
    return;
  }
  switch (item.type) {
    case ItemType::advice:
      run_.decisions.file_advice(at, id);
      return;
    case ItemType::question:
    case ItemType::information_request:
      if (item.decision_point >= 0 &&
          run_.model.decisions()[static_cast<std::size_t>(item.decision_point)].adviser == as) {
        run_.decisions.give_advice(at, as, item);
        return;
      }
      // Being asked to explain is a push to act (Bovens: the actor may face consequences).
      run_.decisions.consider_responses(at, as, item.subject);
      pass_on_requirement(at, as, item);
      answer(at, id);
      return;
    case ItemType::decision_request:
      run_.decisions.decide_when_ready(at, id);
      return;
    case ItemType::direction:
      run_.decisions.implement(at, item);
      return;
    default:
      if (item.reputational && (run_.agent(at).holds(Role::chief_executive)))
        question_accountable_actor(at, item);
      handle_concern(at, id, as);
      return;
  }
}

void Casework::handle_concern(AgentVertex at, std::uint32_t id, AgentVertex as) {
  const Item item = run_.mail.item(id);
  // Below its threshold an agent deals with a matter in the ordinary way. At or
  // above it, aware of harm or risk, it first does what its own authority allows,
  // brings the matter to any board it votes on that could act, urges (the
  // statutory officer) whoever holds a lever, and escalates.
  if (!should_escalate(run_.agent(as), item.severity)) {
    run_.log.item_resolved(at, item.sender, id, item, Note::within_authority);
    return;
  }
  run_.decisions.consider_responses(at, as, item.subject, item.up_the_line);
  run_.forums.raise_at_boards(at, item.subject);
  press_for_action(at, as, item);
  const Knowledge* known = run_.mail.knowledge(at, item.subject);
  const std::uint32_t harms = known ? known->harms : 0;
  auto& mine = escalated_[at];
  const auto open =
      std::find_if(mine.begin(), mine.end(), [&](const Escalated& e) { return e.subject == item.subject; });
  if (open != mine.end() && !escalate_again(open->day, open->severity, open->harms, run_.now(), item.severity,
                                            harms, run_.parameters)) {
    run_.log.item_resolved(at, item.sender, id, item, Note::added_to_open_matter, item.harms);
    return;
  }
  auto& counts = holds_considered_[at];
  auto count =
      std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == item.subject; });
  if (count == counts.end()) count = counts.insert(counts.end(), {item.subject, 0});
  RandomStream judgement = run_.judgement(at, GovernanceRun::Judgement::hold, item.subject, count->second++);
  if (run_.plan(as).is_statutory_officer &&
      concern_is_held(run_.plan(as).independence, run_.parameters, judgement)) {
    run_.log.item_held(at, id, item);
    // A held concern is released, and goes up, at the protocol's limit.
    run_.at_agent(run_.now() + run_.parameters[Param::hold_limit_days], at, GovernanceRun::release_hold, id);
    return;
  }
  escalate(at, id, as);
}

void Casework::release(AgentVertex at, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  run_.log.item_released(at, id, item);
  escalate(at, id, run_.mail.acting_as(at, item));
}

void Casework::escalate(AgentVertex at, std::uint32_t id, AgentVertex as) {
  const Item item = run_.mail.item(id);
  const auto& routes = run_.plan(as).escalation;
  const auto route = std::find_if(routes.begin(), routes.end(), [&](const auto& r) {
    return run_.mail.cover_for(r.to) != no_agent && run_.serves(r.to, item.subject);
  });
  if (route == routes.end()) {
    run_.log.item_blocked(at, item.sender, id, item,
                          routes.empty() ? Note::no_onward_route : Note::post_vacant);
    return;
  }
  Item onward = item;
  onward.sender = at;
  onward.new_case = false;
  run_.mail.carry_knowledge(at, onward);  // it goes up with everything `at` knows of the matter
  auto& mine = escalated_[at];
  const auto open =
      std::find_if(mine.begin(), mine.end(), [&](const Escalated& e) { return e.subject == item.subject; });
  const Escalated now{item.subject, run_.now(),
                      std::max<int>(item.severity, open != mine.end() ? open->severity : 0), onward.harms};
  if (open == mine.end())
    mine.push_back(now);
  else
    *open = now;
  const std::uint32_t onward_id = run_.mail.create(onward);
  const Link& link = run_.network[route->link];
  // Named as received: the deputy, when the post is vacant.
  run_.log.item_escalated(at, run_.mail.cover_for(route->to), id, item, onward_id,
                          run_.log.channel(link.type), link.recorded);
  run_.mail.send_over(at, *route, onward_id);
  if (run_.plan(as).is_statutory_officer) brief_members(at, as, onward);
}

// The statutory officer keeps members informed of what it escalates (ADASS guidance:
// "an audit trail to demonstrate you have provided adequate briefings").
void Casework::brief_members(AgentVertex at, AgentVertex as, const Item& item) {
  const auto& briefing = run_.plan(as).member_briefing;
  if (!briefing) return;
  Item brief = item;
  brief.type = ItemType::report;
  run_.mail.send_over(at, *briefing, run_.mail.create(brief));
}

// Drawn in by a reputational risk, the chief executive presses whoever answers for
// the matter to act (ADASS guidance: "the additional involvement of the leader of the
// council and chief executive").
void Casework::question_accountable_actor(AgentVertex at, const Item& alert) {
  const AgentVertex actor = run_.decisions.accountable_for(alert.subject);
  if (actor == no_agent || actor == at) return;
  Item question = alert;
  question.type = ItemType::question;
  question.reply_to = at;
  question.personal = false;
  question.reputational = false;
  question.requires_action = false;  // the chief executive presses; only a forum can require
  run_.mail.carry_knowledge(at, question);
  const std::uint32_t id = run_.mail.create(question);
  run_.log.question_asked(at, actor, id, question, true);
  run_.mail.send_direct(at, actor, id, Channel::reply, true);
}

// The statutory officer, whose role includes professional advice on "the
// management of corporate risk" (Improvement Service 2017), urges whoever still
// holds a lever on a serious matter to pull it — if, weighing in the capacity the
// matter reached it, it judges the lever worth pulling. Once, and again when the
// harm it knows of has doubled. (The chief executive presses only when a
// reputational risk draws it in: ADASS guidance.)
void Casework::press_for_action(AgentVertex at, AgentVertex as, const Item& item) {
  if (!run_.plan(as).is_statutory_officer) return;
  const Knowledge* known = run_.mail.knowledge(at, item.subject);
  if (!known || known->harms == 0) return;
  const AgentVertex holder = run_.decisions.holder_of_open_lever(item.subject);
  if (holder == no_agent || holder == at || holder == as) return;
  auto& mine = pressed_[at];
  auto pressed =
      std::find_if(mine.begin(), mine.end(), [&](const auto& p) { return p.first == item.subject; });
  if (pressed != mine.end() &&
      static_cast<double>(known->harms) <
          run_.parameters[Param::re_escalation_growth] * std::max<double>(1.0, pressed->second))
    return;
  if (!run_.decisions.would_press(at, as, holder, item.subject, item.up_the_line)) return;
  if (pressed == mine.end())
    mine.emplace_back(item.subject, known->harms);
  else
    pressed->second = known->harms;
  Item question = item;
  question.type = ItemType::question;
  question.reply_to = at;
  question.personal = false;
  question.requires_action = false;  // an officer urges; only a forum can require (Bovens 2007)
  question.urgent = true;
  question.new_case = false;
  run_.mail.carry_knowledge(at, question);
  const std::uint32_t id = run_.mail.create(question);
  run_.log.question_asked(at, holder, id, question, true);
  run_.mail.send_direct(at, holder, id, Channel::reply, true);
}

void Casework::pass_on_requirement(AgentVertex at, AgentVertex as, const Item& item) {
  if (!item.requires_action || run_.decisions.lever_open(as, item.subject)) return;
  const AgentVertex holder = run_.decisions.holder_of_open_lever(item.subject);
  if (holder == no_agent || holder == at || holder == as) return;
  Item question = item;
  question.type = ItemType::question;
  question.reply_to = at;
  question.personal = false;
  run_.mail.carry_knowledge(at, question);
  const std::uint32_t id = run_.mail.create(question);
  run_.log.question_asked(at, holder, id, question, true);
  run_.mail.send_direct(at, holder, id, Channel::reply, true);
}

void Casework::answer(AgentVertex at, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  const AgentVertex to = item.reply_to != no_agent ? item.reply_to : item.sender;
  if (to == no_agent || to == at) {
    run_.log.item_resolved(at, no_agent, id, item, Note::answered);
    return;
  }
  Item reply = item;
  reply.type = ItemType::report;
  reply.reply_to = no_agent;
  reply.requires_action = false;
  reply.urgent = false;  // follow-ups go to the next ordinary meeting
  const Knowledge* known = run_.mail.knowledge(at, item.subject);
  reply.account = known && known->acted;
  run_.mail.carry_knowledge(at, reply);
  run_.log.item_resolved(at, to, id, item, Note::answered);
  run_.mail.send_direct(at, to, run_.mail.create(reply), Channel::reply, false);
}

}  // namespace govsim
