#include "analysis/escalation_paths.hpp"

#include "analysis/day_label.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace govsim {

std::string_view to_string(PathEnd end) {
  switch (end) {
    case PathEnd::resolved:
      return "resolved";
    case PathEnd::joined_open_matter:
      return "joined_open_matter";
    case PathEnd::decided:
      return "decided";
    case PathEnd::questioned:
      return "questioned";
    case PathEnd::noted_without_question:
      return "noted_without_question";
    case PathEnd::no_onward_route:
      return "no_onward_route";
    case PathEnd::vacant_post:
      return "vacant_post";
    case PathEnd::held:
      return "held";
    case PathEnd::held_beyond_limit:
      return "held_beyond_limit";
    case PathEnd::lost:
      return "lost";
    case PathEnd::run_ended:
      return "run_ended";
  }
  return "run_ended";
}

namespace {

// The item a record's value names (escalations and blocked disclosures carry
// the number of the item they produced); 0, no item, for a value that is not
// one — a log from elsewhere may hold anything there.
std::uint32_t item_number(double value) {
  if (!(value >= 1.0 && value <= 4294967295.0)) return 0;
  return static_cast<std::uint32_t>(value);
}

// What happened to one item, gathered from the records that name it.
struct ItemStory {
  const LogRecord* sent = nullptr;
  const LogRecord* received = nullptr;
  const LogRecord* acted = nullptr;  // the receiver's first action on it
  const LogRecord* lost = nullptr;
  std::uint32_t replaced_by = 0;  // an aggregate sent in its place
};

bool is_action(LogKind kind) {
  switch (kind) {
    case LogKind::item_escalated:
    case LogKind::item_resolved:
    case LogKind::item_blocked:
    case LogKind::item_held:
    case LogKind::report_noted:
    case LogKind::question_asked:
      return true;
    default:
      return false;
  }
}

std::string outcome_of(const LogRecord* action) {
  if (!action) return "none";
  switch (action->kind) {
    case LogKind::item_escalated:
      return "escalated";
    case LogKind::item_resolved:
      return "resolved";
    case LogKind::item_blocked:
      return "blocked";
    case LogKind::item_held:
      return "held";
    case LogKind::report_noted:
      return "noted";
    case LogKind::question_asked:
      return "questioned";
    default:
      return "none";
  }
}

}  // namespace

