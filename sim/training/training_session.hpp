#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/event_log.hpp"
#include "experiment/prepared_run.hpp"
#include "training/room_decisions.hpp"
#include "training/session_record.hpp"

namespace govsim {

/// One replication with the room's choices: its whole log (the run goes on by
/// the decider's own weighing after the last choice), every decision point as it
/// came, and the first one the room has not yet decided.
struct ChosenRun {
  EventLog log;
  std::vector<DecisionMet> met;
  std::optional<DecisionMet> pending;
  double days = 0.0;
};
ChosenRun run_with_choices(const PreparedRun& prepared, std::uint64_t seed,
                           const std::vector<RoomChoice>& choices);

/// The first `records` records of a log, with its provenance: what the room has
/// seen when it pauses at a decision.
EventLog log_prefix(const EventLog& log, std::size_t records);

/// A training session: a scenario on an arrangement with one seed, paused at each
/// decision point in turn for the room to choose. Each choice reruns the same
/// replication with every choice so far forced through the decision model, so
/// all logged before a decision is what the uninterrupted run logged, and the
/// rest follows from the choice. Knows nothing of the view.
class TrainingSession {
 public:
  /// Loads the inputs and runs up to the first decision; throws InputError.
  explicit TrainingSession(SessionRecord record);

  const SessionRecord& record() const { return record_; }
  SessionRecord& record() { return record_; }
  const PreparedRun& prepared() const { return *prepared_; }
  const Scenario& scenario() const { return prepared_->model->scenario(); }
  const ChosenRun& run() const { return run_; }
  /// The decision the room is to make now, if any is left.
  const std::optional<DecisionMet>& pending() const { return run_.pending; }
  /// What the room may see now: the log up to the pending decision, or all of it.
  EventLog shown_log() const;
  /// The room chooses option `option` (an index) at the pending decision.
  void choose(int option);

 private:
  void rerun();

  SessionRecord record_;
  std::unique_ptr<PreparedRun> prepared_;
  ChosenRun run_;
};

/// The current time as ISO 8601 UTC ("2026-12-07T09:30:00Z").
std::string utc_now();

}  // namespace govsim
