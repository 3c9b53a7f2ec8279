// What a trainer must be able to trust in the view, checked on the scene model
// (no SFML): paths that pass no one off them, badges on whoever failed and
// clear of every name, gaps and decisions told in words.
#include <catch2/catch.hpp>

#include <iomanip>
#include <map>
#include <set>
#include <tuple>

#include "analysis/event_words.hpp"
#include "app/view_source.hpp"
#include "scenario/input_source.hpp"
#include "scene/gap_actor.hpp"
#include "scene/gap_words.hpp"
#include "scene/inspection.hpp"
#include "scene/label.hpp"
#include "scene/playback.hpp"
#include "scene/scene.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

// Every built-in scenario, each run once on its own arrangement (they take a moment each).
const std::map<std::string, std::unique_ptr<LoadedRun>>& built_in_runs() {
  static const auto runs = [] {
    std::map<std::string, std::unique_ptr<LoadedRun>> out;
    for (const BuiltinEntry& entry : builtins(InputKind::scenario)) {
      ViewSource source;
      source.scenario = entry.name;
      out.emplace(entry.name, load_run(source));
    }
    return out;
  }();
  return runs;
}

// The zooms a room sees: close up, a 1920x1080 window fitted, a 1280x720 one
// fitted. At the last, names at their smallest legible size fill the rows:
// paths keep clear of every mark there, but may have to cross names.
constexpr float scales[] = {1.0F, 0.7F, 0.43F};
constexpr float names_fill_rows_below = 0.5F;

}  // namespace

TEST_CASE("an escalation path passes no agent that is not on it, in every built-in scenario",
          "[view][scene][trust]") {
  REQUIRE(built_in_runs().size() >= 9);
  std::size_t hops = 0;
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    for (const std::string& subject : replay.subjects())
      for (float scale : scales) {
        SceneRequest request{replay.end_day(), subject, {}};
        request.scale = scale;
        const Scene scene = build_scene(replay, run->layout, request);
        std::vector<bool> on_path(scene.nodes.size(), false);
        for (const PathSegment& hop : scene.path) on_path[hop.from] = on_path[hop.to] = true;
        for (const PathSegment& hop : scene.path) {
          INFO(name << ", " << subject << " at zoom " << scale << ": "
                    << replay.arrangement().agent(hop.from).id << " -> "
                    << replay.arrangement().agent(hop.to).id);
          REQUIRE(hop.route.size() >= 2);
          // From the sender's edge to the receiver's, where the arrowhead's tip is.
          CHECK(distance(hop.route.front(), run->layout.position[hop.from]) ==
                Approx(run->layout.radius[hop.from] + 2.0F / scale).margin(0.5));
          CHECK(distance(hop.route.back(), run->layout.position[hop.to]) ==
                Approx(run->layout.radius[hop.to] + 2.0F / scale).margin(0.5));
          ++hops;
          for (const SceneNode& node : scene.nodes) {
            if (on_path[node.agent]) continue;
            const AgentLabel label = label_of(replay.arrangement().agent(node.agent).name, node.vacant,
                                              node.at, node.radius, scale);
            for (std::size_t i = 1; i < hop.route.size(); ++i) {
              INFO("crosses " << replay.arrangement().agent(node.agent).id);
              CHECK_FALSE(segment_meets_disc(hop.route[i - 1], hop.route[i], node.at, node.radius));
              if (!label.lines.empty() && scale >= names_fill_rows_below)
                CHECK_FALSE(segment_meets_box(hop.route[i - 1], hop.route[i], label.box));
            }
          }
        }
      }
  }
  CHECK(hops > 20);
}

TEST_CASE("path segments follow the hops, one per hop, in order from sender to receiver",
          "[view][scene][trust]") {
  const auto& run = *built_in_runs().at("01-expedited-discharge");
  const Replay& replay = *run.replay;
  const std::string subject = default_subject(replay);
  const Scene scene = build_scene(replay, run.layout, {replay.end_day(), subject, {}});
  std::vector<std::pair<std::string, std::string>> hops, drawn;
  // Each hop once: the subject's paths share their first hops.
  std::set<std::tuple<std::string, std::string, int>> seen;
  for (const EscalationPath& path : replay.report().escalation_paths)
    if (path.subject == subject)
      for (std::size_t i = 0; i < path.hops.size(); ++i)
        if (seen.emplace(path.hops[i].from, path.hops[i].to, static_cast<int>(i)).second)
          hops.emplace_back(path.hops[i].from, path.hops[i].to);
  for (const PathSegment& s : scene.path)
    drawn.emplace_back(replay.arrangement().agent(s.from).id, replay.arrangement().agent(s.to).id);
  CHECK(drawn == hops);
}

