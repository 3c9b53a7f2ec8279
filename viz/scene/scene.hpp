#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/gap.hpp"
#include "scene/area_outcome.hpp"
#include "scene/layout.hpp"
#include "scene/perspective.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// What an agent's colour says about the selected subject.
enum class Knowing : std::uint8_t {
  no_subject,  ///< nothing selected
  unaware,     ///< has not heard of it yet
  aware,       ///< knows of it
  hidden,      ///< the viewer ("see as") cannot tell
};

struct SceneNode {
  AgentVertex agent = 0;
  Point at;
  float radius = 0.0F;
  Knowing knowing = Knowing::no_subject;
  bool on_path = false;  ///< the selected subject's escalation reached it by now
  bool viewer = false;   ///< the agent whose perspective is shown
  bool vacant = false;
  bool operator==(const SceneNode&) const = default;
};

/// One hop of the selected subject's escalation path, as far as it has got.
struct PathSegment {
  AgentVertex from = 0, to = 0;
  int hop = 0;            ///< 0 for the first hop
  bool arrived = false;   ///< false: still travelling at this moment
  float progress = 1.0F;  ///< 0–1 along the hop
  bool operator==(const PathSegment&) const = default;
};

struct SceneItem {
  std::uint32_t item = 0;
  AgentVertex from = 0, to = 0;
  Point at;
  std::string what, subject;
  int severity = 0;
  bool personal = false;
  bool lost = false;  ///< on its way to being lost on an unreliable link
  bool operator==(const SceneItem&) const = default;
};

/// A gap of the report drawn as a badge on the agent or link it involves.
struct SceneBadge {
  std::size_t gap = 0;  ///< index into the report's gaps
  GapType type = GapType::silent;
  Point at;
  AgentVertex agent = 0;  ///< the agent it sits on (the link's source for a link)
  bool on_link = false;
  bool operator==(const SceneBadge&) const = default;
};

/// Everything drawn at one moment, decided from the log and the analysis alone.
/// Equal scenes draw equal frames.
struct Scene {
  double day = 0.0;
  std::string subject;
  std::optional<Perspective> as;
  std::vector<SceneNode> nodes;  ///< by agent vertex
  std::vector<PathSegment> path;
  std::vector<SceneItem> items;
  std::vector<SceneBadge> badges;
  std::string caption;
  /// The national picture, in a run of several council areas seen by the
  /// trainer: each council's value and class of the chosen outcome, and the
  /// key. Empty for one council, and when seeing as someone (what the analysis
  /// knows of every council is not what one agent could know).
  std::vector<AreaShade> areas;
  std::optional<OutcomeKey> key;
  bool operator==(const Scene&) const = default;
};

struct SceneRequest {
  double day = 0.0;
  std::string subject;  ///< empty: none selected
  std::optional<Perspective> as;
  Outcome colour_by = Outcome::council_knew;  ///< what the national picture colours councils by
};

Scene build_scene(const Replay& replay, const Layout& layout, const SceneRequest& request);

/// The subject a room most likely wants first: the one whose escalation went
/// furthest; else the first subject of the log; else none.
std::string default_subject(const Replay& replay);

}  // namespace govsim::view
