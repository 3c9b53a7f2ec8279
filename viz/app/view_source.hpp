#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "experiment/prepared_run.hpp"
#include "scene/layout.hpp"
#include "scene/replay.hpp"

namespace govsim::view {

/// Where the view's run comes from: a fresh run of a scenario, or a saved log.
struct ViewSource {
  std::string scenario = default_scenario;
  std::optional<std::string> arrangement;
  std::uint64_t seed = 1;
  std::optional<double> days;
  std::string log_path;  ///< set: replay this log instead of running
};

/// A run ready to show: inputs, log and analysis (in the Replay), and layout.
struct LoadedRun {
  std::unique_ptr<PreparedRun> prepared;
  std::unique_ptr<Replay> replay;
  Layout layout;
};

/// Runs the scenario (or reads the log and reloads the inputs it names), then
/// analyses it exactly as `govsim run --report` does. Throws InputError on bad input.
std::unique_ptr<LoadedRun> load_run(const ViewSource& source);

/// A log of a run already made on `prepared` (a training session's, up to where
/// the room is), analysed as `govsim run --report` would at day `days`. The
/// inputs stay with their owner, which must outlive the result.
std::unique_ptr<LoadedRun> show_log(const PreparedRun& prepared, EventLog log, double days);

}  // namespace govsim::view
