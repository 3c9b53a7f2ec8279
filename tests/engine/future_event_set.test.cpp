#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <vector>

#include "engine/future_event_set.hpp"
#include "engine/random_stream.hpp"

using govsim::Event;
using govsim::FutureEventSet;

namespace {
Event at(double time, std::uint64_t sequence, govsim::Priority priority = 0) {
  return Event{time, Event::order_key(priority, sequence), 0, 0, sequence};
}
std::vector<std::uint64_t> drain(FutureEventSet& events) {
  std::vector<std::uint64_t> order;
  while (!events.empty()) order.push_back(events.pop().payload);
  return order;
}
}  // namespace

TEST_CASE("events come out earliest first", "[engine][fes]") {
  FutureEventSet events;
  events.insert(at(3.0, 0));
  events.insert(at(1.0, 1));
  events.insert(at(2.0, 2));
  CHECK(events.peek().time == 1.0);
  CHECK(drain(events) == std::vector<std::uint64_t>{1, 2, 0});
}

TEST_CASE("ties break by priority, then by insertion order", "[engine][fes]") {
  FutureEventSet events;
  SECTION("same time and priority: first inserted first") {
    for (std::uint64_t i = 0; i < 10; ++i) events.insert(at(5.0, i));
    CHECK(drain(events) == std::vector<std::uint64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  }
  SECTION("same time: lower priority value first, whatever the insertion order") {
    events.insert(at(5.0, 0, 2));
    events.insert(at(5.0, 1, -1));
    events.insert(at(5.0, 2, 0));
    events.insert(at(5.0, 3, -1));
    CHECK(drain(events) == std::vector<std::uint64_t>{1, 3, 2, 0});
  }
  SECTION("time beats priority") {
    events.insert(at(6.0, 0, -5));
    events.insert(at(5.0, 1, 5));
    CHECK(drain(events) == std::vector<std::uint64_t>{1, 0});
  }
}

TEST_CASE("the packed order key keeps priority and sequence apart", "[engine][fes]") {
  const auto priority = GENERATE(as<govsim::Priority>{}, -32768, -1, 0, 1, 32767);
  const std::uint64_t sequence = GENERATE(0ULL, 1ULL, Event::sequence_mask);
  const Event e{0.0, Event::order_key(priority, sequence), 0, 0, 0};
  CHECK(e.priority() == priority);
  CHECK(e.id() == sequence);
}

TEST_CASE("a large shuffled set drains in happens_before order", "[engine][fes]") {
  FutureEventSet events;
  std::uint64_t x = 12345;
  for (std::uint64_t i = 0; i < 5000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    // Few distinct times, so many ties.
    events.insert(at(static_cast<double>((x >> 33) % 50), i, static_cast<govsim::Priority>((x >> 20) % 3)));
  }
  Event previous = events.pop();
  while (!events.empty()) {
    const Event next = events.pop();
    REQUIRE(govsim::happens_before(previous, next));
    previous = next;
  }
}

TEST_CASE("a removed event is never returned", "[engine][fes]") {
  FutureEventSet events;
  for (std::uint64_t i = 0; i < 100; ++i) events.insert(at(static_cast<double>(i % 7), i));
  SECTION("removing pending events keeps the rest in order") {
    for (std::uint64_t i = 0; i < 100; i += 3) CHECK(events.remove(i));
    CHECK(events.size() == 66);
    Event previous = events.pop();
    CHECK(previous.id() % 3 != 0);
    while (!events.empty()) {
      const Event next = events.pop();
      CHECK(next.id() % 3 != 0);
      CHECK(govsim::happens_before(previous, next));
      previous = next;
    }
  }
  SECTION("removing an unknown or already removed event reports false") {
    CHECK(events.remove(42));
    CHECK_FALSE(events.remove(42));
    CHECK_FALSE(events.remove(1000));
    CHECK(events.size() == 99);
  }
}

TEST_CASE("peeking or popping an empty set is a contract violation", "[engine][fes]") {
  FutureEventSet events;
  CHECK_THROWS_AS(events.peek(), govsim::ContractViolation);
  CHECK_THROWS_AS(events.pop(), govsim::ContractViolation);
}

namespace {

struct HappensBefore {
  bool operator()(const Event& a, const Event& b) const { return govsim::happens_before(a, b); }
};

bool same_event(const Event& a, const Event& b) {
  return a.time == b.time && a.order == b.order && a.target == b.target && a.kind == b.kind &&
         a.payload == b.payload;
}

}  // namespace

TEST_CASE("insertions pops and removals agree with an ordered reference model", "[engine][fes]") {
  // The reference: a std::multiset ordered by happens_before. Few distinct times
  // and priorities make many ties; ids removed are drawn from everything ever
  // inserted, so some are pending, some already popped or removed.
  const std::uint64_t seed = GENERATE(1ULL, 2ULL, 3ULL, 4ULL, 5ULL);
  govsim::RandomStream random = govsim::RandomStreams(seed, 0).stream("future event set");
  FutureEventSet events;
  std::multiset<Event, HappensBefore> reference;
  std::uint64_t next_id = 0;
  std::size_t pops = 0, removals = 0, removed_pending = 0;
  for (int step = 0; step < 20000; ++step) {
    const double u = random.uniform01();
    if (u < 0.45 || reference.empty()) {
      const Event e{
          static_cast<double>(random.below(40)),
          Event::order_key(static_cast<govsim::Priority>(static_cast<int>(random.below(3)) - 1), next_id),
          static_cast<govsim::HandlerId>(random.below(8)), 0, next_id};
      ++next_id;
      events.insert(e);
      reference.insert(e);
    } else if (u < 0.8) {
      const Event popped = events.pop();
      INFO("step " << step << ": popped id " << popped.id() << ", expected " << reference.begin()->id());
      REQUIRE(same_event(popped, *reference.begin()));
      reference.erase(reference.begin());
      ++pops;
    } else {
      const std::uint64_t id = random.below(next_id);
      const auto pending =
          std::find_if(reference.begin(), reference.end(), [&](const Event& e) { return e.id() == id; });
      INFO("step " << step << ": removing id " << id);
      REQUIRE(events.remove(id) == (pending != reference.end()));
      if (pending != reference.end()) {
        reference.erase(pending);
        ++removed_pending;
      }
      ++removals;
    }
    REQUIRE(events.size() == reference.size());
    if (!reference.empty()) REQUIRE(same_event(events.peek(), *reference.begin()));
  }
  while (!reference.empty()) {
    REQUIRE(same_event(events.pop(), *reference.begin()));
    reference.erase(reference.begin());
  }
  CHECK(events.empty());
  CHECK(pops > 1000);
  CHECK(removed_pending > 500);
  CHECK(removals > removed_pending);  // some removals named events no longer pending
}
