#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "io/input_error.hpp"
#include "scenario/input_source.hpp"

using govsim::InputKind;

TEST_CASE("a built-in arrangement is found by name", "[scenario][input]") {
  const auto input = govsim::read_input("typical-scottish-ijb", InputKind::arrangement);
  CHECK(input.builtin);
  CHECK(input.name == "scenarios/arrangements/typical-scottish-ijb.yaml");
  CHECK_THAT(input.text, Catch::Contains("jurisdiction: scotland"));
}

TEST_CASE("every built-in has a name and text, and arrangements are listed", "[scenario][input]") {
  const auto arrangements = govsim::builtins(InputKind::arrangement);
  CHECK(arrangements.size() >= 6);
  for (const auto& entry : arrangements) {
    CHECK_FALSE(entry.name.empty());
    CHECK_FALSE(entry.text.empty());
  }
}

TEST_CASE("a file on disk wins over a built-in name", "[scenario][input]") {
  const auto path = std::filesystem::temp_directory_path() / "govsim-input-test.yaml";
  std::ofstream(path) << "jurisdiction: england\n";
  const auto input = govsim::read_input(path.string(), InputKind::arrangement);
  CHECK_FALSE(input.builtin);
  CHECK(input.text == "jurisdiction: england\n");
  std::filesystem::remove(path);
}

TEST_CASE("an unknown name says what to do, with a suggestion", "[scenario][input]") {
  CHECK_THROWS_WITH(govsim::read_input("typical-scotish-ijb", InputKind::arrangement),
                    Catch::Contains("did you mean 'typical-scottish-ijb'") && Catch::Contains("govsim list"));
  CHECK_THROWS_AS(govsim::read_input("/no/such/dir/", InputKind::arrangement), govsim::InputError);
}

TEST_CASE("a misspelt path is answered with the closest file beside it, as the user would type it",
          "[scenario][input]") {
  const auto folder = std::filesystem::temp_directory_path() / "govsim-misspelt-path";
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "our-council.yaml") << "jurisdiction: england\n";
  const std::string typed = (folder / "our-concil.yaml").string();
  CHECK_THROWS_WITH(govsim::read_input(typed, InputKind::arrangement),
                    Catch::Contains("did you mean '" + (folder / "our-council.yaml").string() + "'"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("a file over the size limit is refused before it is read", "[scenario][input]") {
  const auto path = std::filesystem::temp_directory_path() / "govsim-too-big.yaml";
  {
    std::ofstream out(path);
    const std::string line(1023, 'x');
    for (int i = 0; i < 10 * 1024; ++i) out << line << '\n';
  }
  CHECK_THROWS_WITH(govsim::read_input(path.string(), InputKind::arrangement), Catch::Contains("too large"));
  std::filesystem::remove(path);
}
