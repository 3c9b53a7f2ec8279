#pragma once

#include <string_view>

#include "analysis/gap.hpp"

namespace govsim::view {

/// Gap badges differ by shape and letters as well as colour, so that they read
/// for colour-blind viewers and in a black-and-white handout.
enum class MarkShape { circle, square, triangle, diamond };

struct GapMark {
  MarkShape shape = MarkShape::circle;
  std::string_view letters;  ///< one or two capitals, e.g. "RS" for a rubber stamp
  std::string_view title;    ///< the gap's plain heading ("Noted without question")
};

/// Triangles warn of harm, circles are a forum failing to hold someone to
/// account, squares and diamonds are holes in the arrangement itself.
GapMark mark_of(GapType type);

}  // namespace govsim::view
