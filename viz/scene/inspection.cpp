#include "scene/inspection.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/event_words.hpp"

namespace govsim::view {
namespace {

std::string describe(const Replay& replay, const LogRecord& r, bool withhold_personal) {
  const EventLog& log = replay.log();
  if (withhold_personal && (r.flags & log_flag::personal) != 0)
    return day_label(r.time, true) + ": a personal item (withheld from elected members)";
  return day_label(r.time, true) + ": " + event_words(log, r, replay.words());
}

bool acts_on_item(LogKind kind) {
  return kind == LogKind::item_escalated || kind == LogKind::item_resolved || kind == LogKind::item_blocked ||
         kind == LogKind::item_held || kind == LogKind::report_noted || kind == LogKind::question_asked ||
         kind == LogKind::decision_taken || kind == LogKind::direction_implemented;
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
  std::vector<const LogRecord*> received;
  std::set<std::uint32_t> acted;
  for (std::size_t i = 0; i < until; ++i) {
    const LogRecord& r = records[i];
    const auto actor = replay.agent_of(r.actor);
    if (!actor || *actor != agent) continue;
    if (r.kind == LogKind::item_received) received.push_back(&r);
    if (acts_on_item(r.kind) && r.item != 0) acted.insert(r.item);
    // The subject's name is not personal, and the map shows the agent knowing it;
    // only what it learned from a personal item is withheld.
    if (r.kind == LogKind::became_aware)
      out.knowledge.push_back(
          replay.words().subject(replay.log().text(r.subject)) + " (since " + day_label(r.time) +
          (withhold && (r.flags & log_flag::personal) ? ", from a personal item" : "") + ")");
    out.records.push_back(describe(replay, r, withhold));
  }
  for (const LogRecord* r : received)
    if (!acted.contains(r->item)) out.inbox.push_back(describe(replay, *r, withhold));
  if (out.records.size() > latest_records)
    out.records.erase(out.records.begin(), out.records.end() - static_cast<std::ptrdiff_t>(latest_records));
  return out;
}

}  // namespace govsim::view
