#include <catch2/catch.hpp>

#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scene/layout.hpp"
#include "scene/tier.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

Arrangement builtin(const std::string& name) { return load_arrangement_or_throw(name).arrangement; }

Point at(const Arrangement& a, const Layout& l, const std::string& id) { return l.position[*a.find(id)]; }

}  // namespace

TEST_CASE("no two agents overlap in the layout of any built-in arrangement", "[view][layout]") {
  for (const BuiltinEntry& entry : builtins(InputKind::arrangement)) {
    INFO(entry.name);
    const Arrangement a = builtin(entry.name);
    const Layout l = lay_out(a);
    REQUIRE(l.position.size() == boost::num_vertices(a.network));
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < l.position.size(); ++i)
      for (std::size_t j = i + 1; j < l.position.size(); ++j)
        if (distance(l.position[i], l.position[j]) < l.radius[i] + l.radius[j] + 4) ++overlaps;
    CHECK(overlaps == 0);
  }
}

TEST_CASE("the same arrangement is always laid out the same way", "[view][layout]") {
  const Arrangement a = builtin("typical-scottish-ijb");
  const Layout first = lay_out(a), second = lay_out(a);
  CHECK(first.position == second.position);
  CHECK(first.frames.size() == second.frames.size());
}

TEST_CASE("tiers run from elected members at the top to the public at the bottom", "[view][layout]") {
  const Arrangement a = builtin("typical-scottish-ijb");
  const Layout l = lay_out(a);
  const char* top_to_bottom[] = {"lead_member", "chief_executive",        "cswo",         "ijb_chief_officer",
                                 "nhs_board",   "adult_services_manager", "service_users"};
  for (std::size_t i = 0; i + 1 < std::size(top_to_bottom); ++i) {
    INFO(top_to_bottom[i] << " above " << top_to_bottom[i + 1]);
    CHECK(at(a, l, top_to_bottom[i]).y < at(a, l, top_to_bottom[i + 1]).y);
  }
  CHECK(at(a, l, "leader").y == at(a, l, "chief_executive").y);  // the corporate tier
}

TEST_CASE("a body is drawn around those of its members that share a row", "[view][layout]") {
  const Arrangement a = builtin("typical-scottish-ijb");
  const Layout l = lay_out(a);
  const AgentVertex scrutiny = *a.find("audit_scrutiny");
  std::vector<Box> frames;
  for (const BodyFrame& f : l.frames)
    if (f.body == scrutiny) frames.push_back(f.box);
  REQUIRE(frames.size() == 1);
  for (const char* member : {"cllr_opposition", "cllr_opposition_2", "cllr_admin_2"}) {
    INFO(member);
    CHECK(frames.front().contains(at(a, l, member)));
  }
  CHECK_FALSE(frames.front().contains(at(a, l, "lead_member")));
}

TEST_CASE("the national arrangement is laid out one block per council area", "[view][layout]") {
  const Arrangement a = builtin("national");
  const Layout l = lay_out(a);
  std::size_t named = 0;
  for (const AreaBlock& block : l.areas) named += block.area.empty() ? 0 : 1;
  CHECK(named >= 32);
  for (std::size_t i = 0; i < l.areas.size(); ++i)
    for (std::size_t j = i + 1; j < l.areas.size(); ++j)
      CHECK_FALSE(l.areas[i].box.intersects(l.areas[j].box));
}

TEST_CASE("the leader's lane is titled for the council leadership, not 'corporate' officers",
          "[view][layout]") {
  CHECK(govsim::view::tier_of(govsim::Role::leader) == govsim::view::tier_of(govsim::Role::chief_executive));
  CHECK(govsim::view::tier_title(govsim::view::tier_of(govsim::Role::leader)) == "Council leadership");
}
