#include "scene/scene.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/event_words.hpp"

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

std::string trainer_caption(const Replay& replay, double day) {
  const auto& story = replay.report().narrative;
  auto after =
      std::upper_bound(story.begin(), story.end(), day,
                       [](double d, const std::pair<double, std::string>& e) { return d < e.first; });
  if (after == story.begin()) {
    const std::string& what = replay.report().scenario_description;
    return what.empty() ? std::string("Day 0 — the run begins.") : "Day 0 — " + what + '.';
  }
  const auto& [when, sentence] = *std::prev(after);
  return day_label(when, true) + " — " + sentence;
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

void trace_path(const Replay& replay, const SceneRequest& request, Scene& scene) {
  if (request.subject.empty()) return;
  const Arrangement& a = replay.arrangement();
  for (const EscalationPath& path : replay.report().escalation_paths) {
    if (path.subject != request.subject) continue;
    int hop_index = 0;
    for (const PathHop& hop : path.hops) {
      const int index = hop_index++;
      if (hop.sent > request.day) break;
      const auto from = a.find(hop.from), to = a.find(hop.to);
      if (!from || !to) continue;
      if (request.as && *from != request.as->viewer && *to != request.as->viewer) continue;
      PathSegment segment{*from, *to, index, false, 0.0F};
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

// "from type to", as the gap finder writes a link.
std::optional<std::pair<AgentVertex, AgentVertex>> link_ends(const Arrangement& a, const std::string& link) {
  std::istringstream words(link);
  std::string from, type, to;
  if (!(words >> from >> type >> to)) return std::nullopt;
  const auto f = a.find(from), t = a.find(to);
  if (!f || !t) return std::nullopt;
  return std::make_pair(*f, *t);
}

void place_badges(const Replay& replay, const Layout& layout, const SceneRequest& request, Scene& scene) {
  const Arrangement& a = replay.arrangement();
  const auto& gaps = replay.report().gaps;
  std::map<AgentVertex, int> on_agent;
  for (std::size_t g = 0; g < gaps.size(); ++g) {
    const Gap& gap = gaps[g];
    const bool in_run = gap.day.has_value();
    if (in_run && *gap.day > request.day) continue;
    if (in_run && !request.subject.empty() && !gap.subject.empty() && gap.subject != request.subject)
      continue;
    if (in_run && request.as &&
        std::find(gap.agents.begin(), gap.agents.end(), a.agent(request.as->viewer).id) == gap.agents.end())
      continue;
    if (!gap.links.empty())
      if (auto ends = link_ends(a, gap.links.front())) {
        const Point mid = lerp(layout.position[ends->first], layout.position[ends->second], 0.5F);
        scene.badges.push_back({g, gap.type, mid, ends->first, true});
        continue;
      }
    // The first agent the gap names; a harm gap names none, so it sits on whoever was harmed.
    std::optional<AgentVertex> on;
    for (const std::string& id : gap.agents)
      if ((on = a.find(id))) break;
    if (!on && !gap.subject.empty()) on = replay.first_harmed(gap.subject);
    if (!on) continue;
    // Badges on one agent go round it clockwise from the top right.
    const int k = on_agent[*on]++;
    const double angle = -M_PI / 4 + k * (M_PI / 2);
    const float r = layout.radius[*on] + 14.0F;
    const Point at{layout.position[*on].x + r * static_cast<float>(std::cos(angle)),
                   layout.position[*on].y + r * static_cast<float>(std::sin(angle))};
    scene.badges.push_back({g, gap.type, at, *on, false});
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
  mark_knowing(replay, request, scene);
  trace_path(replay, request, scene);
  place_items(replay, layout, request, scene);
  place_badges(replay, layout, request, scene);
  scene.caption = request.as ? perspective_caption(replay, request) : trainer_caption(replay, request.day);
  if (!request.as)
    if ((scene.key = outcome_key(replay, request.colour_by)))
      scene.areas = shade_areas(replay, layout, request.colour_by, request.day, *scene.key);
  return scene;
}

std::string default_subject(const Replay& replay) {
  const EscalationPath* furthest = nullptr;
  for (const EscalationPath& path : replay.report().escalation_paths)
    if (!furthest || path.hops.size() > furthest->hops.size()) furthest = &path;
  if (furthest) return furthest->subject;
  return replay.subjects().empty() ? std::string() : replay.subjects().front();
}

}  // namespace govsim::view
