#include <catch2/catch.hpp>
#include <sstream>

#include "model/graphviz_export.hpp"
#include "scenario/arrangement_loader.hpp"

TEST_CASE("the network exports to DOT named by ids, labelled in words a member reads", "[model][dot]") {
  const auto loaded = govsim::load_arrangement_or_throw("typical-scottish-ijb");
  std::ostringstream dot;
  govsim::write_dot(loaded.arrangement, dot);
  const std::string text = dot.str();
  CHECK_THAT(text, Catch::StartsWith("digraph G {"));
  CHECK_THAT(text, Catch::Contains("cswo[label=\"Chief Social Work Officer (head of children's "
                                   "services)\\n(Chief Social Work Officer, head of service)\""));
  // A role that says no more than the name is not repeated under it.
  CHECK_THAT(text, Catch::Contains("ijb[label=\"Integration joint board\", shape=box]"));
  CHECK_THAT(text, Catch::Contains("cswo->ijb [label=\"sits on (non-voting)\""));
  CHECK_THAT(text, Catch::Contains("chief_executive->cswo [label=\"manages (not on record)\""));
  CHECK_THAT(text, !Catch::Contains("line_manages") && !Catch::Contains("(cswo"));
}
