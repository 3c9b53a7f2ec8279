#include <catch2/catch.hpp>
#include <sstream>

#include "experiment/progress.hpp"

using govsim::Progress;

TEST_CASE("a long run's progress is a bar on a terminal, plain lines in a log, nothing when quiet",
          "[experiment][progress]") {
  SECTION("a bar redrawn in place, ending with how long it took") {
    std::ostringstream out;
    Progress progress(out, Progress::Style::bar, "sweep study", 10);
    progress.step(10);
    progress.finish();
    CHECK(out.str().starts_with("\rsweep study [##############################] 10/10 runs, "));
    CHECK(out.str().find("took ") != std::string::npos);
    CHECK(out.str().ends_with("\n"));
  }
  SECTION("a line a log can hold, with no terminal codes") {
    std::ostringstream out;
    Progress progress(out, Progress::Style::lines, "sweep study", 10, 4);
    progress.step(6);
    progress.finish();
    CHECK(
        out.str().starts_with("govsim: sweep study: 4 of 10 runs already in the store\n"
                              "govsim: sweep study: 10/10 runs, "));
    CHECK(out.str().find('\r') == std::string::npos);
    CHECK(out.str().find('\x1b') == std::string::npos);
  }
  SECTION("nothing at all with --quiet") {
    std::ostringstream out;
    Progress progress(out, Progress::Style::quiet, "sweep study", 10, 4);
    progress.step(6);
    progress.finish();
    CHECK(out.str().empty());
  }
}
