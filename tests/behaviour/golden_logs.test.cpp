// Golden traces, as SimGrid's .tesh and ns-3's .reflog files: the whole JSON
// Lines log of seed 1 of three built-in scenarios is checked in under
// tests/golden/, and any change to it fails here. When a change is meant,
// regenerate with `make golden` (GOVSIM_REGENERATE_GOLDEN=1) and review the diff.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/event_log_jsonl.hpp"
#include "experiment/prepared_run.hpp"
#include "support/file_text.hpp"

TEST_CASE("the logs of three built-in scenarios match their golden copies, byte for byte", "[golden]") {
  const std::string scenario = GENERATE(as<std::string>{}, "01-expedited-discharge",
                                        "06-constituent-complaint", "07-confidential-case");
  const auto prepared = govsim::prepare_run(scenario);
  govsim::EventLog log;
  prepared->model->run({1, 0, std::nullopt, nullptr, {}}, log);
  std::ostringstream written;
  govsim::write_jsonl(log, written);

  const std::filesystem::path golden =
      std::filesystem::path(GOVSIM_TEST_DATA) / "golden" / (scenario + ".seed1.jsonl");
  if (std::getenv("GOVSIM_REGENERATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << written.str();
    WARN("regenerated " << golden.string());
  }
  INFO("golden file " << golden.string() << " (regenerate on purpose with `make golden`)");
  REQUIRE(std::filesystem::exists(golden));
  const std::string expected = govsim::test::file_text(golden);
  if (written.str() != expected) {
    // Point at the first line that differs, which is what a reviewer needs.
    std::istringstream a(written.str()), b(expected);
    std::string line_a, line_b;
    int line = 0;
    while (std::getline(a, line_a) && std::getline(b, line_b) && line_a == line_b) ++line;
    FAIL("log differs from golden at line " << line + 1 << "\n  now:    " << line_a
                                            << "\n  golden: " << line_b);
  }
  // A saved log reads back to the same fingerprint the run printed.
  std::istringstream in(expected);
  CHECK(govsim::read_jsonl(in, golden.string()).fingerprint() == log.fingerprint());
}
