#include "app/view_source.hpp"

#include "analysis/run_report.hpp"
#include "experiment/logged_run.hpp"
#include "io/input_error.hpp"
#include "scenario/run_size.hpp"

namespace govsim::view {

std::unique_ptr<LoadedRun> load_run(const ViewSource& source) {
  auto loaded = std::make_unique<LoadedRun>();
  EventLog log;
  double days = 0.0;
  if (source.log_path.empty()) {
    loaded->prepared = prepare_run(source.scenario, source.arrangement);
    if (source.days)
      require_run_size(loaded->prepared->scenario.scenario, loaded->prepared->arrangement.arrangement,
                       *source.days);
    loaded->prepared->model->run({source.seed, 0, source.days, nullptr, {}}, log);
    days = source.days.value_or(loaded->prepared->scenario.scenario.days);
  } else {
    LoggedRun logged = load_logged_run(source.log_path, source.arrangement);
    log = std::move(logged.log);
    loaded->prepared = std::move(logged.prepared);
    days = logged.days;
  }
  const Arrangement& arrangement = loaded->prepared->arrangement.arrangement;
  RunReport report = build_report(log, arrangement, loaded->prepared->scenario.scenario, days);
  loaded->replay = std::make_unique<Replay>(arrangement, std::move(log), std::move(report),
                                            loaded->prepared->scenario.scenario);
  loaded->layout = lay_out(arrangement);
  return loaded;
}

std::unique_ptr<LoadedRun> show_log(const PreparedRun& prepared, EventLog log, double days) {
  auto loaded = std::make_unique<LoadedRun>();
  const Arrangement& arrangement = prepared.arrangement.arrangement;
  RunReport report = build_report(log, arrangement, prepared.scenario.scenario, days);
  loaded->replay =
      std::make_unique<Replay>(arrangement, std::move(log), std::move(report), prepared.scenario.scenario);
  loaded->layout = lay_out(arrangement);
  return loaded;
}

}  // namespace govsim::view
