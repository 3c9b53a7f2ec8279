// libFuzzer target: the event log reader, then what `govsim view --log FILE`
// does with a log that reads, short of drawing: reload the scenario and
// arrangement it names (built-ins only, by name; never a file), analyse the log
// (build_report), index it for replay and build the scene at a few moments
// (viz/scene, which knows no SFML). InputError is the expected outcome for a bad
// log; anything else escaping, an abort or a sanitizer report is a finding.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "analysis/run_report.hpp"
#include "engine/event_log_jsonl.hpp"
#include "fuzz_support.hpp"
#include "io/input_error.hpp"
#include "scene/layout.hpp"
#include "scene/replay.hpp"
#include "scene/scene.hpp"

namespace {

const govsim::InputFile* input_of(const govsim::Provenance& provenance, const std::string& role) {
  for (const govsim::InputFile& input : provenance.inputs)
    if (input.role == role) return &input;
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace govsim;
  if (fuzz::too_large(size)) return 0;
  try {
    std::istringstream in(fuzz::text_of(data, size));
    EventLog log = read_jsonl(in, "fuzz.jsonl");
    // As view's load_run, with built-ins only.
    const InputFile* scenario_input = input_of(log.provenance, "scenario");
    const InputFile* arrangement_input = input_of(log.provenance, "arrangement");
    if (!scenario_input || !arrangement_input) return 0;
    const LoadedScenario* scenario = fuzz::builtin_scenario(scenario_input->name);
    const LoadedArrangement* arrangement = fuzz::builtin_arrangement(arrangement_input->name);
    if (!scenario || !arrangement) return 0;
    Findings fit;
    check_scenario_against(scenario->scenario, arrangement->arrangement, fit);
    if (fit.has_errors()) return 0;
    double days = scenario->scenario.days;
    for (const LogRecord& r : log.records())
      if (r.kind == LogKind::run_ended) days = r.value;
    RunReport report = build_report(log, arrangement->arrangement, scenario->scenario, days);
    (void)report_json(report).dump();
    const view::Replay replay(arrangement->arrangement, std::move(log), std::move(report));
    const view::Layout layout = view::lay_out(arrangement->arrangement);
    const std::string subject = view::default_subject(replay);
    const double end = replay.end_day();
    for (const double day : {0.0, end / 2, end, end + 1})
      (void)view::build_scene(replay, layout, {day, subject, std::nullopt});
  } catch (const InputError&) {
    // A malformed, truncated or edited log: one line naming the place, exit 2.
  }
  return 0;
}