TEST_CASE("a no_consequence badge sits on the body that did not act, not on who asked",
          "[view][scene][trust]") {
  const auto& run = *built_in_runs().at("08-vacant-cswo");
  const Replay& replay = *run.replay;
  const auto& gaps = replay.report().gaps;
  std::size_t checked = 0;
  const Scene scene = build_scene(replay, run.layout, {replay.end_day(), "", {}});
  for (const SceneBadge& badge : scene.badges) {
    const Gap& gap = gaps[badge.gap];
    if (gap.type != GapType::no_consequence) continue;
    INFO(gap.explanation);
    // The gap finder names who required the action first, then who was to act.
    CHECK(badge.agent == *replay.arrangement().find(gap.agents.at(1)));
    ++checked;
  }
  CHECK(checked > 0);
}

TEST_CASE("each badge sits on the agent that failed in its gap", "[view][scene][trust]") {
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    const Scene scene = build_scene(replay, run->layout, {replay.end_day(), "", {}});
    for (const SceneBadge& badge : scene.badges) {
      const Gap& gap = replay.report().gaps[badge.gap];
      INFO(name << ": " << gap.explanation);
      if (auto failed = failed_agent(gap); failed && replay.arrangement().find(*failed))
        CHECK(badge.agent == *replay.arrangement().find(*failed));
      CHECK(distance(badge.at, run->layout.position[badge.agent]) < run->layout.radius[badge.agent] + 80);
    }
  }
}

TEST_CASE("badges never cover an agent's name or mark, nor each other", "[view][scene][trust]") {
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    for (float scale : scales) {
      SceneRequest request{replay.end_day(), "", {}};
      request.scale = scale;
      const Scene scene = build_scene(replay, run->layout, request);
      const float half = badge_half_px / scale;
      for (std::size_t b = 0; b < scene.badges.size(); ++b) {
        const SceneBadge& badge = scene.badges[b];
        const Box box{badge.at.x - half, badge.at.y - half, 2 * half, 2 * half};
        INFO(name << " at zoom " << scale << ": " << replay.report().gaps[badge.gap].explanation);
        for (const SceneNode& node : scene.nodes) {
          const AgentLabel label =
              label_of(replay.arrangement().agent(node.agent).name, node.vacant, node.at, node.radius, scale);
          INFO("over " << replay.arrangement().agent(node.agent).id);
          if (!label.lines.empty()) CHECK_FALSE(box.intersects(label.box));
          CHECK_FALSE(box.contains(node.at));
        }
        for (std::size_t o = 0; o < b; ++o) CHECK_FALSE(box.contains(scene.badges[o].at));
      }
    }
  }
}

TEST_CASE("the gaps shown are named in plain words: the rule, and the agents by name",
          "[view][scene][trust]") {
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    for (const Gap& gap : replay.report().gaps) {
      const GapWords words = gap_words(replay, gap);
      INFO(name << ": " << gap.explanation);
      CHECK_FALSE(words.title.empty());
      CHECK_FALSE(words.rule.empty());
      for (const std::string* text : {&words.title, &words.who, &words.rule, &words.explanation}) {
        INFO(*text);
        CHECK(text->find('_') == std::string::npos);
        for (GapType type : all_gap_types())
          if (to_string(type).find('_') != std::string::npos)
            CHECK(text->find(to_string(type)) == std::string::npos);
        for (const std::string& id : gap.agents)
          if (id.find_first_of("_-") != std::string::npos) CHECK(text->find(id) == std::string::npos);
      }
      if (auto failed = failed_agent(gap))
        CHECK(words.who.rfind(replay.words().agent(*failed), 0) == 0);  // who failed comes first
    }
  }
}

