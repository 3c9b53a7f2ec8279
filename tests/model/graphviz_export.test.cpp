#include <catch2/catch.hpp>
#include <sstream>

#include "model/graphviz_export.hpp"
#include "scenario/arrangement_loader.hpp"

TEST_CASE("the network exports to DOT with agent ids, roles and link types", "[model][dot]") {
  const auto loaded = govsim::load_arrangement_or_throw("typical-scottish-ijb");
  std::ostringstream dot;
  govsim::write_dot(loaded.arrangement, dot);
  const std::string text = dot.str();
  CHECK_THAT(text, Catch::StartsWith("digraph G {"));
  CHECK_THAT(text, Catch::Contains("cswo[label=\"Chief Social Work Officer (head of children's "
                                   "services)\\n(cswo, head_of_service)\""));
  CHECK_THAT(text, Catch::Contains("ijb[label=\"Integration joint board\\n(ijb)\", shape=box]"));
  CHECK_THAT(text, Catch::Contains("cswo->ijb [label=\"member_of (non-voting)\""));
  CHECK_THAT(text, Catch::Contains("chief_executive->cswo [label=\"line_manages [unrecorded]\""));
}
