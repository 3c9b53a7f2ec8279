// Council areas: in an arrangement of several councils every behaviour stays in
// the area of the people it concerns, and each area plays the scenario with its
// own random draws.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "behaviour/governance_model.hpp"
#include "scenario/areas.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/scenario_loader.hpp"

namespace {

const std::string two_councils = GOVSIM_TEST_DATA "/data/areas/two-councils.yaml";

const govsim::Arrangement& arrangement() {
  static const govsim::LoadedArrangement loaded = govsim::load_arrangement_or_throw(two_councils);
  return loaded.arrangement;
}

// The default scenario played in `areas` of the two-council file (both if empty), one replication.
struct AreaRun {
  govsim::Scenario scenario;
  govsim::EventLog log;
};
AreaRun run_in(const std::vector<std::string>& areas, std::uint64_t seed = 1) {
  govsim::Scenario written = govsim::load_scenario_or_throw("expedited-discharge").scenario;
  for (const std::string& area : areas) written.areas_named.emplace_back(area, govsim::SourcePlace{});
  govsim::Findings fit;
  govsim::check_scenario_against(written, arrangement(), fit);
  REQUIRE_FALSE(fit.has_errors());
  AreaRun run;
  run.scenario = govsim::play_in_areas(written, arrangement());
  const govsim::GovernanceModel model(arrangement(), run.scenario);
  model.run({seed, 0, std::nullopt, nullptr, {}}, run.log);
  return run;
}

std::string area_of_agent(const std::string& id) {
  const auto v = arrangement().find(id);
  return v ? arrangement().agent(*v).area : std::string();
}

}  // namespace

TEST_CASE("in a two-council file, harm in one council never reaches the other's members or officers",
          "[behaviour][areas]") {
  std::map<std::string, int> harmed, complaints;
  std::set<std::string> agents_seen;
  // Several replications, so that each council has harm, complaints to its
  // members, questions to its CSWO and reports to its forums to get wrong.
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    const AreaRun run = run_in({}, seed);
    REQUIRE(run.scenario.areas == std::vector<std::string>{"north", "south"});
    for (const govsim::LogRecord& r : run.log.records()) {
      const std::string subject(run.log.text(r.subject));
      const auto area = run.scenario.subject_area.find(subject);
      if (area == run.scenario.subject_area.end()) continue;
      if (r.kind == govsim::LogKind::harm) harmed[area->second] += static_cast<int>(r.value);
      if (r.kind == govsim::LogKind::item_received && run.log.text(r.what) == "complaint")
        ++complaints[area_of_agent(std::string(run.log.text(r.actor)))];
      for (govsim::Symbol who : {r.actor, r.other}) {
        const std::string id(run.log.text(who));
        if (id.empty() || !arrangement().find(id)) continue;
        agents_seen.insert(id);
        // Everyone who touches a matter of one council is of that council, or national.
        INFO("seed " << seed << ": " << to_string(r.kind) << " by " << run.log.text(r.actor) << " to "
                     << run.log.text(r.other) << " on " << subject);
        const std::string where = area_of_agent(id);
        CHECK((where.empty() || where == area->second));
      }
    }
  }
  // Both councils played: each had harm and complaints, and its CSWO, council and board took part.
  CHECK(harmed["north"] > 0);
  CHECK(harmed["south"] > 0);
  CHECK(complaints["north"] > 0);
  CHECK(complaints["south"] > 0);
  for (const char* id : {"north.cswo", "south.cswo", "north.full_council", "south.full_council", "north.ijb",
                         "south.ijb", "north.discharge_team", "south.discharge_team"})
    CHECK(agents_seen.count(id) == 1);
}

TEST_CASE("each council's own CSWO reports to its own council each year", "[behaviour][areas]") {
  const AreaRun run = run_in({});
  std::set<std::pair<std::string, std::string>> annual;  // (officer, forum)
  for (const govsim::LogRecord& r : run.log.records())
    if (r.kind == govsim::LogKind::item_raised && run.log.text(r.note) == "annual report")
      annual.emplace(run.log.text(r.actor), run.log.text(r.other));
  CHECK(annual.count({"north.cswo", "north.full_council"}) == 1);
  CHECK(annual.count({"south.cswo", "south.full_council"}) == 1);
  for (const auto& [officer, forum] : annual) CHECK(area_of_agent(officer) == area_of_agent(forum));
}

TEST_CASE("a scenario played in one council leaves the other untouched, and adding an area shifts no draw",
          "[behaviour][areas]") {
  const AreaRun north = run_in({"north"});
  const AreaRun both = run_in({});
  REQUIRE(north.scenario.areas == std::vector<std::string>{"north"});
  // South's council goes about its routine — meetings, its CSWO's annual report
  // — and hears of no matter of the scenario's.
  for (const govsim::LogRecord& r : north.log.records())
    for (govsim::Symbol who : {r.actor, r.other})
      if (area_of_agent(std::string(north.log.text(who))) == "south") {
        INFO(to_string(r.kind) << " on " << north.log.text(r.subject));
        CHECK((r.subject == govsim::no_symbol || north.log.text(r.subject) == "annual-report"));
      }
  // North's story is the same, event for event, whether South plays too (the
  // value of an escalation or a confidentiality block is the number of the item
  // it sent on, counted across the run: not a draw, so left out).
  auto norths = [](const AreaRun& run) {
    std::vector<std::tuple<double, std::string, std::string, std::string, std::string, double>> out;
    for (const govsim::LogRecord& r : run.log.records()) {
      const std::string subject(run.log.text(r.subject));
      if (!subject.starts_with("north.")) continue;
      out.emplace_back(
          r.time, std::string(to_string(r.kind)), std::string(run.log.text(r.actor)),
          std::string(run.log.text(r.other)), subject,
          r.kind == govsim::LogKind::item_escalated || r.kind == govsim::LogKind::confidentiality_blocked
              ? 0.0
              : r.value);
    }
    return out;
  };
  const auto alone = norths(north), beside = norths(both);
  REQUIRE(alone.size() > 50);
  CHECK(alone == beside);
}

