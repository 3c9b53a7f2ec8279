#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scene/perspective.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// What the inspector panel shows of one agent at one moment.
struct Inspection {
  std::string id, name;
  std::vector<std::string> roles;
  std::string area;
  bool visible = true;                     ///< false: the viewer may not see this agent's inbox and records
  std::vector<std::string> inbox;          ///< items received and not yet acted on
  std::vector<std::uint32_t> inbox_items;  ///< their item numbers, parallel to `inbox`
  std::vector<std::string> knowledge;      ///< "care-after-discharge (since day 12)"
  std::vector<std::string> records;        ///< the agent's latest log records, newest last
  /// Decisions it took: what it chose, who advised, whether the advice was on record.
  std::vector<std::string> decisions;
  bool operator==(const Inspection&) const = default;
};

/// `as`: see as this viewer. Another agent's inbox and records are private to
/// it; personal items are withheld from elected members.
Inspection inspect(const Replay& replay, AgentVertex agent, double day, const std::optional<Perspective>& as,
                   std::size_t latest_records = 12);

}  // namespace govsim::view
