#include <catch2/catch.hpp>

#include "check/arrangement_check.hpp"
#include "scenario/input_source.hpp"
#include "experiment/prepared_run.hpp"

TEST_CASE("every built-in scenario checks clean, runs, and tells its story", "[behaviour][builtin]") {
  const auto scenarios = govsim::builtins(govsim::InputKind::scenario);
  REQUIRE(scenarios.size() >= 9);
  for (const auto& entry : scenarios) {
    INFO("scenario " << entry.name);
    const auto checked = govsim::check_scenario(entry.name);
    CHECK_FALSE(checked.findings.has_errors());
    const auto prepared = govsim::prepare_run(entry.name);
    CHECK_FALSE(prepared->scenario.scenario.description.empty());
    govsim::EventLog log;
    prepared->model->run({1, 0, std::nullopt, nullptr, {}}, log);
    REQUIRE(log.size() > 10);
    CHECK(log.records().front().kind == govsim::LogKind::run_started);
    CHECK(log.records().back().kind == govsim::LogKind::run_ended);
    for (std::size_t i = 1; i < log.size(); ++i) REQUIRE(log.records()[i - 1].time <= log.records()[i].time);
  }
}

TEST_CASE("the default run is expedited discharge on the typical Scottish arrangement for 120 days",
          "[behaviour][builtin]") {
  const auto prepared = govsim::prepare_run(govsim::default_scenario);
  CHECK(prepared->scenario.scenario.name == "expedited-discharge");
  CHECK(prepared->arrangement.arrangement.name == "typical-scottish-ijb");
  CHECK(prepared->scenario.scenario.days == 120);
}
