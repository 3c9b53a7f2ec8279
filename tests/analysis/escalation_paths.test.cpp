#include <catch2/catch.hpp>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/escalation_paths.hpp"
#include "support/small_run.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;

// Escalation paths read from the log of a small run on the small Scottish area:
// team -> manager -> CSWO -> chief executive -> full council, with thresholds
// 2, 3, 4, 4 and 5 and latencies of one day on the line.

namespace {

using govsim::EscalationPath;
using govsim::PathEnd;
using govsim::PathHop;
using govsim::test::small_area;
using govsim::test::SmallRun;

std::string describe(const std::vector<EscalationPath>& paths) {
  std::ostringstream out;
  for (const EscalationPath& p : paths) {
    out << p.subject << " raised by " << p.raised_by << " x" << p.occurrences << " days " << p.first_day
        << "-" << p.last_day << " ends " << to_string(p.end) << " at " << p.stopped_at << ": "
        << p.explanation << "\n";
    for (const PathHop& h : p.hops) {
      out << "  " << h.from << " -" << h.channel << "-> " << h.to << " sent " << h.sent << " received ";
      if (h.received)
        out << *h.received;
      else
        out << "-";
      out << " acted ";
      if (h.acted)
        out << *h.acted;
      else
        out << "-";
      out << " wait " << h.wait << " " << h.outcome << "\n";
    }
  }
  return out.str();
}

/// Runs the scenario with seed 1 and returns its paths, with the hold limit and
/// run length the scenario would give them.
class Paths {
 public:
  Paths(const std::string& arrangement, const std::string& scenario, double days, double hold_limit = 14.0,
        std::uint64_t seed = 1)
      : run_(arrangement, scenario) {
    paths_ = govsim::escalation_paths(run_.run(seed), hold_limit, days);
  }
  const std::vector<EscalationPath>& all() const { return paths_; }
  std::string story() const { return describe(paths_); }

 private:
  SmallRun run_;
  std::vector<EscalationPath> paths_;
};

/// Every hop is sent before it is received, received before it is acted on,
/// waits from sending to acting, and starts where the last one ended.
void check_hops_are_consistent(const EscalationPath& path, double end_day) {
  REQUIRE_FALSE(path.hops.empty());
  CHECK(path.hops.front().from == path.raised_by);
  CHECK(path.hops.back().to == path.stopped_at);
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const PathHop& hop = path.hops[i];
    INFO("hop " << i << ": " << hop.from << " -> " << hop.to);
    if (hop.received) CHECK(hop.sent <= *hop.received);
    if (hop.acted) {
      REQUIRE(hop.received);
      CHECK(*hop.received <= *hop.acted);
    }
    CHECK(hop.wait == Approx(hop.acted.value_or(end_day) - hop.sent));
    if (i + 1 < path.hops.size()) {
      const PathHop& next = path.hops[i + 1];
      CHECK(next.from == hop.to);
      REQUIRE(hop.acted);
      CHECK(next.sent == *hop.acted);  // an agent escalates when it acts
      CHECK(hop.outcome == "escalated");
    }
  }
}

/// One line of `injects:`: the team raises a concern with its manager.
std::string concern_to_manager(int severity, double day = 1.0) {
  std::ostringstream out;
  out << "  - {day: " << day
      << ", what: concern, from: team, to: manager, subject: short-visits, severity: " << severity << "}\n";
  return out.str();
}

}  // namespace

TEST_CASE("a concern escalated through several agents is one path with its hops in order", "[paths]") {
  const Paths paths(small_area, std::string(R"(
days: 40
parameters: {forum_question_probability: 1}
injects:
)") + concern_to_manager(4),
                    40);
  INFO(paths.story());
  REQUIRE(paths.all().size() == 1);
  const EscalationPath& path = paths.all().front();
  CHECK(path.subject == "short-visits");
  CHECK(path.raised_by == "team");
  CHECK(path.first_day == 1.0);
  CHECK(path.last_day == 1.0);
  CHECK(path.occurrences == 1);
  CHECK(path.stopped_at == "full_council");
  REQUIRE(path.hops.size() == 4);
  const std::vector<std::string> from{"team", "manager", "cswo", "chief_executive"};
  const std::vector<std::string> to{"manager", "cswo", "chief_executive", "full_council"};
  const std::vector<std::string> channel{"inject", "line_manages", "line_manages", "accountable_to"};
  for (std::size_t i = 0; i < 4; ++i) {
    INFO("hop " << i);
    CHECK(path.hops[i].from == from[i]);
    CHECK(path.hops[i].to == to[i]);
    CHECK(path.hops[i].channel == channel[i]);
    CHECK(path.hops[i].received.has_value());
    CHECK(path.hops[i].acted.has_value());
  }
  check_hops_are_consistent(path, 40);
  // The inject arrives at once; the manager and the CSWO respond in half a day;
  // each line link takes a day; the council considers it at its meeting on day 30.
  CHECK(path.hops[0].sent == 1.0);
  CHECK(*path.hops[0].received == 1.0);
  CHECK(*path.hops[0].acted == Approx(1.5));
  CHECK(path.hops[0].wait == Approx(0.5));
  CHECK(*path.hops[1].received == Approx(2.5));
  CHECK(*path.hops[1].acted == Approx(3.0));
  CHECK(*path.hops[2].received == Approx(4.0));
  CHECK(*path.hops[3].received == Approx(path.hops[3].sent + 1.0));
  CHECK(*path.hops[3].acted == 30.0);
  CHECK(path.hops[3].outcome == "questioned");
}

