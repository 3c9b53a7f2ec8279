#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/gap.hpp"
#include "scene/area_outcome.hpp"
#include "scene/decision.hpp"
#include "scene/layout.hpp"
#include "scene/perspective.hpp"
#include "scene/replay.hpp"
#include "scene/route.hpp"

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
  /// The line drawn, in layout units: from the edge of the sender's mark to the
  /// edge of the receiver's (where the arrowhead's tip is), round any agent off the path.
  std::vector<Point> route;
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

/// A badge's size on screen, in pixels (its mark, without the hover's growth),
/// and half the room it takes (a diamond reaches further, and has a ring).
inline constexpr float badge_px = 24.0F;
inline constexpr float badge_half_px = badge_px / 2 * 1.2F + 2.0F;

/// A gap of the report drawn as a badge beside the agent that failed in it.
struct SceneBadge {
  std::size_t gap = 0;  ///< index into the report's gaps
  GapType type = GapType::silent;
  Point at;
  AgentVertex agent = 0;  ///< the agent it sits on: the one that failed (gap_actor.hpp)
  bool on_link = false;   ///< the gap is about a link (it still sits on the agent that failed)
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
  /// Decisions taken in the last `decision_shown_days`, drawn at their deciders.
  std::vector<SceneDecision> decisions;
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
  /// Screen pixels per layout unit: labels and badges keep a legible size on
  /// screen, so what they cover, and so where paths and badges can go, depends on it.
  float scale = 1.0F;
  float label_floor_px = 0.0F;  ///< labels never smaller than this on screen (0: as zoomed)
  /// Keeps routes between frames; none: routes are found afresh (the same ones).
  const Router* router = nullptr;
};

/// How long a decision stays marked at its decider.
inline constexpr double decision_shown_days = 7.0;
/// The tag of a decision at its decider, on screen: one line, "✓ " and what was chosen.
inline constexpr float decision_tag_font_px = 15.0F;
std::string decision_tag_text(const SceneDecision& decision);
Point decision_tag_px(const SceneDecision& decision);  ///< width and height, in pixels

Scene build_scene(const Replay& replay, const Layout& layout, const SceneRequest& request);

/// The subject a room most likely wants first: the one whose escalation went
/// furthest; else the first subject of the log; else none.
std::string default_subject(const Replay& replay);

}  // namespace govsim::view
