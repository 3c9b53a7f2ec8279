#include <catch2/catch.hpp>
#include <string_view>

#include "io/did_you_mean.hpp"

TEST_CASE("a near miss gets a suggestion, a stranger gets none", "[io]") {
  constexpr std::string_view keys[] = {"agents", "links", "jurisdiction"};
  CHECK(govsim::did_you_mean("agnets", keys) == " (did you mean 'agents'?)");
  CHECK(govsim::did_you_mean("Jurisdiction", keys) == " (did you mean 'jurisdiction'?)");
  CHECK(govsim::did_you_mean("weather", keys).empty());
}
