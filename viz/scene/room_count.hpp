#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scene/replay.hpp"

namespace govsim::view {

/// The running count a training room watches: how many people have been harmed
/// so far, and which of those in authority know of the harm yet.
struct RoomCount {
  double harmed = 0.0;
  struct Holder {
    std::string name;  ///< as a reader knows it ("Chief Social Work Officer")
    std::optional<double> knew_day;
  };
  std::vector<Holder> in_authority;  ///< in the order of `authority_roles()`
};

/// Whom a room asks "do they know yet?": the statutory officer, the chief
/// executive, the lead member and leader, the IJB's chief officer and the
/// board, and full council (docs/training.md).
const std::vector<Role>& authority_roles();

/// At `day`: harm is every harm record so far; a holder knows once it became
/// aware of any matter on which someone was harmed in the run shown.
RoomCount room_count(const Replay& replay, double day);

}  // namespace govsim::view
