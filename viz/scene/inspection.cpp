#include "scene/inspection.hpp"

#include <algorithm>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/event_words.hpp"
#include "scene/decision.hpp"

namespace govsim::view {
namespace {

std::string describe(const Replay& replay, const LogRecord& r, bool withhold_personal) {
  const EventLog& log = replay.log();
  if (withhold_personal && (r.flags & log_flag::personal) != 0)
    return day_label(r.time, true) + ": a personal item (withheld from elected members)";
  return day_label(r.time, true) + ": " + event_words(log, r, replay.words());
}

// What an agent does that deals with what is in its in-tray: passing it on,
// answering, advising, deciding, carrying out a direction, noting, questioning,
// resolving. Learning of a matter, or holding an item back, leaves it waiting.
bool acts_on_item(LogKind kind) {
  switch (kind) {
    case LogKind::item_sent:
    case LogKind::item_escalated:
    case LogKind::item_resolved:
    case LogKind::item_blocked:
    case LogKind::item_lost:
    case LogKind::advice_given:
    case LogKind::decision_taken:
    case LogKind::advice_overruled:
    case LogKind::direction_implemented:
    case LogKind::report_noted:
    case LogKind::question_asked:
    case LogKind::action_required:
    case LogKind::action_closed:
    case LogKind::confidentiality_blocked:
    case LogKind::scrutiny_blocked:
      return true;
    default:
      return false;
  }
}

// Whether `act`, logged by the agent after it received `item`, dealt with it:
// the log names the item itself (an escalation, a resolution), or the act is
// on the item's matter towards whoever sent it (advice to the one who asked, a
// direction carried out for the director, a report noted from its author), or
// it is the decision the item asked for. Advice, decisions and directions are
// logged by matter and counterpart, not by item.
bool deals_with(const LogRecord& act, const LogRecord& item) {
  if (!acts_on_item(act.kind) || act.time < item.time) return false;
  if (act.item != 0 && act.item == item.item) return true;
  if (act.subject == no_symbol || act.subject != item.subject) return false;
  return act.other == item.other || act.kind == LogKind::decision_taken;
}

}  // namespace

Inspection inspect(const Replay& replay, AgentVertex agent, double day, const std::optional<Perspective>& as,
                   std::size_t latest_records) {
  const Agent& who = replay.arrangement().agent(agent);
  Inspection out;
  out.id = who.id;
  out.name = who.name;
  out.area = who.area;
  for (Role role : who.roles) out.roles.emplace_back(role_words(role));
  // Roles are public: the arrangement is a published protocol. The rest is not.
  if (as && as->viewer != agent) {
    out.visible = false;
    return out;
  }
  const bool withhold = as && as->elected_member;
  const auto& records = replay.log().records();
  const std::size_t until = replay.records_until(day);
  std::vector<const LogRecord*> received, acts;
  for (std::size_t i = 0; i < until; ++i) {
    const LogRecord& r = records[i];
    const auto actor = replay.agent_of(r.actor);
    if (!actor || *actor != agent) continue;
    if (r.kind == LogKind::item_received) received.push_back(&r);
    if (acts_on_item(r.kind)) acts.push_back(&r);
    // The subject's name is not personal, and the map shows the agent knowing it;
    // only what it learned from a personal item is withheld.
    if (r.kind == LogKind::became_aware)
      out.knowledge.push_back(
          replay.words().subject(replay.log().text(r.subject)) + " (since " + day_label(r.time) +
          (withhold && (r.flags & log_flag::personal) ? ", from a personal item" : "") + ")");
    out.records.push_back(describe(replay, r, withhold));
  }
  for (const LogRecord* r : received)
    if (std::none_of(acts.begin(), acts.end(), [&](const LogRecord* act) { return deals_with(*act, *r); }) &&
        std::find(out.inbox_items.begin(), out.inbox_items.end(), r->item) == out.inbox_items.end()) {
      out.inbox.push_back(describe(replay, *r, withhold));
      out.inbox_items.push_back(r->item);
    }
  for (const SceneDecision& d : decisions_until(replay, day, as))
    if (d.decider == agent)
      out.decisions.push_back(day_label(d.day, true) + ", on " + d.matter + ": " + d.chose + ". " + d.advice +
                              ".");
  if (out.records.size() > latest_records)
    out.records.erase(out.records.begin(), out.records.end() - static_cast<std::ptrdiff_t>(latest_records));
  return out;
}

}  // namespace govsim::view
