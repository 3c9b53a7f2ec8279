#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "analysis/run_report.hpp"
#include "app/view_source.hpp"
#include "engine/event_log_jsonl.hpp"
#include "scene/inspection.hpp"
#include "scene/playback.hpp"
#include "scene/scene.hpp"
#include "support/small_run.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

std::unique_ptr<LoadedRun> default_run() { return load_run({}); }

std::unique_ptr<LoadedRun> run_of(const std::string& scenario) {
  ViewSource source;
  source.scenario = scenario;
  return load_run(source);
}

std::unique_ptr<LoadedRun> replay_of(const std::string& log_path) {
  ViewSource source;
  source.log_path = log_path;
  return load_run(source);
}

std::size_t personal_items(const Scene& scene) {
  return static_cast<std::size_t>(
      std::count_if(scene.items.begin(), scene.items.end(), [](const SceneItem& i) { return i.personal; }));
}

}  // namespace

TEST_CASE("an agent turns aware of the subject on the day the log says it learned of it", "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  const std::string subject = "care-after-discharge";
  const SubjectAwareness* awareness = replay.awareness(subject);
  REQUIRE(awareness != nullptr);
  REQUIRE_FALSE(awareness->first_known_by.empty());
  for (const auto& [id, day] : awareness->first_known_by) {
    INFO(id << " learned on day " << day);
    const AgentVertex v = *replay.arrangement().find(id);
    if (day > 0.01)
      CHECK(build_scene(replay, run->layout, {day - 0.01, subject, {}}).nodes[v].knowing == Knowing::unaware);
    CHECK(build_scene(replay, run->layout, {day, subject, {}}).nodes[v].knowing == Knowing::aware);
  }
}

TEST_CASE("the escalation path of the selected subject glows hop by hop as the run moves on",
          "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  const std::string subject = default_subject(replay);
  CHECK(subject == "care-after-discharge");
  std::size_t hops_before = 0, arrived_before = 0;
  for (double day = 0; day <= replay.end_day(); day += 1.0) {
    const Scene scene = build_scene(replay, run->layout, {day, subject, {}});
    const auto arrived = static_cast<std::size_t>(
        std::count_if(scene.path.begin(), scene.path.end(), [](const PathSegment& s) { return s.arrived; }));
    CHECK(arrived >= arrived_before);
    hops_before = std::max(hops_before, scene.path.size());
    arrived_before = arrived;
  }
  // By the end, every hop of the furthest path has glowed.
  std::size_t longest = 0;
  for (const EscalationPath& p : replay.report().escalation_paths)
    if (p.subject == subject) longest = std::max(longest, p.hops.size());
  CHECK(hops_before >= longest);
  CHECK(build_scene(replay, run->layout, {0.0, subject, {}}).path.empty());
}

TEST_CASE("scrubbing backwards gives the same scene as playing forwards", "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  Playback forwards(replay);
  forwards.set_speed(7.0);
  forwards.play();
  while (forwards.day() < 60) forwards.advance(1.0 / 30);
  const Scene played = build_scene(replay, run->layout, {forwards.day(), "care-after-discharge", {}});

  Playback scrubbed(replay);
  scrubbed.scrub(replay.end_day());
  scrubbed.step_back();
  scrubbed.scrub(forwards.day());
  CHECK(build_scene(replay, run->layout, {scrubbed.day(), "care-after-discharge", {}}) == played);
  CHECK_FALSE(played.nodes.empty());
}

TEST_CASE("stepping moves to the next and previous moment the log records", "[view][scene]") {
  const auto run = default_run();
  Playback p(*run->replay);
  p.scrub(11.5);
  p.step_forward();
  const double next = p.day();
  CHECK(next > 11.5);
  CHECK(run->replay->records_until(next) > run->replay->records_until(11.5));
  p.step_back();
  CHECK(p.day() < next);
}

TEST_CASE("an elected member's perspective never shows personal information", "[view][scene]") {
  const auto run = run_of("07-confidential-case");
  const Replay& replay = *run->replay;
  const auto lead_member = perspective_for(replay.arrangement(), "lead_member");
  REQUIRE(lead_member);
  CHECK(lead_member->elected_member);
  // The lead member did handle personal items in this run (asked for a case's details)...
  bool handled_personal = false;
  for (const ItemJourney& j : replay.journeys())
    handled_personal |= j.personal && (j.from == lead_member->viewer || j.to == lead_member->viewer);
  REQUIRE(handled_personal);
  std::size_t seen_by_trainer = 0;
  for (double day = 0; day <= replay.end_day(); day += 0.25) {
    seen_by_trainer += personal_items(build_scene(replay, run->layout, {day, "adult-protection-case", {}}));
    const Scene as_member = build_scene(replay, run->layout, {day, "adult-protection-case", lead_member});
    CHECK(personal_items(as_member) == 0);
    for (const SceneItem& item : as_member.items) CHECK_FALSE(item.personal);
  }
  CHECK(seen_by_trainer > 0);  // ...so the trainer's view does show personal items
  const Inspection own = inspect(replay, lead_member->viewer, replay.end_day(), lead_member);
  for (const std::string& line : own.records) CHECK(line.find("information_request") == std::string::npos);
}

