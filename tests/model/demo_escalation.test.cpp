#include <catch2/catch.hpp>

#include "engine/event_log.hpp"
#include "model/demo_escalation.hpp"

namespace {
std::uint64_t fingerprint_of(std::uint64_t seed, std::uint64_t replication = 0) {
  govsim::DemoEscalationParameters parameters;
  parameters.seed = seed;
  parameters.replication = replication;
  govsim::EventLog log;
  govsim::run_demo_escalation(parameters, log);
  return log.fingerprint();
}
}  // namespace

TEST_CASE("the same seed gives the same log, another seed another log", "[model][determinism]") {
  CHECK(fingerprint_of(1) == fingerprint_of(1));
  CHECK(fingerprint_of(1) != fingerprint_of(2));
  CHECK(fingerprint_of(1, 0) != fingerprint_of(1, 1));
}

TEST_CASE("the demo run's fingerprint is pinned", "[model][determinism]") {
  // Regenerate only on purpose: a change here means every run's log changed.
  CHECK(govsim::fingerprint_hex(fingerprint_of(1)) == "861bc0d2af0f6e9d");
}

TEST_CASE("in the demo, concerns climb the chain in order and stop by the end day", "[model]") {
  govsim::EventLog log;
  govsim::run_demo_escalation({}, log);
  REQUIRE(log.size() > 10);
  double previous = 0.0;
  for (const auto& record : log.records()) {
    CHECK(record.time >= previous);
    CHECK(record.time <= 120.0);
    previous = record.time;
  }
  CHECK(log.records().front().kind == govsim::LogKind::run_started);
  CHECK(log.records().back().kind == govsim::LogKind::run_ended);
}
