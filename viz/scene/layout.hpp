#pragma once

#include <string>
#include <vector>

#include "model/arrangement.hpp"
#include "scene/geometry.hpp"
#include "scene/tier.hpp"

namespace govsim::view {

/// A body (council, committee, IJB, health board) drawn as a frame around those
/// of its members that share one row; nested frames are inset so each shows.
struct BodyFrame {
  AgentVertex body = 0;
  Box box;
  int depth = 0;  ///< 0 is the outermost frame in its row
};

/// One tier of one area: a band with its title at the left.
struct TierBand {
  std::string area;
  Tier tier = Tier::the_public;
  Box box;
};

/// One council area's block (or the block of agents that belong to no one area).
struct AreaBlock {
  std::string area;
  Box box;
  Box header;  ///< above the block, in the gap between rows: its name (and value, in the national picture)
};

/// Where every agent is drawn. Deterministic: the same arrangement gives the
/// same layout, so screenshots and a room's memory of "where the CSWO is" hold.
struct Layout {
  std::vector<Point> position;  ///< by agent vertex
  std::vector<float> radius;    ///< by agent vertex
  std::vector<Tier> tier;       ///< by agent vertex
  std::vector<BodyFrame> frames;
  std::vector<TierBand> bands;
  std::vector<AreaBlock> areas;
  Box bounds;
};

/// Spacing, in layout units. Documented parameters, chosen so that a label of
/// about 20 characters fits between neighbours at the default label size.
struct LayoutParameters {
  float column = 170.0F;    ///< between neighbours in a row
  float row = 120.0F;       ///< between tiers
  float sub_row = 100.0F;   ///< between the rows of a tier that wraps
  int per_row = 10;         ///< agents per row before a tier wraps
  float area_gap = 200.0F;  ///< between area blocks, room for the area's name above each
  /// Above each block of several, its header: the area's name and, in the national
  /// picture, its value in words, two lines tall when the whole country is on screen.
  float header = 420.0F;
  float margin = 60.0F;  ///< around each block, room for tier titles
};

Layout lay_out(const Arrangement& arrangement, const LayoutParameters& parameters = {});

/// Radius of an agent's mark, by kind: bodies largest, people smallest.
float radius_of(const Agent& agent);

}  // namespace govsim::view
