#include "experiment/logged_run.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "engine/event_log_jsonl.hpp"
#include "io/file_stem.hpp"
#include "io/input_error.hpp"

namespace govsim {
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

LoggedRun load_logged_run(const std::string& log_path, const std::optional<std::string>& arrangement) {
  LoggedRun run;
  run.log = read_jsonl_file(log_path);
  const InputFile* scenario = input_of(run.log.provenance, "scenario");
  const InputFile* logged_arrangement = input_of(run.log.provenance, "arrangement");
  if (!scenario || (!logged_arrangement && !arrangement))
    throw InputError({log_path, 1, 1},
                     "the log does not name its scenario and arrangement: give --arrangement, or write it "
                     "again with `govsim run --log`");
  const std::optional<std::string> arrangement_name =
      arrangement ? arrangement : std::optional<std::string>(reload_name(*logged_arrangement));
  run.prepared = prepare_run(reload_name(*scenario), arrangement_name);
  warn_if_changed(scenario, run.prepared->scenario.input, log_path);
  if (!arrangement) warn_if_changed(logged_arrangement, run.prepared->arrangement.input, log_path);
  run.days = run.prepared->scenario.scenario.days;
  for (const LogRecord& r : run.log.records())
    if (r.kind == LogKind::run_ended) run.days = r.value;
  return run;
}

}  // namespace govsim
