#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "behaviour/governance_model.hpp"
#include "engine/event_log.hpp"
#include "experiment/outcome.hpp"
#include "model/parameters.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim {

/// One arm of an experiment: a scenario on an arrangement, with some named
/// parameters set (the factors of a sweep) and, on an arrangement of several
/// councils, the areas it plays in.
struct ArmDefinition {
  std::string scenario;     ///< a file or a built-in name; empty: the arrangement's default
  std::string arrangement;  ///< a file or a built-in name; empty: the scenario's own
  std::vector<std::pair<Param, double>> settings;
  std::vector<std::string> areas;  ///< empty: every area that fits
  /// "typical-scottish-ijb", or "typical-scottish-ijb, forum_question_probability 0.9".
  std::string label() const;
};

/// What one replication of an arm leaves: its outcomes (whole and per area), the
/// fingerprint of its log, and its size.
struct ReplicationResult {
  std::size_t arm = 0;
  std::uint64_t replication = 0;
  std::uint64_t stream = 0;  ///< the replication index its random streams came from
  std::string fingerprint;
  std::size_t events = 0;
  RunOutcomes outcomes;
};

/// An arm loaded, checked, played in its areas and bound: ready for replications
/// on any thread (the model is read-only; each replication has its own log).
class PreparedArm {
 public:
  /// Throws InputError for an input that does not load or does not fit.
  explicit PreparedArm(ArmDefinition definition);
  PreparedArm(const PreparedArm&) = delete;
  PreparedArm& operator=(const PreparedArm&) = delete;

  const ArmDefinition& definition() const { return definition_; }
  const GovernanceModel& model() const { return *model_; }
  const LoadedScenario& scenario() const { return scenario_; }
  const LoadedArrangement& arrangement() const { return arrangement_; }
  /// The inputs' texts, for a store's provenance.
  const std::string& scenario_text() const { return scenario_text_; }
  const std::string& arrangement_text() const { return arrangement_text_; }

  /// Replication `replication` of seed `seed`, into `log` (reused).
  ReplicationResult run(std::uint64_t seed, std::uint64_t replication, EventLog& log) const;

 private:
  ArmDefinition definition_;
  LoadedScenario scenario_;
  LoadedArrangement arrangement_;
  std::string scenario_text_, arrangement_text_;
  std::unique_ptr<GovernanceModel> model_;
};

}  // namespace govsim
