#include "scene/scene.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/event_words.hpp"
#include "scene/gap_actor.hpp"
#include "scene/label.hpp"

namespace govsim::view {
namespace {

const ItemJourney* latest_seen(const Replay& replay, const SceneRequest& request) {
  const ItemJourney* latest = nullptr;
  for (const ItemJourney& j : replay.journeys()) {
    if (j.sent > request.day) break;
    if (sees(request.as, j)) latest = &j;
  }
  return latest;
}

std::string perspective_caption(const Replay& replay, const SceneRequest& request) {
  const Arrangement& a = replay.arrangement();
  const std::string& me = a.agent(request.as->viewer).name;
  const ItemJourney* j = latest_seen(replay, request);
  if (!j) return "Seen as " + me + ": nothing about this run has reached you yet.";
  std::ostringstream out;
  out << day_label(j->sent, true) << " — seen as " << me << ": ";
  if (j->from == request.as->viewer)
    out << "you sent " << item_words(j->what) << " about " << replay.words().subject(j->subject) << " to "
        << a.agent(j->to).name << '.';
  else
    out << a.agent(j->from).name << " sent you " << item_words(j->what) << " about "
        << replay.words().subject(j->subject) << '.';
  return out.str();
}

std::string trainer_caption(const Replay& replay, double day, const std::vector<SceneDecision>& decisions) {
  // The latest sentence by this moment. The story is not strictly in time
  // order (a sentence summing up a stretch is told where it ends), so search it
  // all rather than bisect it: a bisection can land on an older sentence, and
  // the caption's day would then lag the timeline's.
  const std::pair<double, std::string>* latest = nullptr;
  for (const auto& entry : replay.report().narrative)
    if (entry.first <= day && (!latest || entry.first >= latest->first)) latest = &entry;
  if (!latest) {
    const std::string& what = replay.report().scenario_description;
    return what.empty() ? std::string("Day 0 — the run begins.") : "Day 0 — " + what + '.';
  }
  const auto& [when, sentence] = *latest;
  std::string caption = day_label(when, true) + " — " + sentence;
  // At a decision, say who advised and whether it was on record, as the decider saw it.
  for (const SceneDecision& d : decisions)
    if (d.day == when) caption += " " + d.advice + ".";
  return caption;
}

std::vector<bool> vacant_at(const Replay& replay, double day) {
  const Network& n = replay.arrangement().network;
  std::vector<bool> vacant(boost::num_vertices(n));
  for (std::size_t v = 0; v < vacant.size(); ++v) vacant[v] = n[v].vacant;
  const auto& records = replay.log().records();
  const std::size_t until = replay.records_until(day);
  for (std::size_t i = 0; i < until; ++i)
    if (records[i].kind == LogKind::post_vacated)
      if (auto v = replay.agent_of(records[i].actor)) vacant[*v] = true;
  return vacant;
}

void mark_knowing(const Replay& replay, const SceneRequest& request, Scene& scene) {
  if (request.subject.empty()) return;
  const SubjectAwareness* awareness = replay.awareness(request.subject);
  std::vector<bool> aware(scene.nodes.size(), false);
  if (awareness)
    for (const auto& [id, day] : awareness->first_known_by)
      if (day <= request.day)
        if (auto v = replay.arrangement().find(id)) aware[*v] = true;
  if (!request.as) {
    for (SceneNode& node : scene.nodes) node.knowing = aware[node.agent] ? Knowing::aware : Knowing::unaware;
    return;
  }
  // The viewer knows only of those it has dealt with on this subject.
  const AgentVertex me = request.as->viewer;
  for (SceneNode& node : scene.nodes) node.knowing = Knowing::hidden;
  scene.nodes[me].knowing = aware[me] ? Knowing::aware : Knowing::unaware;
  for (const ItemJourney& j : replay.journeys()) {
    if (j.sent > request.day) break;
    if (j.subject != request.subject || !sees(request.as, j)) continue;
    if (j.to == me && j.received && *j.received <= request.day) scene.nodes[j.from].knowing = Knowing::aware;
    if (j.from == me) scene.nodes[j.to].knowing = aware[j.to] ? Knowing::aware : Knowing::unaware;
  }
}

void trace_path(const Replay& replay, const SceneRequest& request, const Router& router, Scene& scene) {
  if (request.subject.empty()) return;
  const Arrangement& a = replay.arrangement();
  // Everyone on the subject's paths: a hop may cross them if nothing else is possible, never anyone else.
  std::vector<AgentVertex> on_path;
  for (const EscalationPath& path : replay.report().escalation_paths)
    if (path.subject == request.subject)
      for (const PathHop& hop : path.hops)
        for (const std::string* id : {&hop.from, &hop.to})
          if (auto v = a.find(*id); v && std::find(on_path.begin(), on_path.end(), *v) == on_path.end())
            on_path.push_back(*v);
  for (const EscalationPath& path : replay.report().escalation_paths) {
    if (path.subject != request.subject) continue;
    int hop_index = 0;
    for (const PathHop& hop : path.hops) {
      const int index = hop_index++;
      if (hop.sent > request.day) break;
      const auto from = a.find(hop.from), to = a.find(hop.to);
      if (!from || !to) continue;
      if (request.as && *from != request.as->viewer && *to != request.as->viewer) continue;
      PathSegment segment{*from, *to, index, false, 0.0F, {}};
      if (hop.received && *hop.received <= request.day) {
        segment.arrived = true;
        segment.progress = 1.0F;
        scene.nodes[*to].on_path = true;
      } else {
        const double arrive = hop.received.value_or(hop.sent + std::max(hop.wait, 1.0));
        segment.progress =
            arrive > hop.sent ? static_cast<float>((request.day - hop.sent) / (arrive - hop.sent)) : 1.0F;
        segment.progress = std::clamp(segment.progress, 0.0F, 1.0F);
      }
      scene.nodes[*from].on_path = true;
      segment.route = router.route(*from, *to, request.scale, on_path, request.label_floor_px);
      if (std::find(scene.path.begin(), scene.path.end(), segment) == scene.path.end())
        scene.path.push_back(segment);
    }
  }
}

void place_items(const Replay& replay, const Layout& layout, const SceneRequest& request, Scene& scene) {
  for (const ItemJourney& j : replay.journeys()) {
    if (j.sent > request.day) break;
    if (request.day >= j.arrives) continue;
    if (!sees(request.as, j)) continue;
    const double span = j.arrives - j.sent;
    const float t = span > 0 ? static_cast<float>((request.day - j.sent) / span) : 1.0F;
    scene.items.push_back({j.item, j.from, j.to, lerp(layout.position[j.from], layout.position[j.to], t),
                           j.what, j.subject, j.severity, j.personal, j.lost.has_value()});
  }
}

// A place beside the agent's mark for a box of half-size (hw, hh), clear of
// every label and mark and of what is already placed: tried round it from the
// top right, its label's side (below) last.
Point place_beside(const Layout& layout, const std::vector<Obstacle>& obstacles, AgentVertex on, float hw,
                   float hh, float scale, std::vector<Box>& taken) {
  const Point c = layout.position[on];
  const float r = layout.radius[on];
  auto box_at = [&](Point at) { return Box{at.x - hw, at.y - hh, 2 * hw, 2 * hh}; };
  auto clear = [&](const Box& box) {
    for (const Obstacle& o : obstacles) {
      if (o.label.width > 0 && o.label.intersects(box)) return false;
      const float dx = std::max({box.left - o.centre.x, 0.0F, o.centre.x - box.right()});
      const float dy = std::max({box.top - o.centre.y, 0.0F, o.centre.y - box.bottom()});
      if (std::hypot(dx, dy) < o.radius) return false;
    }
    return std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(box); });
  };
  constexpr double angles[] = {-45, -135, 0, 180, -90, -20, -160, 20, 160};
  std::optional<Point> first;
  for (int ring = 0; ring < 3; ++ring)
    for (double degrees : angles) {
      const double t = degrees * M_PI / 180.0;
      const auto cos_t = static_cast<float>(std::cos(t)), sin_t = static_cast<float>(std::sin(t));
      // Far enough out along the ray that the box clears the mark, plus a gap.
      const float reach = std::min(std::abs(cos_t) > 0.01F ? hw / std::abs(cos_t) : 1e9F,
                                   std::abs(sin_t) > 0.01F ? hh / std::abs(sin_t) : 1e9F);
      const float d = r + reach + (3.0F + static_cast<float>(ring) * 2.0F * hh * scale) / scale;
      const Point at{c.x + d * cos_t, c.y + d * sin_t};
      if (!first) first = at;
      if (clear(box_at(at))) {
        taken.push_back(box_at(at));
        return at;
      }
    }
  taken.push_back(box_at(*first));
  return *first;
}

