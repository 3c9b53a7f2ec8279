#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scene/geometry.hpp"
#include "scene/perspective.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// A decision as the view tells it: who decided, who advised, whether the
/// advice was on record when it was taken, and what was chosen.
struct SceneDecision {
  AgentVertex decider = 0;
  double day = 0.0;
  std::string matter;                    ///< the matter's title
  std::string option;                    ///< the chosen option's label
  std::vector<AgentVertex> advisers;     ///< who gave advice on it before it was taken
  std::optional<AgentVertex> to_advise;  ///< whom the scheme names to advise, if anyone
  bool advice_on_record = false;
  std::string chose;   ///< "Chose “Adopt the 72-hour target”"
  std::string advice;  ///< "Advice from the CSWO, on the record"
  Point at;            ///< where its tag is drawn, beside the decider (set by the scene)
  bool operator==(const SceneDecision&) const = default;
};

/// Decisions taken by `day`, oldest first, that the viewer may know of: all of
/// them for the trainer, those it took or advised on when seeing as someone.
std::vector<SceneDecision> decisions_until(const Replay& replay, double day,
                                           const std::optional<Perspective>& as);

}  // namespace govsim::view
