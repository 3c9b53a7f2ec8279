#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "support/file_text.hpp"

namespace fs = std::filesystem;
using govsim::OutputPlan;
using govsim::write_output;

namespace {

// A folder of its own for each test case, removed at the end.
struct Scratch {
  fs::path folder;
  explicit Scratch(const std::string& name)
      : folder(fs::temp_directory_path() / ("govsim-output-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(folder);
    fs::create_directories(folder);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(folder, ignored);
  }
  fs::path file(const std::string& name, const std::string& text) const {
    std::ofstream(folder / name) << text;
    return folder / name;
  }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}));
  }
};

}  // namespace

TEST_CASE("an output file is written whole or not at all", "[io]") {
  const Scratch scratch("atomic");
  const fs::path target = scratch.folder / "report.json";

  SECTION("a complete write replaces the target") {
    write_output(target, [](std::ostream& out) { out << "first"; });
    write_output(target, [](std::ostream& out) { out << "second"; });
    CHECK(govsim::test::file_text(target) == "second");
  }
  SECTION("a write that fails half-way leaves the old file and no temporary") {
    write_output(target, [](std::ostream& out) { out << "kept"; });
    CHECK_THROWS(write_output(target, [](std::ostream& out) {
      out << "half";
      throw std::runtime_error("simulated failure");
    }));
    CHECK(govsim::test::file_text(target) == "kept");
    CHECK(scratch.entries() == 1);
  }
  SECTION("an unwritable place is an input error naming the path") {
    const fs::path nowhere = scratch.folder / "no-such-folder" / "log.jsonl";
    CHECK_THROWS_WITH(write_output(nowhere, [](std::ostream& out) { out << "x"; }),
                      Catch::Contains(nowhere.string()) && Catch::Contains("does not exist"));
  }
  SECTION("a replaced file keeps its permissions") {
    write_output(target, [](std::ostream& out) { out << "first"; });
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    write_output(target, [](std::ostream& out) { out << "second"; });
    CHECK(fs::status(target).permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  }
}

TEST_CASE("no output may replace an input of the same command", "[io]") {
  const Scratch scratch("inputs");
  const fs::path scenario = scratch.file("my-scenario.yaml", "name: mine\ncohorts: []\n");
  OutputPlan plan;
  plan.reads(scenario.string());

  SECTION("named as it was given") {
    CHECK_THROWS_WITH(plan.writes("--log", scenario.string()),
                      Catch::Contains("is an input of this command") && Catch::Contains("--log"));
  }
  SECTION("reached through a symbolic link") {
    const fs::path link = scratch.folder / "log.jsonl";
    fs::create_symlink(scenario, link);
    CHECK_THROWS_WITH(plan.writes("--log", link.string()), Catch::Contains("is an input of this command"));
  }
  SECTION("reached through a hard link (the same device and inode)") {
    const fs::path other = scratch.folder / "copy.jsonl";
    fs::create_hard_link(scenario, other);
    CHECK_THROWS_WITH(plan.writes("--log", other.string()), Catch::Contains("is an input of this command"));
  }
  SECTION("the input is left as it was") {
    CHECK_THROWS(plan.writes("--log", scenario.string()));
    CHECK(govsim::test::file_text(scenario) == "name: mine\ncohorts: []\n");
  }
}

TEST_CASE("an arrangement or scenario file is never overwritten, even when not an input", "[io]") {
  const Scratch scratch("yaml");
  OutputPlan plan;
  SECTION("by its extension") {
    const fs::path other = scratch.file("other-council.yaml", "anything: 1\n");
    CHECK_THROWS_WITH(plan.writes("the output file", other.string()),
                      Catch::Contains("is an arrangement, scenario or experiment file"));
  }
  SECTION("by its keys, whatever it is called") {
    const fs::path other = scratch.file("council-notes", "name: x\njurisdiction: scotland\nagents: []\n");
    CHECK_THROWS_WITH(plan.writes("--log", other.string()),
                      Catch::Contains("is an arrangement, scenario or experiment file"));
  }
  SECTION("but a log written before may be replaced") {
    const fs::path old_log = scratch.file("run.jsonl", "{\"schema\":\"govsim-event-log\"}\n");
    CHECK_NOTHROW(plan.writes("--log", old_log.string()));
  }
}

TEST_CASE("two outputs of one command may not name the same file", "[io]") {
  const Scratch scratch("twice");
  OutputPlan plan;
  const fs::path target = scratch.folder / "run.json";
  plan.writes("--log", target.string());
  CHECK_THROWS_WITH(plan.writes("--report", target.string()),
                    Catch::Contains("--log and --report both name this file"));
  CHECK_THROWS_WITH(plan.writes("--report", (scratch.folder / "." / "run.json").string()),
                    Catch::Contains("both name this file"));
  CHECK_NOTHROW(plan.writes("--report", (scratch.folder / "run.html").string()));
}

TEST_CASE("standard output takes one output at most", "[io]") {
  OutputPlan plan;
  plan.writes("--log", "-");
  CHECK(plan.uses_standard_output());
  CHECK_THROWS_WITH(plan.writes("--report", "-"), Catch::Contains("both write to standard output"));
}

TEST_CASE("a FIFO given as an output is written through, not replaced", "[io]") {
  const Scratch scratch("fifo");
  const fs::path fifo = scratch.folder / "events.jsonl";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  OutputPlan plan;
  CHECK_NOTHROW(plan.writes("--log", fifo.string()));

  std::string received;
  std::thread reader([&] {
    std::ifstream in(fifo);
    std::ostringstream text;
    text << in.rdbuf();
    received = text.str();
  });
  write_output(fifo, [](std::ostream& out) { out << "line one\nline two\n"; });
  reader.join();
  CHECK(received == "line one\nline two\n");
  CHECK(fs::is_fifo(fifo));
}

TEST_CASE("a symbolic link given as an output is followed and kept", "[io]") {
  const Scratch scratch("symlink");
  const fs::path real = scratch.file("real.jsonl", "old");
  const fs::path link = scratch.folder / "latest.jsonl";
  fs::create_symlink(real, link);
  write_output(link, [](std::ostream& out) { out << "new"; });
  CHECK(fs::is_symlink(link));
  CHECK(govsim::test::file_text(real) == "new");

  SECTION("a link to a file not yet written creates that file") {
    const fs::path ahead = scratch.folder / "ahead.jsonl";
    fs::create_symlink("later.jsonl", ahead);
    write_output(ahead, [](std::ostream& out) { out << "made"; });
    CHECK(fs::is_symlink(ahead));
    CHECK(govsim::test::file_text(scratch.folder / "later.jsonl") == "made");
  }
  SECTION("a link into a missing folder is refused") {
    const fs::path dangling = scratch.folder / "dangling.jsonl";
    fs::create_symlink(scratch.folder / "missing" / "x", dangling);
    OutputPlan plan;
    CHECK_THROWS_WITH(plan.writes("--log", dangling.string()), Catch::Contains("folder that does not exist"));
    CHECK(fs::is_symlink(dangling));
  }
}

TEST_CASE("a folder or a device given as an output is refused and left alone", "[io]") {
  const Scratch scratch("kinds");
  OutputPlan plan;
  CHECK_THROWS_WITH(plan.writes("--log", scratch.folder.string()), Catch::Contains("is a folder"));
  // A socket stands in for a device node: a special file the test may make
  // in its own folder, never one of the machine's own /dev nodes.
  const fs::path socket_path = scratch.folder / "s.sock";
  const std::string make_socket =
      "python3 -c \"import socket; socket.socket(socket.AF_UNIX).bind('" + socket_path.string() + "')\"";
  if (std::system(make_socket.c_str()) == 0 && fs::is_socket(socket_path)) {
    CHECK_THROWS_WITH(plan.writes("--log", socket_path.string()), Catch::Contains("is not a regular file"));
    CHECK_THROWS(write_output(socket_path, [](std::ostream& out) { out << "x"; }));
    CHECK(fs::is_socket(socket_path));
  }
}

TEST_CASE("a writer that needs a named file still writes atomically", "[io]") {
  const Scratch scratch("through-file");
  const fs::path target = scratch.folder / "shot.png";
  govsim::write_output_through_file(target, ".png", [&](const fs::path& partial) {
    CHECK(partial.extension() == ".png");
    CHECK(partial.parent_path() == target.parent_path());
    std::ofstream(partial) << "png bytes";
  });
  CHECK(govsim::test::file_text(target) == "png bytes");
  CHECK(scratch.entries() == 1);
  CHECK_THROWS(govsim::write_output_through_file(
      target, ".png", [](const fs::path&) { throw govsim::InputError({"x"}, "encoder failed"); }));
  CHECK(govsim::test::file_text(target) == "png bytes");
  CHECK(scratch.entries() == 1);
}