TEST_CASE("a concern below the next agent's threshold ends resolved there", "[paths]") {
  const Paths paths(small_area, std::string("days: 30\ninjects:\n") + concern_to_manager(3), 30);
  INFO(paths.story());
  REQUIRE(paths.all().size() == 1);
  const EscalationPath& path = paths.all().front();
  CHECK(path.end == PathEnd::resolved);
  CHECK(path.stopped_at == "cswo");
  REQUIRE(path.hops.size() == 2);
  CHECK(path.hops[1].from == "manager");
  CHECK(path.hops[1].to == "cswo");
  CHECK(path.hops[1].outcome == "resolved");
  CHECK(path.explanation.find("cswo") != std::string::npos);
  check_hops_are_consistent(path, 30);
}

TEST_CASE("a concern that reaches an agent with no onward route ends there", "[paths]") {
  const Paths paths(
      with(small_area, "  - {from: chief_executive, type: accountable_to, to: full_council, latency: 1}\n",
           ""),
      std::string("days: 30\ninjects:\n") + concern_to_manager(4), 30);
  INFO(paths.story());
  REQUIRE(paths.all().size() == 1);
  const EscalationPath& path = paths.all().front();
  CHECK(path.end == PathEnd::no_onward_route);
  CHECK(path.stopped_at == "chief_executive");
  REQUIRE(path.hops.size() == 3);
  CHECK(path.hops.back().outcome == "blocked");
  check_hops_are_consistent(path, 30);
}

TEST_CASE("a concern whose next post is vacant with no deputy ends at a vacant post", "[paths]") {
  const Paths paths(small_area, R"(
days: 30
injects:
  - {day: 1, vacate: cswo}
  - {day: 2, what: concern, from: users, to: team, subject: no-cswo, severity: 3}
)",
                    30);
  INFO(paths.story());
  REQUIRE(paths.all().size() == 1);
  const EscalationPath& path = paths.all().front();
  CHECK(path.subject == "no-cswo");
  CHECK(path.raised_by == "users");
  CHECK(path.end == PathEnd::vacant_post);
  CHECK(path.stopped_at == "manager");
  REQUIRE(path.hops.size() == 2);
  CHECK(path.hops[0].from == "users");
  CHECK(path.hops[1].from == "team");
  CHECK(path.hops[1].outcome == "blocked");
  check_hops_are_consistent(path, 30);
}

TEST_CASE("a concern sent over a link that never delivers is lost", "[paths]") {
  const Paths paths(with(small_area, "{from: manager, type: line_manages, to: team, latency: 1}",
                         "{from: manager, type: line_manages, to: team, latency: 1, reliability: 0}"),
                    R"(
days: 20
injects:
  - {day: 1, what: concern, from: users, to: team, subject: lost-concern, severity: 4}
)",
                    20);
  INFO(paths.story());
  REQUIRE(paths.all().size() == 1);
  const EscalationPath& path = paths.all().front();
  CHECK(path.end == PathEnd::lost);
  CHECK(path.stopped_at == "manager");
  REQUIRE(path.hops.size() == 2);
  const PathHop& last = path.hops.back();
  CHECK(last.from == "team");
  CHECK(last.channel == "line_manages");
  CHECK_FALSE(last.received);
  CHECK_FALSE(last.acted);
  CHECK(last.outcome == "lost");
  CHECK(last.wait == Approx(20.0 - last.sent));
  check_hops_are_consistent(path, 20);
}

TEST_CASE("a concern that reaches the council ends questioned or noted, as the forum does", "[paths]") {
  SECTION("a forum that always questions") {
    const Paths paths(small_area, std::string(R"(
days: 40
parameters: {forum_question_probability: 1}
injects:
)") + concern_to_manager(4),
                      40);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    CHECK(paths.all().front().end == PathEnd::questioned);
    CHECK(paths.all().front().stopped_at == "full_council");
    CHECK(paths.all().front().hops.back().outcome == "questioned");
  }
  SECTION("a forum that never questions") {
    const Paths paths(small_area, std::string(R"(
days: 40
parameters: {forum_question_probability: 0}
injects:
)") + concern_to_manager(4),
                      40);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    CHECK(paths.all().front().end == PathEnd::noted_without_question);
    CHECK(paths.all().front().stopped_at == "full_council");
    CHECK(paths.all().front().hops.back().outcome == "noted");
    check_hops_are_consistent(paths.all().front(), 40);
  }
}

