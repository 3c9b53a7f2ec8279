// libFuzzer target: the scenario loader, then what `govsim check FILE` and
// `govsim run FILE --days 30` do with a scenario that loads. The loader and the
// check against the arrangement run on the bytes in memory (against the
// built-in arrangement the scenario names, else the default typical-scottish-ijb,
// loaded once). A scenario without errors is then written to a scratch file and
// prepared as `govsim run` prepares it (prepare_run: loading, fitting and every
// guard the command applies before running), run for 30 days and analysed.
// InputError and findings are the expected outcomes for bad input; anything
// else escaping, an abort, a sanitizer report, or a run that does not end or
// eats memory (libFuzzer's -timeout and -rss_limit_mb) is a finding.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "analysis/run_report.hpp"
#include "analysis/run_summary.hpp"
#include "engine/event_log.hpp"
#include "experiment/prepared_run.hpp"
#include "fuzz_support.hpp"
#include "io/input_error.hpp"

namespace {

// One per process (libFuzzer's fork mode runs several), removed at exit.
struct ScratchFile {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("govsim-scenario-fuzz-" + std::to_string(::getpid()) + ".yaml"))
                         .string();
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

const std::string& scratch_path() {
  static const ScratchFile file;
  return file.path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace govsim;
  if (fuzz::too_large(size)) return 0;
  const std::string text = fuzz::text_of(data, size);
  try {
    LoadedScenario loaded = load_scenario({"fuzz-scenario.yaml", text, false});
    const LoadedArrangement* fit = fuzz::builtin_arrangement(loaded.scenario.arrangement);
    if (!fit) fit = fuzz::builtin_arrangement("typical-scottish-ijb");
    check_scenario_against(loaded.scenario, fit->arrangement, loaded.findings);
    loaded.findings.sort_by_place();
    for (const Finding& finding : loaded.findings.items()) (void)finding.format();
    if (loaded.findings.has_errors()) return 0;

    {
      std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
      out << text;
    }
    const auto prepared = prepare_run(scratch_path());
    const Scenario& scenario = prepared->scenario.scenario;
    const Arrangement& arrangement = prepared->arrangement.arrangement;
    EventLog log;
    RunOptions options;
    options.days = 30.0;
    prepared->model->run(options, log);
    const RunReport report = build_report(log, arrangement, scenario, 30.0);
    std::ostringstream summary;
    write_run_summary(summary, log, arrangement, scenario, report);
  } catch (const InputError&) {
    // Not YAML, empty, or not usable: one line naming the place, exit 2.
  }
  return 0;
}