TEST_CASE("at a decision the view shows who advised, whether it was on record, and what was chosen",
          "[view][scene][trust]") {
  std::size_t decisions = 0;
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    const EventLog& log = replay.log();
    for (const LogRecord& r : log.records()) {
      if (r.kind != LogKind::decision_taken) continue;
      INFO(name << " on day " << r.time);
      const Scene scene = build_scene(replay, run->layout, {r.time, "", {}});
      const AgentVertex decider = *replay.agent_of(r.actor);
      const std::string option = replay.words().option(log.text(r.subject), log.text(r.note));
      const auto shown = std::find_if(scene.decisions.begin(), scene.decisions.end(),
                                      [&](const SceneDecision& d) { return d.decider == decider; });
      REQUIRE(shown != scene.decisions.end());
      CHECK(shown->option == option);
      CHECK(decision_tag_text(*shown).find(option.substr(0, 20)) != std::string::npos);
      CHECK(shown->advice_on_record == (r.value > 0));
      if (r.value > 0) {
        REQUIRE_FALSE(shown->advisers.empty());
        CHECK(shown->advice.find(replay.arrangement().agent(shown->advisers.front()).name) !=
              std::string::npos);
        CHECK(shown->advice.find("on the record") != std::string::npos);
      } else {
        CHECK(shown->advice.find("on the record") == std::string::npos);
      }
      // The caption says it too, and the decider's inspector lists it.
      CHECK(scene.caption.find(shown->advice) != std::string::npos);
      const Inspection seen = inspect(replay, decider, r.time, std::nullopt);
      REQUIRE_FALSE(seen.decisions.empty());
      CHECK(seen.decisions.back().find(option) != std::string::npos);
      ++decisions;
    }
  }
  CHECK(decisions > 0);
}

TEST_CASE("an item the agent has answered, advised on, decided or carried out is not in its inbox",
          "[view][scene][trust]") {
  std::size_t checked = 0;
  for (const auto& [name, run] : built_in_runs()) {
    const Replay& replay = *run->replay;
    const auto& records = replay.log().records();
    for (double day : {replay.end_day() / 4, replay.end_day() / 2, replay.end_day()}) {
      const std::size_t until = replay.records_until(day);
      for (auto v : boost::make_iterator_range(boost::vertices(replay.arrangement().network))) {
        const Inspection seen = inspect(replay, v, day, std::nullopt);
        for (std::uint32_t item : seen.inbox_items) {
          const LogRecord* receipt = nullptr;
          for (std::size_t i = 0; i < until; ++i)
            if (records[i].kind == LogKind::item_received && records[i].item == item &&
                replay.agent_of(records[i].actor) == v)
              receipt = &records[i];
          REQUIRE(receipt != nullptr);
          INFO(name << ", day " << day << ", " << seen.name << ": "
                    << event_words(replay.log(), *receipt, replay.words()));
          for (std::size_t i = 0; i < until; ++i) {
            const LogRecord& r = records[i];
            if (replay.agent_of(r.actor) != v || r.time < receipt->time || r.subject != receipt->subject)
              continue;
            INFO("then " << event_words(replay.log(), r, replay.words()));
            // The decision it was asked for; advice to, a direction carried out for, or a
            // report noted from, the one who sent it; or the item itself passed on.
            CHECK(r.kind != LogKind::decision_taken);
            if (r.other == receipt->other)
              for (LogKind done : {LogKind::advice_given, LogKind::direction_implemented,
                                   LogKind::report_noted, LogKind::question_asked})
                CHECK(r.kind != done);
            if (r.item == item)
              for (LogKind done : {LogKind::item_escalated, LogKind::item_resolved, LogKind::item_sent})
                CHECK(r.kind != done);
          }
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 0);  // some items do wait
}

TEST_CASE("stepping back, the timeline's day is the caption's day", "[view][scene][trust]") {
  const auto& run = *built_in_runs().at("01-expedited-discharge");
  const Replay& replay = *run.replay;
  Playback playback(replay);
  playback.scrub(replay.end_day());
  for (int step = 0; step < 400 && playback.day() > 0; ++step) {
    const double before = playback.day();
    playback.step_back();
    if (playback.day() == before) break;
    const Scene scene = build_scene(replay, run.layout, {playback.day(), "", {}});
    INFO(scene.caption << " at " << std::setprecision(17) << playback.day());
    CHECK(scene.caption.rfind(timeline_label(playback.day()) + " ", 0) == 0);
  }
}
