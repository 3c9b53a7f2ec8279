#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "engine/event_log.hpp"
#include "experiment/prepared_run.hpp"
#include "io/input_error.hpp"
#include "training/room_decisions.hpp"
#include "training/session_record.hpp"
#include "training/training_session.hpp"
#include "training/what_if.hpp"

// Training mode's core (sim/training/): the room's choices forced through the
// decision model, a session paused at each decision, what-if branches, and the
// session record.

using namespace govsim;

namespace {

SessionRecord discharge_session(std::uint64_t seed = 1) {
  SessionRecord record;
  record.scenario = "expedited-discharge";
  record.seed = seed;
  return record;
}

EventLog run_choosing(const PreparedRun& prepared, std::uint64_t seed, std::vector<RoomChoice> choices,
                      std::size_t* records_before_decision = nullptr) {
  RoomDecisions room(prepared.model->scenario(), std::move(choices));
  EventLog log;
  RunOptions options;
  options.seed = seed;
  options.decisions = &room;
  prepared.model->run(options, log);
  if (records_before_decision) *records_before_decision = room.met().at(0).records_before;
  return log;
}

// Whether the decider weighed the options of the decision point on `subject`
// (levers weighed and left are logged as option_weighed too, on other matters).
bool options_weighed(const EventLog& log, const std::string& subject) {
  for (const LogRecord& r : log.records())
    if (r.kind == LogKind::option_weighed && log.text(r.subject) == subject) return true;
  return false;
}

std::size_t first_of(const EventLog& log, LogKind kind) {
  for (std::size_t i = 0; i < log.size(); ++i)
    if (log.records()[i].kind == kind) return i;
  return log.size();
}

bool same_records(const EventLog& a, const EventLog& b, std::size_t n) {
  return log_prefix(a, n).fingerprint() == log_prefix(b, n).fingerprint();
}

}  // namespace

TEST_CASE("everything logged before a decision is the same whatever the room chooses there") {
  const auto prepared = prepare_run("expedited-discharge");
  for (std::uint64_t seed : {1, 2, 3}) {
    std::size_t before_weighed = 0;
    const EventLog weighed = run_choosing(*prepared, seed, {}, &before_weighed);
    REQUIRE(first_of(weighed, LogKind::decision_taken) < weighed.size());
    // What is logged before: everything up to the decider's weighing of the
    // options, which the decision's own records follow.
    CHECK(!options_weighed(log_prefix(weighed, before_weighed), "72-hour-discharge-target"));
    CHECK(before_weighed > 0);
    for (const char* option : {"adopt", "adopt_with_safeguards", "decline"}) {
      std::size_t before = 0;
      const EventLog chosen = run_choosing(*prepared, seed, {{"adopt-target", option}}, &before);
      CHECK(before == before_weighed);
      CHECK(same_records(weighed, chosen, before));
      // ...and the decision itself differs, unless the room chose what the decider would have.
      const LogRecord& taken = chosen.records()[first_of(chosen, LogKind::decision_taken)];
      CHECK(chosen.text(taken.note) == option);
    }
  }
}

TEST_CASE("the room's choice is logged as its choice, not the decider's weighing") {
  const auto prepared = prepare_run("expedited-discharge");
  const EventLog log = run_choosing(*prepared, 1, {{"adopt-target", "decline"}});
  const LogRecord& decision = log.records()[first_of(log, LogKind::decision_taken)];
  CHECK(log.text(decision.note) == "decline");
  CHECK((decision.flags & log_flag::forced) != 0);
  const EventLog weighed = run_choosing(*prepared, 1, {});
  CHECK((weighed.records()[first_of(weighed, LogKind::decision_taken)].flags & log_flag::forced) == 0);
}

TEST_CASE("a choice that takes less risk than the advice recommended does not overrule the advice") {
  // Seed 1: the CSWO's advice, softened under pressure, is "no objection" to
  // adopting the target; declining it goes further than the advice, not against it.
  const auto prepared = prepare_run("expedited-discharge");
  const EventLog declined = run_choosing(*prepared, 1, {{"adopt-target", "decline"}});
  CHECK(first_of(declined, LogKind::advice_overruled) == declined.size());
}

TEST_CASE("a training session pauses at the decision: the room sees the run only up to it") {
  TrainingSession session(discharge_session());
  REQUIRE(session.pending());
  const DecisionPoint& point = session.scenario().decision_points[session.pending()->point];
  CHECK(point.id == "adopt-target");
  const EventLog shown = session.shown_log();
  CHECK(first_of(shown, LogKind::decision_taken) == shown.size());
  CHECK(!options_weighed(shown, point.subject));
  CHECK(shown.size() == session.pending()->records_before);
  REQUIRE(!shown.empty());
  CHECK(shown.records().back().time <= session.pending()->day);
  CHECK(session.pending()->day >= point.day);
  CHECK(!session.record().finished);
}

