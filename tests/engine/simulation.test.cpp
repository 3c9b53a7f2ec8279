#include <catch2/catch.hpp>
#include <limits>
#include <string>
#include <vector>

#include "engine/simulation.hpp"

using govsim::Event;
using govsim::Simulation;

namespace {

// Records what it handles; can schedule follow-ups from inside handle().
class Recorder final : public govsim::Handler {
 public:
  std::vector<std::pair<double, std::uint64_t>> seen;
  std::function<void(const Event&, Simulation&)> reaction;
  int starts = 0, finishes = 0;

 private:
  void on_start(Simulation&) override { ++starts; }
  void handle(const Event& event, Simulation& simulation) override {
    seen.emplace_back(event.time, event.payload);
    if (reaction) reaction(event, simulation);
  }
  void on_finish(Simulation&) override { ++finishes; }
};

}  // namespace

TEST_CASE("a simulation handles events in time order and advances its clock", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  simulation.schedule(2.5, id, 0, 1);
  simulation.schedule(0.5, id, 0, 2);
  simulation.schedule(1.0, id, 0, 3);
  simulation.run();
  CHECK(recorder.seen == std::vector<std::pair<double, std::uint64_t>>{{0.5, 2}, {1.0, 3}, {2.5, 1}});
  CHECK(simulation.now() == 2.5);
  CHECK(simulation.handled() == 3);
  CHECK(recorder.starts == 1);
  CHECK(recorder.finishes == 1);
}

TEST_CASE("events at the same time keep the order they were scheduled in", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  recorder.reaction = [id](const Event& event, Simulation& s) {
    // A follow-up at the same instant goes after those already waiting.
    if (event.payload == 1) s.schedule_in(0.0, id, 0, 9);
  };
  for (std::uint64_t i = 1; i <= 3; ++i) simulation.schedule(1.0, id, 0, i);
  simulation.schedule(1.0, id, 0, 0, -1);  // urgent: first despite being scheduled last
  simulation.run();
  std::vector<std::uint64_t> order;
  for (const auto& seen : recorder.seen) order.push_back(seen.second);
  CHECK(order == std::vector<std::uint64_t>{0, 1, 2, 3, 9});
}

TEST_CASE("a cancelled event never happens", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  const auto reminder = simulation.schedule(5.0, id, 0, 1);
  simulation.schedule(2.0, id, 0, 2);
  CHECK(simulation.cancel(reminder));
  CHECK_FALSE(simulation.cancel(reminder));
  simulation.run();
  CHECK(recorder.seen == std::vector<std::pair<double, std::uint64_t>>{{2.0, 2}});
}

TEST_CASE("run_until handles events up to and including its boundary", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  simulation.schedule(1.0, id, 0, 1);
  simulation.schedule(2.0, id, 0, 2);
  simulation.schedule(std::nextafter(2.0, 3.0), id, 0, 3);

  simulation.run_until(2.0);
  CHECK(recorder.seen.size() == 2);
  CHECK(simulation.now() == 2.0);
  CHECK(simulation.pending() == 1);
  CHECK_FALSE(simulation.finished());

  SECTION("with nothing due, the clock still moves to the boundary") {
    Simulation quiet;
    Recorder idle;
    quiet.attach(idle);
    quiet.run_until(7.0);
    CHECK(quiet.now() == 7.0);
  }
  SECTION("a later run continues where it stopped") {
    simulation.run();
    CHECK(recorder.seen.size() == 3);
    CHECK(simulation.finished());
  }
  SECTION("an infinite boundary drains the set without moving the clock to infinity") {
    simulation.run_until(std::numeric_limits<double>::infinity());
    CHECK(recorder.seen.size() == 3);
    CHECK(simulation.now() == std::nextafter(2.0, 3.0));
  }
}

TEST_CASE("step handles exactly one event", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  simulation.schedule(1.0, id, 0, 1);
  CHECK(simulation.step());
  CHECK(recorder.seen.size() == 1);
  CHECK_FALSE(simulation.step());
}

TEST_CASE("observers hear of every event, every time advance and the end, in order", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  std::vector<std::string> heard;
  simulation.on_time_advance([&](double from, double to) {
    heard.push_back("time " + std::to_string(int(from)) + "->" + std::to_string(int(to)));
  });
  simulation.on_event([&](const Event& e) { heard.push_back("event " + std::to_string(e.payload)); });
  simulation.on_event([&](const Event&) { heard.push_back("second observer"); });
  simulation.on_end([&](double end) { heard.push_back("end " + std::to_string(int(end))); });
  simulation.schedule(1.0, id, 0, 1);
  simulation.schedule(1.0, id, 0, 2);
  simulation.schedule(3.0, id, 0, 3);
  simulation.run();
  CHECK(heard == std::vector<std::string>{"time 0->1", "event 1", "second observer", "event 2",
                                          "second observer", "time 1->3", "event 3", "second observer",
                                          "end 3"});
}

TEST_CASE("scheduling in the past is a contract violation", "[engine][simulation]") {
  Simulation simulation;
  Recorder recorder;
  const auto id = simulation.attach(recorder);
  simulation.schedule(2.0, id, 0);
  simulation.run();
  CHECK_THROWS_AS(simulation.schedule(1.0, id, 0), govsim::ContractViolation);
  CHECK_THROWS_AS(simulation.schedule(std::nan(""), id, 0), govsim::ContractViolation);
  CHECK_THROWS_AS(simulation.schedule(3.0, id + 1, 0), govsim::ContractViolation);
}

TEST_CASE("two simulations run side by side without sharing state", "[engine][simulation]") {
  Simulation first, second;
  Recorder a, b;
  const auto ida = first.attach(a);
  const auto idb = second.attach(b);
  first.schedule(1.0, ida, 0, 1);
  second.schedule(4.0, idb, 0, 2);
  first.run();
  CHECK(first.now() == 1.0);
  CHECK(second.now() == 0.0);
  CHECK(second.pending() == 1);
}