std::vector<EscalationPath> escalation_paths(const EventLog& log, double hold_limit_days, double end_day,
                                             const NameOfAgent& name_of) {
  std::unordered_map<std::uint32_t, ItemStory> items;
  std::unordered_set<std::uint32_t> escalation_products;
  std::vector<const LogRecord*> escalations;
  std::vector<const LogRecord*> decisions;
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::decision_taken) decisions.push_back(&r);
    if (r.item == 0) continue;
    ItemStory& story = items[r.item];
    if (r.kind == LogKind::item_sent && !story.sent) story.sent = &r;
    if (r.kind == LogKind::item_received && !story.received) story.received = &r;
    if (r.kind == LogKind::item_lost && !story.lost) story.lost = &r;
    if (r.kind == LogKind::confidentiality_blocked) story.replaced_by = item_number(r.value);
    // A hold is for now: what the holder does once it lets the item go (an
    // escalation at the hold limit) is where the item went.
    if (is_action(r.kind) && story.received && r.actor == story.received->actor &&
        (!story.acted || (story.acted->kind == LogKind::item_held && r.kind != LogKind::item_held)))
      story.acted = &r;
    if (r.kind == LogKind::item_escalated) {
      escalations.push_back(&r);
      escalation_products.insert(item_number(r.value));
    }
  }
  auto follow = [&](std::uint32_t id) {
    for (int guard = 0; guard < 4 && items.count(id) && items[id].replaced_by; ++guard)
      id = items[id].replaced_by;
    return id;
  };
  auto hop_of = [&](std::uint32_t id, const std::string& from, const std::string& to,
                    const std::string& channel, double sent) {
    PathHop hop{from, to, channel, sent, std::nullopt, std::nullopt, 0.0, "none"};
    const ItemStory& story = items[follow(id)];
    if (story.received) hop.received = story.received->time;
    if (story.acted) hop.acted = story.acted->time;
    hop.wait = hop.acted.value_or(end_day) - sent;
    hop.outcome = story.lost ? "lost" : outcome_of(story.acted);
    return hop;
  };

  std::vector<EscalationPath> paths;
  for (const LogRecord* start : escalations) {
    if (escalation_products.count(start->item)) continue;  // a later hop of a chain already followed
    EscalationPath path;
    path.subject = std::string(log.text(start->subject));
    // Hop 0: how the first escalator came to hold the item, if the log shows it.
    const ItemStory& origin = items[start->item];
    if (origin.sent) {
      path.raised_by = std::string(log.text(origin.sent->actor));
      if (path.raised_by.empty()) path.raised_by = "outside";
      path.first_day = origin.sent->time;
      path.hops.push_back(hop_of(start->item, path.raised_by, std::string(log.text(start->actor)),
                                 std::string(log.text(origin.sent->channel)), origin.sent->time));
    } else {
      path.raised_by = std::string(log.text(start->actor));
      path.first_day = start->time;
    }
    const LogRecord* step = start;
    const LogRecord* last_action = nullptr;
    std::uint32_t last_item = 0;
    for (int guard = 0; step && guard < 64; ++guard) {
      // The reader refuses any other value; a log built in memory is checked here too.
      if (!(step->value >= 0.0 && step->value <= std::numeric_limits<std::uint32_t>::max())) break;
      const auto next_id = static_cast<std::uint32_t>(step->value);
      path.hops.push_back(hop_of(next_id, std::string(log.text(step->actor)),
                                 std::string(log.text(step->other)), std::string(log.text(step->channel)),
                                 step->time));
      last_item = follow(next_id);
      last_action = items[last_item].acted;
      step = last_action && last_action->kind == LogKind::item_escalated ? last_action : nullptr;
    }
    path.last_day = path.first_day;
    path.stopped_at = path.hops.back().to;

    const ItemStory& last = items[last_item];
    const std::string where = name_of ? name_of(path.stopped_at) : path.stopped_at;
    if (last.lost) {
      path.end = PathEnd::lost;
      path.explanation = "lost on an unreliable link on its way to " + where;
    } else if (!last.acted) {
      path.end = PathEnd::run_ended;
      path.explanation = last.received ? "still waiting with " + where + " when the run ended"
                                       : "still on its way to " + where + " when the run ended";
    } else {
      const LogRecord& a = *last.acted;
      const std::string note(log.text(a.note));
      switch (a.kind) {
        case LogKind::item_resolved: {
          const bool decided = std::any_of(decisions.begin(), decisions.end(), [&](const LogRecord* d) {
            return d->actor == a.actor && d->subject == a.subject && d->time >= a.time;
          });
          path.end = decided                        ? PathEnd::decided
                     : note.starts_with("added to") ? PathEnd::joined_open_matter
                                                    : PathEnd::resolved;
          path.explanation = decided ? where + " took a decision on it"
                             : path.end == PathEnd::joined_open_matter
                                 ? where + " added it to a matter it had already escalated"
                                 : where + " dealt with it within its own authority";
          break;
        }
        case LogKind::item_blocked:
          path.end = note.starts_with("post vacant") ? PathEnd::vacant_post : PathEnd::no_onward_route;
          path.explanation = path.end == PathEnd::vacant_post
                                 ? "stopped at " + where + ": the next post was vacant with no deputy"
                                 : "stopped at " + where + ", which had no onward route for it";
          break;
        case LogKind::item_held:
          path.end = end_day - a.time > hold_limit_days ? PathEnd::held_beyond_limit : PathEnd::held;
          path.explanation = path.end == PathEnd::held_beyond_limit
                                 ? where + " held it from " + day_label(a.time) +
                                       " beyond the protocol's limit of " +
                                       std::to_string(static_cast<int>(hold_limit_days)) + " days"
                                 : where + " held it";
          break;
        case LogKind::report_noted:
          path.end = PathEnd::noted_without_question;
          path.explanation = where + " noted it without a question";
          break;
        case LogKind::question_asked:
          path.end = PathEnd::questioned;
          path.explanation = where + " asked questions about it";
          break;
        default:
          path.end = PathEnd::resolved;
          path.explanation = where + " dealt with it";
      }
    }

    // Group with an earlier path that took the same route and ended the same way.
    auto same = std::find_if(paths.begin(), paths.end(), [&](const EscalationPath& p) {
      if (p.subject != path.subject || p.end != path.end || p.hops.size() != path.hops.size()) return false;
      for (std::size_t i = 0; i < p.hops.size(); ++i)
        if (p.hops[i].from != path.hops[i].from || p.hops[i].to != path.hops[i].to) return false;
      return true;
    });
    if (same != paths.end()) {
      ++same->occurrences;
      same->last_day = path.first_day;
    } else {
      paths.push_back(std::move(path));
    }
  }
  return paths;
}

}  // namespace govsim
