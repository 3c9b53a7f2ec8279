#include "behaviour/members.hpp"

#include <algorithm>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"

namespace govsim {

Members::Members(GovernanceRun& run) : run_(run) {}

Members::Matter& Members::matter(Symbol subject) {
  for (Matter& m : matters_)
    if (m.subject == subject) return m;
  matters_.push_back({subject});
  return matters_.back();
}

double Members::salience(Symbol subject) const {
  for (const Matter& m : matters_)
    if (m.subject == subject) return m.salience;
  return 0.0;
}

void Members::handle(AgentVertex member, std::uint32_t id) {
  const Item item = run_.mail.item(id);
  if (item.type == ItemType::complaint)
    add_salience(item.subject, salience_added(run_.parameters[Param::salience_per_complaint], item.severity),
                 member);
  // Political interest grows with the harm members know of: each harm the first
  // time any member hears of it.
  if (const Knowledge* k = run_.mail.knowledge(member, item.subject)) {
    Matter& m = matter(item.subject);
    if (k->harms > m.harms_known) {
      const double more = static_cast<double>(k->harms - m.harms_known);
      m.harms_known = k->harms;
      add_salience(item.subject, more * salience_added(run_.parameters[Param::salience_per_harm], 4), member);
    }
  }
  // Drawn in by a reputational risk, the leader presses whoever answers for the matter to act.
  const bool alert = item.reputational && run_.agent(member).holds(Role::leader);
  if (alert) {
    const AgentVertex actor = run_.decisions.accountable_for(item.subject);
    if (actor != no_agent && actor != member) {
      Item question = item;
      question.type = ItemType::question;
      question.reply_to = member;
      question.personal = false;
      question.reputational = false;
      question.requires_action = false;  // a member presses; only a forum (a body) can require
      run_.mail.carry_knowledge(member, question);
      const std::uint32_t qid = run_.mail.create(question);
      run_.log.question_asked(member, actor, qid, question, true);
      run_.mail.send_direct(member, actor, qid, Channel::reply, true);
    }
  }
  const Knowledge* known = run_.mail.knowledge(member, item.subject);
  const bool knows_of_harm = known && (known->harms > 0 || known->complaints > 0);
  if (knows_of_harm) {
    question_officer(member, item);
    run_.forums.raise_at_boards(member, item.subject);
  }
  consider_call_in(member, item);
  run_.log.item_resolved(member, item.sender, id, item, Note::within_authority);
}

// Every councillor may question the DASS/CSWO (ADASS guidance) — once on a matter, and
// again when the harm they know of has grown.
void Members::question_officer(AgentVertex member, const Item& item) {
  const int area = run_.model.area_of(member);
  const AgentVertex officer = area < 0 ? no_agent : run_.model.area(area).statutory_officer;
  if (officer == no_agent || officer == member) return;
  const auto route = run_.model.route_between(member, officer);
  if (!route) return;
  const Knowledge* known = run_.mail.knowledge(member, item.subject);
  const std::uint32_t harms = known ? known->harms + known->complaints : 0;
  auto asked = std::find_if(asked_.begin(), asked_.end(),
                            [&](const Asked& a) { return a.member == member && a.subject == item.subject; });
  if (asked != asked_.end() && static_cast<double>(harms) < run_.parameters[Param::re_escalation_growth] *
                                                                std::max<double>(1.0, asked->harms))
    return;
  if (asked == asked_.end())
    asked_.push_back({member, item.subject, harms});
  else
    asked->harms = harms;
  Item question = item;
  question.type = ItemType::question;
  question.reply_to = member;
  question.personal = false;
  question.reputational = false;
  question.requires_action = false;
  run_.mail.carry_knowledge(member, question);
  const std::uint32_t id = run_.mail.create(question);
  run_.log.question_asked(member, officer, id, question, false);
  run_.mail.send_over(member, *route, id);
}

// A councillor who knows of a salient matter calls in scrutiny; opposition
// members do so more readily.
void Members::consider_call_in(AgentVertex member, const Item& item) {
  Matter& m = matter(item.subject);
  if (m.scrutiny_called || !calls_in_scrutiny(m.salience, run_.plan(member).opposition, run_.parameters))
    return;
  m.scrutiny_called = true;
  Item call_in = item;
  call_in.type = ItemType::concern;
  call_in.personal = false;
  call_in.reputational = false;
  run_.mail.carry_knowledge(member, call_in);
  const std::uint32_t id = run_.mail.create(call_in);
  // The member's own council's scrutiny committee.
  const int area = run_.model.area_of(member);
  const AgentVertex scrutiny = area < 0 ? no_agent : run_.model.area(area).scrutiny;
  if (scrutiny != no_agent)
    run_.mail.send_by(member, scrutiny, id, Channel::call_in, true);
  else
    run_.log.item_blocked(member, no_agent, id, call_in, Note::no_onward_route,
                          run_.log.channel(Channel::call_in));
}

void Members::add_salience(Symbol subject, double amount, AgentVertex by) {
  Matter& m = matter(subject);
  m.salience += amount;
  if (m.leadership_drawn_in || m.salience < run_.parameters[Param::salience_to_draw_in_leadership]) return;
  m.leadership_drawn_in = true;
  // The leadership of the council whose people the matter concerns.
  const GovernanceModel::AreaPlan* area = run_.area_for(subject, by);
  if (!area) return;
  for (AgentVertex leader : area->leadership) {
    Item alert;
    alert.type = ItemType::concern;
    alert.subject = subject;
    alert.severity = 4;
    alert.reputational = true;
    run_.log.drawn_in(leader, by, subject, m.salience, alert);
    run_.mail.send_by(by, leader, run_.mail.create(alert), Channel::reputational_risk, true);
  }
}

}  // namespace govsim
