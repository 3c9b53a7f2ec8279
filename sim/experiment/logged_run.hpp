#pragma once

#include <memory>
#include <optional>
#include <string>

#include "engine/event_log.hpp"
#include "experiment/prepared_run.hpp"

namespace govsim {

/// A saved run: its log, and the scenario and arrangement it names reloaded,
/// so it can be analysed again without running it.
struct LoggedRun {
  EventLog log;
  std::unique_ptr<PreparedRun> prepared;
  double days = 0.0;  ///< the run's length, from its run_ended record
};

/// What to do when an input the log names has changed since it was written:
/// the view warns and shows what it can; a report, which must be the run's own,
/// refuses.
enum class ChangedInput { warn, refuse };

/// Reads the log at `log_path` (or standard input for "-") and reloads the
/// inputs its header names — by their path when it still exists, else as the
/// built-in of that name — or `arrangement` instead of the logged one (then
/// the logged arrangement's hash is not compared). Throws InputError naming the
/// log when it is unreadable or names no inputs, or, with ChangedInput::refuse,
/// when an input's hash differs from the one the log recorded.
LoggedRun load_logged_run(const std::string& log_path, const std::optional<std::string>& arrangement,
                          ChangedInput changed = ChangedInput::warn);

}  // namespace govsim
