// The national picture (issue 13): each council coloured by a chosen outcome,
// with the key, and the click that zooms to a council — in the scene model,
// with no window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "app/view_source.hpp"
#include "render/camera.hpp"
#include "scene/area_outcome.hpp"
#include "scene/scene.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

std::unique_ptr<LoadedRun> national_run() {
  ViewSource source;
  source.arrangement = "national";
  return load_run(source);
}

const AreaResult& result_of(const Replay& replay, const std::string& area) {
  for (const AreaResult& r : replay.report().areas)
    if (r.area == area) return r;
  FAIL("no result for " << area);
  throw;
}

// The report's end-of-run figure, as the view writes it (whole days and people, rates to one decimal).
std::optional<double> report_value(const AreaResult& r, Outcome outcome, double end_day) {
  switch (outcome) {
    case Outcome::council_knew:
      if (auto d = r.days_harm_to_council(end_day)) return std::round(*d);
      return std::nullopt;
    case Outcome::harm_per_100k:
      if (r.harm <= 0 || !r.harm_per_100k()) return std::nullopt;
      return std::round(*r.harm_per_100k() * 10) / 10;
    case Outcome::harm:
      return r.harm > 0 ? std::optional(std::round(r.harm)) : std::nullopt;
    case Outcome::unmet_need:
      return r.unmet_need > 0 ? std::optional(std::round(r.unmet_need)) : std::nullopt;
    case Outcome::gaps:
      return r.gaps > 0 ? std::optional<double>(r.gaps) : std::nullopt;
  }
  return std::nullopt;
}

Scene scene_at(const LoadedRun& run, double day, Outcome outcome) {
  return build_scene(*run.replay, run.layout, {day, "", {}, outcome});
}

}  // namespace

TEST_CASE("every outcome has a name for --colour-by and words for the chooser and the key",
          "[view][scene][national]") {
  for (Outcome outcome : all_outcomes()) {
    INFO(outcome_name(outcome));
    CHECK(outcome_named(outcome_name(outcome)) == outcome);
    CHECK_FALSE(outcome_title(outcome).empty());
    CHECK_FALSE(outcome_label(outcome).empty());
  }
  CHECK(outcome_named("council-knew") == Outcome::council_knew);
  CHECK(outcome_named("harm-per-100k") == Outcome::harm_per_100k);
  CHECK_FALSE(outcome_named("harm-per-100"));
  CHECK_FALSE(outcome_named(""));
}

TEST_CASE("at the end of a national run each council has the report's value and that value's class",
          "[view][scene][national]") {
  const auto run = national_run();
  const Replay& replay = *run->replay;
  REQUIRE(replay.report().areas.size() == 32);
  for (Outcome outcome : all_outcomes()) {
    INFO(outcome_name(outcome));
    const Scene scene = scene_at(*run, replay.end_day(), outcome);
    REQUIRE(scene.key);
    CHECK(scene.key->outcome == outcome);
    CHECK(scene.key->title == outcome_title(outcome));
    REQUIRE(scene.areas.size() == 32);  // every council; the national bodies' block has no value
    std::size_t coloured = 0;
    for (const AreaShade& shade : scene.areas) {
      INFO(shade.name << ": " << shade.words);
      REQUIRE(shade.block < run->layout.areas.size());
      CHECK(run->layout.areas[shade.block].area == shade.area);
      const AreaResult& r = result_of(replay, shade.area);
      CHECK(shade.name == r.name);
      CHECK(shade.value == report_value(r, outcome, replay.end_day()));
      if (shade.value) {
        CHECK(shade.band == scene.key->class_of(*shade.value));
        ++coloured;
      } else {
        CHECK(shade.band == -1);
      }
      CHECK_FALSE(shade.words.empty());
      CHECK_FALSE(shade.short_words.empty());
    }
    CHECK(coloured >= 25);  // a run of 120 days harms people in most councils
  }
}

TEST_CASE("a council's value is as of the moment shown, and only grows as the run goes on",
          "[view][scene][national]") {
  const auto run = national_run();
  const Replay& replay = *run->replay;
  for (Outcome outcome : all_outcomes()) {
    INFO(outcome_name(outcome));
    std::map<std::string, double> before;
    for (double day = 0; day <= replay.end_day(); day += 5) {
      const Scene scene = scene_at(*run, day, outcome);
      for (const AreaShade& shade : scene.areas) {
        if (!shade.value) continue;
        INFO(shade.name << " on day " << day << ": " << shade.words);
        if (before.count(shade.area)) CHECK(*shade.value >= before[shade.area]);
        before[shade.area] = *shade.value;
      }
    }
  }
  // Before its first harm a council is "no harm yet"; once its council knows,
  // "knew N days after first harm"; in between, "not yet", counting.
  const AreaResult* late = nullptr;
  for (const AreaResult& r : replay.report().areas)
    if (r.first_harm_day && r.council_knew_day && *r.council_knew_day - *r.first_harm_day > 3) late = &r;
  REQUIRE(late);
  auto shade_of = [&](double day) {
    for (const AreaShade& shade : scene_at(*run, day, Outcome::council_knew).areas)
      if (shade.area == late->area) return shade;
    FAIL("no " << late->area);
    throw;
  };
  CHECK(shade_of(*late->first_harm_day - 0.01).words == "no harm yet");
  const AreaShade waiting = shade_of(*late->first_harm_day + 2);
  CHECK(waiting.words.rfind("not yet", 0) == 0);
  CHECK(waiting.value == 2);
  const AreaShade knew = shade_of(*late->council_knew_day);
  CHECK(knew.words.rfind("knew ", 0) == 0);
  CHECK(knew.value == std::round(*late->council_knew_day - *late->first_harm_day));
}