TEST_CASE("a member who learned of a case from a personal item is shown knowing it, without the details",
          "[view][scene]") {
  const auto run = run_of("07-confidential-case");
  const Replay& replay = *run->replay;
  const auto lead_member = perspective_for(replay.arrangement(), "lead_member");
  REQUIRE(lead_member);
  for (double day = 0; day <= replay.end_day(); day += 1) {
    const Scene scene = build_scene(replay, run->layout, {day, "adult-protection-case", lead_member});
    const Inspection own = inspect(replay, lead_member->viewer, day, lead_member);
    // The inspector names the matter by its title.
    const std::string title = replay.words().subject("adult-protection-case");
    const bool knows = std::any_of(own.knowledge.begin(), own.knowledge.end(),
                                   [&](const std::string& k) { return k.rfind(title, 0) == 0; });
    INFO("day " << day);
    // What the map shows and what the inspector lists agree.
    CHECK(knows == (scene.nodes[lead_member->viewer].knowing == Knowing::aware));
  }
}

TEST_CASE("seen as the CSWO, other agents' inboxes and records are private", "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  const auto cswo = perspective_for(replay.arrangement(), "cswo");
  REQUIRE(cswo);
  const AgentVertex ce = *replay.arrangement().find("chief_executive");
  const Inspection other = inspect(replay, ce, 100, cswo);
  CHECK_FALSE(other.visible);
  CHECK(other.records.empty());
  CHECK_FALSE(other.roles.empty());  // roles are public: the arrangement is published
  const Inspection own = inspect(replay, cswo->viewer, 100, cswo);
  CHECK(own.visible);
  CHECK_FALSE(own.records.empty());
  CHECK_FALSE(own.knowledge.empty());
  // Only agents the CSWO has dealt with on the subject are coloured; the rest cannot be told.
  const Scene scene = build_scene(replay, run->layout, {100, "care-after-discharge", cswo});
  CHECK(scene.nodes[*replay.arrangement().find("hospital")].knowing == Knowing::hidden);
  CHECK(scene.nodes[*replay.arrangement().find("adult_services_manager")].knowing == Knowing::aware);
}

TEST_CASE("gap badges sit on the agents the report names, once the gap has opened", "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  const auto& gaps = replay.report().gaps;
  REQUIRE_FALSE(gaps.empty());
  for (std::size_t g = 0; g < gaps.size(); ++g) {
    if (!gaps[g].day) continue;
    INFO(gaps[g].explanation);
    auto has_badge = [&](double day) {
      const Scene s = build_scene(replay, run->layout, {day, "", {}});
      return std::any_of(s.badges.begin(), s.badges.end(), [&](const SceneBadge& b) { return b.gap == g; });
    };
    if (*gaps[g].day > 0.01) CHECK_FALSE(has_badge(*gaps[g].day - 0.01));
    CHECK(has_badge(*gaps[g].day));
    const Scene s = build_scene(replay, run->layout, {*gaps[g].day, "", {}});
    for (const SceneBadge& b : s.badges)
      if (b.gap == g && !b.on_link) {
        const std::string& id = replay.arrangement().agent(b.agent).id;
        if (gaps[g].agents.empty())
          CHECK(b.agent == replay.first_harmed(gaps[g].subject));  // a harm gap sits on who was harmed
        else
          CHECK(std::find(gaps[g].agents.begin(), gaps[g].agents.end(), id) != gaps[g].agents.end());
        // Beside its mark, clear of it and of the names round it.
        CHECK(distance(b.at, run->layout.position[b.agent]) <
              run->layout.radius[b.agent] + 3 * badge_half_px);
      }
  }
}

TEST_CASE("the caption is the narrative sentence for the moment", "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  const auto& story = replay.report().narrative;
  REQUIRE(story.size() >= 2);
  const auto& [day, sentence] = story[1];
  const Scene scene = build_scene(replay, run->layout, {day + 0.001, "", {}});
  CHECK(scene.caption.find(sentence) != std::string::npos);
  CHECK(build_scene(replay, run->layout, {0, "", {}}).caption.rfind("Day 0", 0) == 0);
}

TEST_CASE("a saved log replays to the same scenes as the run it came from", "[view][scene]") {
  const auto fresh = default_run();
  const std::string path = "view-replay-test.jsonl";
  {
    std::ofstream out(path);
    write_jsonl(fresh->replay->log(), out);
  }
  const auto replayed = replay_of(path);
  CHECK(replayed->replay->log().fingerprint() == fresh->replay->log().fingerprint());
  for (double day : {10.0, 45.0, 100.0})
    CHECK(build_scene(*replayed->replay, replayed->layout, {day, "care-after-discharge", {}}) ==
          build_scene(*fresh->replay, fresh->layout, {day, "care-after-discharge", {}}));
  std::remove(path.c_str());
}

TEST_CASE("a log file that does not exist is a clear error", "[view][scene]") {
  CHECK_THROWS_WITH(replay_of("no-such-log.jsonl"), Catch::Contains("govsim run --log"));
}

TEST_CASE("the inspector tells each agent's roles, records and knowledge in words, never ids",
          "[view][scene]") {
  const auto run = default_run();
  const Replay& replay = *run->replay;
  for (auto v : boost::make_iterator_range(boost::vertices(replay.arrangement().network))) {
    const Inspection seen = inspect(replay, v, replay.end_day(), std::nullopt);
    INFO(seen.name);
    for (const auto* lines : {&seen.roles, &seen.records, &seen.knowledge, &seen.inbox})
      for (const std::string& line : *lines) {
        INFO(line);
        CHECK(line.find('_') == std::string::npos);
        CHECK(line.find("care-after-discharge") == std::string::npos);
      }
  }
}
