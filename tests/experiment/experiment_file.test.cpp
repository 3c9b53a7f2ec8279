#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "experiment/experiment_file.hpp"

using govsim::Finding;

namespace {

govsim::LoadedExperiment experiment(const std::string& text) {
  return govsim::load_experiment({"study.yaml", text, false});
}

bool reports(const govsim::Findings& findings, const std::string& rule, int line, const std::string& words) {
  for (const Finding& f : findings.items())
    if (f.rule == rule && f.place.line == line && f.message.find(words) != std::string::npos) return true;
  return false;
}

std::string listing(const govsim::Findings& findings) {
  std::string all;
  for (const Finding& f : findings.items()) all += f.format() + "\n";
  return all;
}

}  // namespace

TEST_CASE("an experiment's arms are the full factorial, the last factor varying fastest", "[experiment]") {
  const auto loaded = experiment(R"(
name: study
arrangements: [typical-scottish-ijb, weak-scottish-ijb]
parameters:
  forum_question_probability: [0.1, 0.9]
  hold_limit_days: {from: 7, to: 21, step: 7}
replications: 30
seed: 4
)");
  INFO(listing(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  const auto arms = govsim::arms_of(loaded.experiment);
  REQUIRE(arms.size() == 2 * 2 * 3);
  CHECK(govsim::arm_count(loaded.experiment) == 12);
  CHECK(arms[0].arrangement == "typical-scottish-ijb");
  CHECK(arms[0].settings[1].second == 7);
  CHECK(arms[1].settings[1].second == 14);
  CHECK(arms[2].settings[1].second == 21);
  CHECK(arms[3].settings[0].second == 0.9);
  CHECK(arms[6].arrangement == "weak-scottish-ijb");
  CHECK(loaded.experiment.replications == 30);
  CHECK(loaded.experiment.seed == 4);
  CHECK(loaded.experiment.paired);

  SECTION("and each arm is labelled by what varies") {
    const auto labels = govsim::arm_labels(arms);
    CHECK(labels[0] == "typical-scottish-ijb, forum_question_probability 0.1, hold_limit_days 7");
    CHECK(labels[11] == "weak-scottish-ijb, forum_question_probability 0.9, hold_limit_days 21");
  }
}

TEST_CASE("an experiment's mistakes are each reported where they are written", "[experiment]") {
  const auto loaded = experiment(R"(
arrangements: [typical-scottish-ijb]
parameters:
  forum_questoin_probability: [0.5]
  hold_limit_days: [7, -3]
  complaint_per_harm: {from: 0.1, to: 0.5}
replications: 2.5
paierd: true
)");
  const auto& f = loaded.findings;
  INFO(listing(f));
  CHECK(reports(f, "unknown-parameter", 4, "did you mean 'forum_question_probability'"));
  CHECK(reports(f, "out-of-range", 5, "-3 is outside the range (hold_limit_days runs from 0 to 3650 days)"));
  CHECK(reports(f, "unknown-key", 6, "a range needs 'from', 'to' and 'step'") == false);
  CHECK(reports(f, "missing-key", 6, "a range needs 'from', 'to' and 'step'"));
  CHECK(reports(f, "wrong-type", 7, "'replications' is a whole number"));
  CHECK(reports(f, "unknown-key", 8, "did you mean 'paired'"));
}

TEST_CASE("an experiment that would make too many arms is refused before anything runs", "[experiment]") {
  const auto loaded = experiment(R"(
arrangements: [typical-scottish-ijb]
parameters:
  forum_question_probability: {from: 0, to: 1, step: 0.002}
  hold_limit_days: {from: 0, to: 200, step: 1}
)");
  CHECK(loaded.findings.has_rule("too-large"));
}

TEST_CASE("numbers are written as short as they read back exactly", "[experiment]") {
  CHECK(govsim::exact_number(0.1) == "0.1");
  CHECK(govsim::exact_number(21) == "21");
  CHECK(govsim::exact_number(1.0 / 3.0) == "0.3333333333333333");
}

TEST_CASE("an experiment is told from its keys", "[experiment]") {
  CHECK(govsim::looks_like_an_experiment("name: x\narrangements: [a]\n"));
  CHECK(govsim::looks_like_an_experiment("replications: 10\n"));
  CHECK_FALSE(govsim::looks_like_an_experiment("agents: []\njurisdiction: scotland\n"));
  CHECK_FALSE(govsim::looks_like_an_experiment("name: quiet\ncohorts: []\n"));
}

TEST_CASE("a range of tenths takes the values a person means, not their binary neighbours", "[experiment]") {
  const auto loaded = experiment(R"(
name: tenths
arrangements: [typical-scottish-ijb]
parameters:
  forum_question_probability: {from: 0.1, to: 0.7, step: 0.1}
)");
  REQUIRE_FALSE(loaded.findings.has_errors());
  const auto arms = govsim::arms_of(loaded.experiment);
  REQUIRE(arms.size() == 7);
  CHECK(arms[2].settings[0].second == 0.3);
  CHECK(arms[6].settings[0].second == 0.7);
  CHECK(govsim::arm_labels(arms)[2] == "forum_question_probability 0.3");
}

TEST_CASE("a council or arrangement an experiment misnames is reported at its own line, and named once",
          "[experiment]") {
  const auto folder = std::filesystem::temp_directory_path() / "govsim-experiment-check";
  std::filesystem::create_directories(folder);
  SECTION("a misspelt council, at the areas line") {
    const auto path = (folder / "councils.yaml").string();
    std::ofstream(path)
        << "name: councils\narrangements: [national]\nareas: [fife, glasgw]\nreplications: 2\n";
    const auto result = govsim::check_experiment(path);
    REQUIRE(result);
    INFO(listing(result->findings));
    CHECK(reports(result->findings, "does-not-fit", 3, "area 'glasgw' is not an area of arrangement"));
  }
  SECTION("a misspelt arrangement, said once") {
    const auto path = (folder / "misspelt.yaml").string();
    std::ofstream(path) << "name: misspelt\narrangements: [weak-scotish-ijb]\nreplications: 2\n";
    const auto result = govsim::check_experiment(path);
    REQUIRE(result);
    INFO(listing(result->findings));
    CHECK(reports(result->findings, "does-not-fit", 2, "does not run on 'weak-scotish-ijb': no such file"));
    CHECK(listing(result->findings).find("weak-scotish-ijb: error") == std::string::npos);
  }
}