TEST_CASE("the key's classes hold every council's value on every day, in order", "[view][scene][national]") {
  const auto run = national_run();
  const Replay& replay = *run->replay;
  for (Outcome outcome : all_outcomes()) {
    INFO(outcome_name(outcome));
    const auto key = outcome_key(replay, outcome);
    REQUIRE(key);
    for (std::size_t k = 0; k + 1 < key->breaks.size(); ++k) CHECK(key->breaks[k] < key->breaks[k + 1]);
    for (const std::string& range : key->ranges) CHECK_FALSE(range.empty());
    std::set<int> used;
    double largest = 0.0;
    for (double day = 0; day <= replay.end_day(); day += 2) {
      for (const AreaShade& shade : scene_at(*run, day, outcome).areas) {
        if (!shade.value) continue;
        INFO(shade.name << " on day " << day << ": " << *shade.value);
        // Inside the key's span: none below its first class nor above its last.
        CHECK(*shade.value >= std::min(0.0, key->breaks.front()));
        CHECK(*shade.value <= key->breaks.back());
        const auto k = static_cast<std::size_t>(shade.band);
        REQUIRE(k < key->ranges.size());
        if (k > 0) CHECK(*shade.value >= key->breaks[k]);
        if (k + 1 < key->ranges.size()) CHECK(*shade.value < key->breaks[k + 1]);
        used.insert(shade.band);
        largest = std::max(largest, *shade.value);
      }
    }
    // The classes spread over the run's values: the largest is in the darkest,
    // unless they are whole numbers too few to fill five classes (1 to 4 gaps).
    if (largest - key->breaks.front() >= outcome_classes - 1)
      CHECK(key->class_of(largest) == outcome_classes - 1);
    CHECK(used.size() >= 3);
  }
}

TEST_CASE("a council with no harm yet is grey, and the key says what grey means", "[view][scene][national]") {
  const auto run = national_run();
  const Scene start = scene_at(*run, 0.0, Outcome::council_knew);
  REQUIRE(start.key);
  CHECK(start.key->grey == "grey: no harm yet");
  CHECK(start.key->darker == "darker: the council learned later");
  REQUIRE(start.areas.size() == 32);
  for (const AreaShade& shade : start.areas) {
    INFO(shade.name);
    CHECK(shade.band == -1);
    CHECK_FALSE(shade.value);
    CHECK(shade.words == "no harm yet");
  }
  for (Outcome outcome : {Outcome::harm, Outcome::harm_per_100k})
    for (const AreaShade& shade : scene_at(*run, 0.0, outcome).areas) CHECK(shade.band == -1);
  // A council nobody in it was harmed in all run stays grey to the end.
  for (const AreaShade& shade : scene_at(*run, run->replay->end_day(), Outcome::harm).areas)
    if (result_of(*run->replay, shade.area).harm == 0) {
      CHECK(shade.band == -1);
      CHECK(shade.words == "no harm yet");
    }
}

TEST_CASE("a run of one council, or seen as someone, has no national picture", "[view][scene][national]") {
  const auto one = load_run({});
  for (double day : {0.0, 60.0, one->replay->end_day()}) {
    const Scene scene =
        build_scene(*one->replay, one->layout, {day, "care-after-discharge", {}, Outcome::harm});
    CHECK(scene.areas.empty());
    CHECK_FALSE(scene.key);
  }
  CHECK_FALSE(outcome_key(*one->replay, Outcome::council_knew));
  CHECK_FALSE(area_at(one->layout, one->layout.areas.front().box.centre()));

  const auto national = national_run();
  const auto member = perspective_for(national->replay->arrangement(), "lead_member");
  REQUIRE(member);
  const Scene seen = build_scene(*national->replay, national->layout, {60.0, "", member, Outcome::harm});
  CHECK(seen.areas.empty());
  CHECK_FALSE(seen.key);
}

TEST_CASE(
    "a point on a council's block or its header is that council; fitting the camera to it shows it whole",
    "[view][scene][national]") {
  const auto run = national_run();
  const Layout& layout = run->layout;
  REQUIRE(layout.areas.size() == 33);
  for (std::size_t b = 0; b < layout.areas.size(); ++b) {
    const AreaBlock& block = layout.areas[b];
    INFO(block.area);
    CHECK(area_at(layout, block.box.centre()) == b);
    CHECK(area_at(layout, block.header.centre()) == b);
    CHECK(block.header.bottom() == Approx(block.box.top));
    CHECK(layout.bounds.contains({block.header.left, block.header.top}));
  }
  // Between two blocks of a row there is no council.
  const AreaBlock &first = layout.areas[0], &second = layout.areas[1];
  CHECK_FALSE(area_at(layout, {(first.box.right() + second.box.left) / 2, first.box.centre().y}));

  Camera camera;
  camera.set_stage({0, 0, 900, 570});
  camera.fit(layout.bounds);
  const float country = camera.scale();
  const AreaBlock& fife = *std::find_if(layout.areas.begin(), layout.areas.end(),
                                        [](const AreaBlock& a) { return a.area == "fife"; });
  camera.fit(area_extent(fife));
  CHECK(camera.scale() > 4 * country);
  const Box seen = camera.visible_world();
  const Box whole = area_extent(fife);
  CHECK(seen.contains({whole.left, whole.top}));
  CHECK(seen.contains({whole.right(), whole.bottom()}));
  const Point centre = camera.to_screen(whole.centre());
  CHECK(centre.x == Approx(450).margin(1));
  CHECK(centre.y == Approx(285).margin(1));
}