TEST_CASE("@ROLE means the holder in the area a scenario plays in; a shared body serves each of its areas",
          "[model][areas]") {
  const govsim::Arrangement& a = arrangement();
  for (const std::string area : {"north", "south"}) {
    INFO(area);
    CHECK(a.agent(*a.resolve("@cswo", area)).id == area + ".cswo");
    CHECK(a.agent(*a.resolve("@statutory_officer", area)).id == area + ".cswo");
    CHECK(a.agent(*a.resolve("@ijb_chief_officer|@statutory_officer", area)).id ==
          area + ".ijb_chief_officer");
    CHECK(a.agent(*a.resolve("@regulator", area)).id == "care_inspectorate");  // national: in every area
    CHECK(a.statutory_officer_of(area).agent == area + ".cswo");
    CHECK(a.delegation("hospital_discharge_procedure", area)->taken_by.front() == area + ".ijb");
  }
  CHECK(a.area_name("north") == "North");
  CHECK(a.area_ids() == std::vector<std::string>{"north", "south"});

  SECTION("and a body that serves several areas is found in each") {
    govsim::Arrangement shared = a;
    shared.network[*shared.find("north.health_board")].serves = {"south"};
    CHECK(shared.holders(govsim::Role::health_board, "south").size() == 2);
    CHECK(shared.holders(govsim::Role::health_board, "north").size() == 1);
  }
}

TEST_CASE("each area's copy of the scenario is its own: ids, matters, titles and arrivals for its people",
          "[scenario][areas]") {
  const AreaRun run = run_in({});
  const govsim::Scenario& s = run.scenario;
  REQUIRE(s.cohorts.size() == 2);
  CHECK(s.cohorts[0].id == "north.discharged_patients");
  CHECK(s.cohorts[0].subject == "north.care-after-discharge");
  CHECK(s.cohorts[0].served_by == "north.discharge_team");
  CHECK(s.cohorts[1].agent == "south.service_users");
  CHECK(s.cohorts[1].unmet_share_condition == "south.unsafe_discharge_share");
  CHECK(s.subject_titles.at("south.care-after-discharge") == "care after hospital discharge in South");
  CHECK(s.decision_points[1].subject == "south.72-hour-discharge-target");
  CHECK(s.decision_points[1].options[0].changes.front().condition == "south.unsafe_discharge_share");
  CHECK(s.injects[0].from == "north.health_board");
  // Arrivals are written for an area of average size (reference_population) and
  // scaled by each area's own population: North 120,000, South 60,000.
  const double written =
      govsim::load_scenario_or_throw("expedited-discharge").scenario.cohorts[0].arrivals_per_day.mean();
  CHECK(s.cohorts[0].arrivals_per_day.mean() == Approx(written * 120000.0 / 170240.0));
  CHECK(s.cohorts[1].arrivals_per_day.mean() == Approx(written * 60000.0 / 170240.0));
  CHECK(s.played_in_areas());
  CHECK(s.as_written->cohorts[0].id == "discharged_patients");
}

TEST_CASE("a file of one council plays the scenario as written", "[scenario][areas]") {
  const auto written = govsim::load_scenario_or_throw("expedited-discharge").scenario;
  const auto typical = govsim::load_arrangement_or_throw("typical-scottish-ijb");
  const govsim::Scenario played = govsim::play_in_areas(written, typical.arrangement);
  CHECK(played.areas == std::vector<std::string>{""});
  CHECK(played.cohorts[0].id == written.cohorts[0].id);
  CHECK(played.cohorts[0].subject == written.cohorts[0].subject);
  CHECK(played.cohorts[0].arrivals_per_day.mean() == written.cohorts[0].arrivals_per_day.mean());
  CHECK(played.subject_titles == written.subject_titles);
}

TEST_CASE("check names an area a scenario plays in that the arrangement does not have", "[scenario][areas]") {
  govsim::Scenario written = govsim::load_scenario_or_throw("expedited-discharge").scenario;
  written.areas_named.emplace_back("nort", govsim::SourcePlace{"story.yaml", 3, 9});
  govsim::Findings fit;
  govsim::check_scenario_against(written, arrangement(), fit);
  REQUIRE(fit.has_rule("unknown-area"));
  CHECK(fit.items().front().message.find("did you mean 'north'") != std::string::npos);
}

TEST_CASE("a story about an IJB plays in every council that has one, and says where it does not",
          "[scenario][areas][national]") {
  const auto national = govsim::load_arrangement_or_throw("national");
  const auto overspend = govsim::load_scenario_or_throw("ijb-overspend").scenario;
  const auto areas = govsim::areas_to_play(overspend, national.arrangement);
  CHECK(areas.size() == 31);
  CHECK(std::find(areas.begin(), areas.end(), "highland") == areas.end());
  govsim::Findings fit;
  govsim::check_scenario_against(overspend, national.arrangement, fit);
  CHECK_FALSE(fit.has_errors());
  REQUIRE(fit.has_rule("scenario-needs-role"));
  bool says_highland = false;
  for (const auto& f : fit.items())
    says_highland = says_highland || (f.rule == "scenario-needs-role" &&
                                      f.message.find("not played in Highland") != std::string::npos);
  CHECK(says_highland);
}
