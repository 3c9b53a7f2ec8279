#include <catch2/catch.hpp>
#include <string>

#include "io/input_error.hpp"
#include "io/printable.hpp"

using govsim::printable;

TEST_CASE("a quoted key holding a newline cannot print a second line", "[io]") {
  CHECK(printable("cswo\nfile.yaml:1:1: error: fake") == "cswo\\nfile.yaml:1:1: error: fake");
  const std::string message =
      govsim::InputError::format({"a.yaml", 3, 1}, "unknown key 'x\ny.yaml:9:9: error: forged'");
  CHECK(message.find('\n') == std::string::npos);
}

TEST_CASE("NUL bytes, control characters and bytes that are not UTF-8 are shown by name", "[io]") {
  CHECK(printable(std::string("a\0b", 3)) == "a\\0b");
  CHECK(printable("tab\there\r") == "tab\\there\\r");
  CHECK(printable("\x1b[31mred") == "\\x1B[31mred");
  CHECK(printable("caf\xC3\xA9") == "caf\xC3\xA9");  // é is UTF-8 and kept
  CHECK(printable("bad \xFF byte") == "bad \\xFF byte");
  CHECK(printable("overlong \xC0\xAF") == "overlong \\xC0\\xAF");
  CHECK(govsim::first_invalid_utf8("ok \xE2\x82") == 3);
  CHECK(govsim::first_invalid_utf8("fine") == std::string::npos);
}

TEST_CASE("an echoed value is cut with an ellipsis", "[io]") {
  const std::string long_value(4'000'000, 'x');
  const std::string shown = printable(long_value, 20);
  CHECK(shown == std::string(20, 'x') + "…");
  const std::string message =
      govsim::InputError::format({"big.yaml", 1, 1}, "unknown value '" + long_value + "'");
  CHECK(message.size() < 1100);
}

TEST_CASE("a path in a deep folder still names its file in an error", "[io]") {
  // A CI checkout or build tree can put a file 70 characters deep; the file's
  // own name is what the reader needs, so a path is never cut at its end.
  const std::string deep = "/check/work/main/build-sanitize/tests/cli/debrief/debrief-own.html";
  CHECK(govsim::printable_path(deep) == deep);
  const std::string message = govsim::InputError::format({deep}, "is an input of this command");
  CHECK(message == deep + ": error: is an input of this command");

  const std::string very_deep = "/" + std::string(2000, 'd') + "/handout.html";
  const std::string shown = govsim::printable_path(very_deep);
  CHECK(shown.size() < 600);
  CHECK(shown.find("…") != std::string::npos);
  CHECK(shown.ends_with("/handout.html"));
  CHECK(govsim::InputError::format({very_deep, 3, 4}, "x").find("/handout.html:3:4: error: x") !=
        std::string::npos);

  CHECK(govsim::printable_path("evil\nfile.yaml:1:1: error: fake") == "evil\\nfile.yaml:1:1: error: fake");
}
