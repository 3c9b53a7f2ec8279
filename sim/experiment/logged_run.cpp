#include "experiment/logged_run.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "engine/event_log_jsonl.hpp"
#include "io/exact_number.hpp"
#include "io/file_stem.hpp"
#include "io/input_error.hpp"
#include "io/printable.hpp"
#include "model/parameters.hpp"

namespace govsim {
namespace {

// A log names its inputs as they were given, relative to the folder the run
// was made in; a built-in is named by its path in the source tree
// ("scenarios/..."), which need not exist where the log is replayed. Read
// from elsewhere, an input is looked for beside the log too (where a run
// writes it, more often than not).
std::string reload_name(const InputFile& input, const std::string& log_path) {
  std::error_code error;
  if (std::filesystem::exists(input.name, error)) return input.name;
  const std::filesystem::path beside = std::filesystem::path(log_path).parent_path() / input.name;
  if (!std::filesystem::path(input.name).is_absolute() && std::filesystem::exists(beside, error))
    return beside.string();
  if (input.name.starts_with("scenarios/")) return file_stem(input.name);
  throw InputError({log_path, 1, 1},
                   "the log's " + input.role + " '" + input.name +
                       "' (named in its first line) is neither here nor beside the log: run `govsim report` "
                       "from the folder the run was made in" +
                       (input.role == "arrangement" ? ", or give --arrangement" : ""));
}

// A changed input would name people and matters as they are now, not as the
// run knew them: the view says so and goes on; a report refuses, since it
// must be the one the run wrote.
void compare_hash(const InputFile* logged, const InputFile& loaded, const std::string& log_path,
                  ChangedInput changed) {
  if (!logged || logged->hash.empty() || logged->hash == loaded.hash) return;
  if (changed == ChangedInput::warn) {
    spdlog::warn(
        "{}: the {} '{}' has changed since this log was written; agents it no longer has are not shown",
        log_path, logged->role, loaded.name);
    return;
  }
  throw InputError(
      {log_path, 1, 1},
      "the " + logged->role + " '" + loaded.name +
          "' has changed since this log was written, so a report from it would not be the run's: "
          "run it again with `govsim run ... --report`, or restore the " +
          logged->role + " the run used" +
          (logged->role == "arrangement" ? " (or give --arrangement to analyse the log against "
                                           "another arrangement on purpose)"
                                         : ""));
}

// What the run was given beyond its files, as `govsim run` was given it: a
// report or view of the log is then of the run made, not of its files alone.
RunChoices choices_of(const Provenance& provenance, const std::string& log_path) {
  RunChoices choices;
  choices.areas = provenance.areas;
  for (const ParameterGiven& setting : provenance.parameters) {
    const auto param = parse_parameter(setting.name);
    if (!param)
      throw InputError(
          {log_path, 1, 1},
          "the log's first line sets '" + printable(setting.name) +
              "', which is not a named parameter of this govsim: run the scenario again with it");
    const ParameterInfo& p = info(*param);
    if (setting.value < p.min || setting.value > p.max)
      throw InputError({log_path, 1, 1}, "the log's first line sets " + std::string(p.name) +
                                             " out of its range, from " + exact_number(p.min) + " to " +
                                             exact_number(p.max) + ": run the scenario again");
    choices.parameters.emplace_back(*param, setting.value);
  }
  return choices;
}

}  // namespace

LoggedRun load_logged_run(const std::string& log_path, const std::optional<std::string>& arrangement,
                          ChangedInput changed) {
  LoggedRun run;
  run.log = read_jsonl_file(log_path);
  const InputFile* scenario = input_of(run.log.provenance, "scenario");
  const InputFile* logged_arrangement = input_of(run.log.provenance, "arrangement");
  if (!scenario || (!logged_arrangement && !arrangement))
    throw InputError({log_path, 1, 1},
                     "the log does not name its scenario and arrangement: give --arrangement, or write it "
                     "again with `govsim run --log`");
  const std::optional<std::string> arrangement_name =
      arrangement ? arrangement : std::optional<std::string>(reload_name(*logged_arrangement, log_path));
  run.prepared = prepare_run(reload_name(*scenario, log_path), arrangement_name,
                             choices_of(run.log.provenance, log_path));
  compare_hash(scenario, run.prepared->scenario.input, log_path, changed);
  if (!arrangement) compare_hash(logged_arrangement, run.prepared->arrangement.input, log_path, changed);
  run.days = run.prepared->scenario.scenario.days;
  for (const LogRecord& r : run.log.records())
    if (r.kind == LogKind::run_ended) run.days = r.value;
  return run;
}

}  // namespace govsim