TEST_CASE("a concern held by a statutory officer under pressure goes on at the hold limit, or ends held",
          "[paths]") {
  const std::string dependent_cswo = with(small_area, "{id: cswo, role: cswo, response_days: 0.5}",
                                          "{id: cswo, role: cswo, response_days: 0.5, independence: 0}");
  const std::string scenario =
      std::string("parameters: {holding_per_lost_independence: 1}\ninjects:\n") + concern_to_manager(4);
  SECTION("held from day 3, let go at the 14-day limit, and followed on to the council") {
    // Not "held beyond the limit": the hold ends when the protocol says, and
    // the path is where the concern went next (a new user read the old
    // wording as the CSWO sitting on it for good).
    const Paths paths(dependent_cswo, "days: 40\n" + scenario, 40, 14);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    const EscalationPath& path = paths.all().front();
    CHECK(path.end != PathEnd::held_beyond_limit);
    CHECK(path.stopped_at == "full_council");
    REQUIRE(path.hops.size() == 4);
    const auto& at_cswo = path.hops[1];
    CHECK(at_cswo.to == "cswo");
    CHECK(at_cswo.outcome == "escalated");
    CHECK(*at_cswo.acted - *at_cswo.received >= 14.0);
    check_hops_are_consistent(path, 40);
  }
  SECTION("near miss: a ten-day run ends within the limit") {
    const Paths paths(dependent_cswo, "days: 10\n" + scenario, 10, 14);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    CHECK(paths.all().front().end == PathEnd::held);
  }
  SECTION("near miss: an independent CSWO escalates it") {
    const Paths paths(small_area, "days: 40\n" + scenario, 40, 14);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    CHECK(paths.all().front().stopped_at == "full_council");
  }
}

TEST_CASE("a concern still on its way or waiting when the run ends ends with the run", "[paths]") {
  SECTION("escalated half a day before the end over a one-day link: still on its way") {
    const Paths paths(small_area, std::string("days: 20\ninjects:\n") + concern_to_manager(4, 19.0), 20);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    const EscalationPath& path = paths.all().front();
    CHECK(path.end == PathEnd::run_ended);
    CHECK(path.stopped_at == "cswo");
    REQUIRE(path.hops.size() == 2);
    CHECK(path.hops.back().sent == Approx(19.5));
    CHECK_FALSE(path.hops.back().received);
    CHECK_FALSE(path.hops.back().acted);
    CHECK(path.hops.back().wait == Approx(0.5));
    CHECK(path.explanation.find("on its way") != std::string::npos);
    check_hops_are_consistent(path, 20);
  }
  SECTION("received by a chief executive who has not responded by the end: still waiting") {
    const Paths paths(with(small_area, "{id: chief_executive, role: chief_executive}",
                           "{id: chief_executive, role: chief_executive, response_days: 100}"),
                      std::string("days: 20\ninjects:\n") + concern_to_manager(4), 20);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    const EscalationPath& path = paths.all().front();
    CHECK(path.end == PathEnd::run_ended);
    CHECK(path.stopped_at == "chief_executive");
    REQUIRE(path.hops.back().received);
    CHECK_FALSE(path.hops.back().acted);
    CHECK(path.explanation.find("still waiting") != std::string::npos);
    check_hops_are_consistent(path, 20);
  }
}

TEST_CASE("the same concern taking the same route twice is one path that occurred twice", "[paths]") {
  SECTION("two concerns a month apart, both resolved by the CSWO") {
    const Paths paths(
        small_area,
        std::string("days: 60\ninjects:\n") + concern_to_manager(3, 1) + concern_to_manager(3, 30), 60);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 1);
    const EscalationPath& path = paths.all().front();
    CHECK(path.occurrences == 2);
    CHECK(path.first_day == 1.0);
    CHECK(path.last_day == 30.0);
    CHECK(path.end == PathEnd::resolved);
    REQUIRE(path.hops.size() == 2);
    CHECK(path.hops.front().sent == 1.0);  // the hops are those of the first occurrence
  }
  SECTION("near miss: the second, more serious, goes further and is a path of its own") {
    const Paths paths(
        small_area,
        std::string("days: 60\ninjects:\n") + concern_to_manager(3, 1) + concern_to_manager(4, 30), 60);
    INFO(paths.story());
    REQUIRE(paths.all().size() == 2);
    CHECK(paths.all()[0].occurrences == 1);
    CHECK(paths.all()[0].stopped_at == "cswo");
    CHECK(paths.all()[1].occurrences == 1);
    CHECK(paths.all()[1].first_day == 30.0);
    CHECK(paths.all()[1].hops.size() > 2);
  }
}