TEST_CASE("choosing option 2 in a session gives the log `govsim run --choose` gives") {
  TrainingSession session(discharge_session());
  session.choose(1);
  CHECK(!session.pending());
  CHECK(session.record().finished);
  REQUIRE(session.record().choices.size() == 1);
  CHECK(session.record().choices[0].choice.option == "adopt_with_safeguards");
  const EventLog headless = run_choosing(session.prepared(), 1, {{"adopt-target", "adopt_with_safeguards"}});
  CHECK(session.run().log.fingerprint() == headless.fingerprint());
  CHECK(session.shown_log().fingerprint() == headless.fingerprint());
}

TEST_CASE("what if: every option on the same seed, the room's and good practice marked, harm told apart") {
  TrainingSession session(discharge_session());
  session.choose(0);  // adopt the target as proposed
  const std::vector<Branch> branches = what_if(session, 0);
  REQUIRE(branches.size() == 3);
  CHECK(branches[0].room);
  CHECK(!branches[1].room);
  // The room's branch is the session's own run (no later decision to differ).
  CHECK(branches[0].run.log.fingerprint() == session.run().log.fingerprint());
  // Each branch's prefix is the room's: only the decision differs.
  const std::size_t before = session.run().met.at(0).records_before;
  for (const Branch& b : branches) CHECK(same_records(b.run.log, session.run().log, before));
  // Adopting the 72-hour target as proposed leaves a quarter of people
  // discharged without care until a lever is pulled: more harm than declining.
  CHECK(branches[0].harm > branches[2].harm);
  CHECK(branches[1].good_practice);  // the scenario's good_practice: safeguards
  const std::size_t contrast = contrast_branch(branches);
  CHECK(!branches[contrast].room);
  int good = 0;
  for (const Branch& b : branches) good += b.good_practice ? 1 : 0;
  CHECK(good <= 1);
}

TEST_CASE("a scenario's good_practice option is the branch set beside the room's") {
  TrainingSession session(discharge_session());
  session.choose(0);
  std::vector<Branch> branches = what_if(session, 0);
  for (Branch& b : branches) b.good_practice = b.option == 1;
  CHECK(contrast_branch(branches) == 1);
  for (Branch& b : branches) b.good_practice = false;
  // No good practice: the worst option the room did not take.
  branches[2].harm = 1000;
  CHECK(contrast_branch(branches) == 2);
}

TEST_CASE(
    "a choice made ahead (--choose) names a decision point and one of its options, or says what exists") {
  const auto prepared = prepare_run("expedited-discharge");
  const Scenario& s = prepared->model->scenario();
  CHECK(parse_room_choice("adopt-target=decline", s).option == "decline");
  CHECK_THROWS_WITH(parse_room_choice("adopt-target=declin", s), Catch::Contains("did you mean 'decline'"));
  CHECK_THROWS_WITH(parse_room_choice("adopt=decline", s), Catch::Contains("adopt-target"));
  CHECK_THROWS_WITH(parse_room_choice("decline", s), Catch::Contains("POINT=OPTION"));
  CHECK_THROWS_WITH(RoomDecisions(s, {{"adopt-target", "adopt"}, {"adopt-target", "decline"}}),
                    Catch::Contains("chosen twice"));
}

TEST_CASE("a session record is read back as it was written, and a broken one is refused at its place") {
  const auto folder = std::filesystem::temp_directory_path() / "govsim-session-record-test";
  std::filesystem::create_directories(folder);
  TrainingSession session(discharge_session(7));
  session.choose(2);
  session.record().notes = "The room asked who briefs the lead member.";
  const std::string path = (folder / "session.json").string();
  write_session_record(session.record(), path);
  const SessionRecord back = read_session_record(path);
  CHECK(back.scenario == "expedited-discharge");
  CHECK(back.seed == 7);
  REQUIRE(back.choices.size() == 1);
  CHECK(back.choices[0].choice.point == "adopt-target");
  CHECK(back.choices[0].choice.option == "decline");
  CHECK(back.notes == "The room asked who briefs the lead member.");
  CHECK(back.finished);
  // Reopened, it is the same run.
  TrainingSession again(back);
  CHECK(again.run().log.fingerprint() == session.run().log.fingerprint());

  const std::string broken = (folder / "broken.json").string();
  std::ofstream(broken) << "{\n  \"schema\": \"govsim-training-session\",\n  \"seed\": 1,,\n}\n";
  CHECK_THROWS_WITH(read_session_record(broken), Catch::StartsWith(broken + ":3:"));
  const std::string other = (folder / "other.json").string();
  std::ofstream(other) << "{\"schema\": \"govsim-event-log\"}\n";
  CHECK_THROWS_WITH(read_session_record(other), Catch::Contains("not a govsim training session record"));
  CHECK_THROWS_AS(read_session_record((folder / "missing.json").string()), InputError);
  std::filesystem::remove_all(folder);
}