void place_badges(const Replay& replay, const Layout& layout, const SceneRequest& request,
                  const Router& router, std::vector<Box>& taken, Scene& scene) {
  const std::vector<Obstacle>& obstacles = router.obstacles(request.scale, request.label_floor_px);
  const float half = badge_half_px / request.scale;
  const Arrangement& a = replay.arrangement();
  const auto& gaps = replay.report().gaps;
  for (std::size_t g = 0; g < gaps.size(); ++g) {
    const Gap& gap = gaps[g];
    const bool in_run = gap.day.has_value();
    if (in_run && *gap.day > request.day) continue;
    if (in_run && !request.subject.empty() && !gap.subject.empty() && gap.subject != request.subject)
      continue;
    if (in_run && request.as &&
        std::find(gap.agents.begin(), gap.agents.end(), a.agent(request.as->viewer).id) == gap.agents.end())
      continue;
    // On the agent that failed; a harm gap names none, so it sits on whoever was harmed.
    std::optional<AgentVertex> on;
    if (auto id = failed_agent(gap)) on = a.find(*id);
    for (const std::string& id : gap.agents)
      if (!on) on = a.find(id);
    if (!on && !gap.subject.empty()) on = replay.first_harmed(gap.subject);
    if (!on) continue;
    Point at;
    if (request.scale >= labelled_scale) {
      at = place_beside(layout, obstacles, *on, half, half, request.scale, taken);
    } else {
      // Far out there are no names to keep clear of, and a badge pushed clear of
      // a tiny mark would land on a council's header: on the mark, round it clockwise.
      const int k = static_cast<int>(std::count_if(scene.badges.begin(), scene.badges.end(),
                                                   [&](const SceneBadge& b) { return b.agent == *on; }));
      const double angle = -M_PI / 4 + k * (M_PI / 2);
      const float r = layout.radius[*on] + 14.0F;
      at = {layout.position[*on].x + r * static_cast<float>(std::cos(angle)),
            layout.position[*on].y + r * static_cast<float>(std::sin(angle))};
    }
    scene.badges.push_back({g, gap.type, at, *on, !gap.links.empty()});
  }
}

}  // namespace

