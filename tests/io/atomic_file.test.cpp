#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/atomic_file.hpp"
#include "io/input_error.hpp"
#include "support/file_text.hpp"

namespace fs = std::filesystem;

TEST_CASE("an output file is written whole or not at all", "[io]") {
  const fs::path folder = fs::temp_directory_path() / ("govsim-atomic-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  const fs::path target = folder / "report.json";

  SECTION("a complete write replaces the target") {
    govsim::write_file_atomically(target, [](std::ostream& out) { out << "first"; });
    govsim::write_file_atomically(target, [](std::ostream& out) { out << "second"; });
    CHECK(govsim::test::file_text(target) == "second");
  }
  SECTION("a write that fails half-way leaves the old file and no temporary") {
    govsim::write_file_atomically(target, [](std::ostream& out) { out << "kept"; });
    CHECK_THROWS(govsim::write_file_atomically(target, [](std::ostream& out) {
      out << "half";
      throw std::runtime_error("simulated failure");
    }));
    CHECK(govsim::test::file_text(target) == "kept");
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}) == 1);
  }
  SECTION("an unwritable place is an input error naming the path") {
    const fs::path nowhere = folder / "no-such-folder" / "log.jsonl";
    CHECK_THROWS_WITH(govsim::write_file_atomically(nowhere, [](std::ostream& out) { out << "x"; }),
                      Catch::Contains(nowhere.string()) && Catch::Contains("cannot write output file"));
  }
  fs::remove_all(folder);
}
