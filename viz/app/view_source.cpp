#include "app/view_source.hpp"

#include <spdlog/spdlog.h>
#include <filesystem>
#include <fstream>

#include "analysis/run_report.hpp"
#include "engine/event_log_jsonl.hpp"
#include "io/file_stem.hpp"
#include "io/input_error.hpp"
#include "scenario/run_size.hpp"

namespace govsim::view {
namespace {

// A log names its inputs as they were given; a built-in is named by its path
// in the source tree, which need not exist where the log is replayed.
std::string reload_name(const InputFile& input) {
  std::error_code error;
  if (std::filesystem::exists(input.name, error)) return input.name;
  return file_stem(input.name);
}

const InputFile* input_of(const Provenance& provenance, const std::string& role) {
  for (const InputFile& input : provenance.inputs)
    if (input.role == role) return &input;
  return nullptr;
}

void warn_if_changed(const InputFile* logged, const InputFile& loaded, const std::string& log_path) {
  if (logged && !logged->hash.empty() && logged->hash != loaded.hash)
    spdlog::warn(
        "{}: the {} '{}' has changed since this log was written; agents it no longer has are not shown",
        log_path, logged->role, loaded.name);
}

}  // namespace

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
    log = read_jsonl_file(source.log_path);
    const InputFile* scenario = input_of(log.provenance, "scenario");
    const InputFile* arrangement = input_of(log.provenance, "arrangement");
    if (!scenario || (!arrangement && !source.arrangement))
      throw InputError({source.log_path, 1, 1},
                       "the log does not name its scenario and arrangement: replay it with --arrangement, or "
                       "write it again with `govsim run --log`");
    const std::optional<std::string> arrangement_name =
        source.arrangement ? source.arrangement : std::optional<std::string>(reload_name(*arrangement));
    loaded->prepared = prepare_run(reload_name(*scenario), arrangement_name);
    warn_if_changed(scenario, loaded->prepared->scenario.input, source.log_path);
    if (!source.arrangement)
      warn_if_changed(arrangement, loaded->prepared->arrangement.input, source.log_path);
    days = loaded->prepared->scenario.scenario.days;
    for (const LogRecord& r : log.records())
      if (r.kind == LogKind::run_ended) days = r.value;
  }
  const Arrangement& arrangement = loaded->prepared->arrangement.arrangement;
  RunReport report = build_report(log, arrangement, loaded->prepared->scenario.scenario, days);
  loaded->replay = std::make_unique<Replay>(arrangement, std::move(log), std::move(report));
  loaded->layout = lay_out(arrangement);
  return loaded;
}

}  // namespace govsim::view