Scene build_scene(const Replay& replay, const Layout& layout, const SceneRequest& request) {
  Scene scene;
  scene.day = request.day;
  scene.subject = request.subject;
  scene.as = request.as;
  const std::vector<bool> vacant = vacant_at(replay, request.day);
  scene.nodes.resize(layout.position.size());
  for (std::size_t v = 0; v < scene.nodes.size(); ++v)
    scene.nodes[v] = {v,
                      layout.position[v],
                      layout.radius[v],
                      Knowing::no_subject,
                      false,
                      request.as && request.as->viewer == v,
                      vacant[v]};
  std::optional<Router> own_router;
  const Router& router = request.router ? *request.router : own_router.emplace(replay, layout);
  mark_knowing(replay, request, scene);
  trace_path(replay, request, router, scene);
  place_items(replay, layout, request, scene);
  std::vector<Box> taken;
  place_badges(replay, layout, request, router, taken, scene);
  std::vector<SceneDecision> decided = decisions_until(replay, request.day, request.as);
  scene.caption =
      request.as ? perspective_caption(replay, request) : trainer_caption(replay, request.day, decided);
  // The latest decision of each decider, for a week, as a tag beside it.
  const std::vector<Obstacle>& obstacles = router.obstacles(request.scale, request.label_floor_px);
  // Only where names are legible too: far out, a card would cover whole councils.
  for (auto d = decided.rbegin(); d != decided.rend() && request.scale >= labelled_scale; ++d) {
    if (request.day - d->day > decision_shown_days) break;
    if (std::any_of(scene.decisions.begin(), scene.decisions.end(),
                    [&](const SceneDecision& shown) { return shown.decider == d->decider; }))
      continue;
    const Point size = decision_tag_px(*d);
    d->at = place_beside(layout, obstacles, d->decider, size.x / 2 / request.scale,
                         size.y / 2 / request.scale, request.scale, taken);
    scene.decisions.push_back(std::move(*d));
  }
  if (!request.as)
    if ((scene.key = outcome_key(replay, request.colour_by)))
      scene.areas = shade_areas(replay, layout, request.colour_by, request.day, *scene.key);
  return scene;
}

std::string decision_tag_text(const SceneDecision& decision) {
  std::vector<std::string> line = wrap_words(decision.option, 30, 1);
  return "\u2713 " + (line.empty() ? decision.option : line.front());
}

Point decision_tag_px(const SceneDecision& decision) {
  const std::string text = decision_tag_text(decision);
  const auto chars = static_cast<float>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  return {chars * 0.62F * decision_tag_font_px + 12.0F, decision_tag_font_px * 1.2F + 8.0F};
}

std::string default_subject(const Replay& replay) {
  const EscalationPath* furthest = nullptr;
  for (const EscalationPath& path : replay.report().escalation_paths)
    if (!furthest || path.hops.size() > furthest->hops.size()) furthest = &path;
  if (furthest) return furthest->subject;
  return replay.subjects().empty() ? std::string() : replay.subjects().front();
}

}  // namespace govsim::view
