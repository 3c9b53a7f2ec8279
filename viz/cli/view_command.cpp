// `govsim view`: the window, a saved log, a screenshot, or a frame benchmark.
#include <spdlog/spdlog.h>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/view_modes.hpp"
#include "cli/commands.hpp"
#include "io/did_you_mean.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "model/role.hpp"

namespace govsim::cli {
namespace {

struct ViewOptionsText {
  view::ViewSource source;
  std::string screenshot;
  std::optional<double> at;
  std::string size = "1600x900";
  std::optional<std::string> select;
  std::optional<std::string> as;
  std::optional<std::string> colour_by;
  std::size_t bench_frames = 0;
  bool json = false;
};

std::optional<std::string> chosen_subject(const view::LoadedRun& run,
                                          const std::optional<std::string>& select) {
  if (!select) return std::nullopt;
  if (select->empty() || *select == "none") return std::string();
  const auto& subjects = run.replay->subjects();
  if (std::find(subjects.begin(), subjects.end(), *select) != subjects.end()) return *select;
  throw InputError({"--select"},
                   "no subject '" + *select + "' in this run" + did_you_mean(*select, subjects) +
                       "; the run's subjects are listed in the view's Subject menu and by `govsim run`");
}

std::optional<view::Perspective> chosen_perspective(const view::LoadedRun& run,
                                                    const std::optional<std::string>& as) {
  if (!as) return std::nullopt;
  const Arrangement& a = run.replay->arrangement();
  if (auto p = view::perspective_for(a, *as)) return p;
  std::vector<std::string> known;
  for (std::string_view role : role_names())
    if (!a.holders(*parse_role(role)).empty()) known.emplace_back(role);
  throw InputError({"--as"}, "'" + *as + "' is neither a role held in " + a.name + " nor an agent id" +
                                 did_you_mean(*as, known) + "; `govsim show " + a.name + "` lists them");
}

std::string outcome_names() {
  std::string names;
  for (view::Outcome outcome : view::all_outcomes())
    names += (names.empty() ? "" : ", ") + std::string(view::outcome_name(outcome));
  return names;
}

// Checked before the run, so a mistyped outcome costs nothing.
view::Outcome chosen_outcome(const std::optional<std::string>& colour_by) {
  if (!colour_by) return view::Outcome::council_knew;
  if (const auto outcome = view::outcome_named(*colour_by)) return *outcome;
  std::vector<std::string> known;
  for (view::Outcome outcome : view::all_outcomes()) known.emplace_back(view::outcome_name(outcome));
  throw InputError({"--colour-by"}, "'" + *colour_by + "' is not an outcome to colour councils by" +
                                        did_you_mean(*colour_by, known) + "; choose one of " +
                                        outcome_names());
}

int view_command(const ViewOptionsText& o) {
  if (o.at && o.screenshot.empty())
    throw InputError({"--at"}, "--at chooses the moment of a --screenshot: add --screenshot FILE.png");
  if (o.json && o.bench_frames == 0)
    throw InputError({"--json"}, "--json prints the frame benchmark: add --bench-frames N");
  if (!o.screenshot.empty() && !o.screenshot.ends_with(".png"))
    throw InputError({o.screenshot}, "a screenshot is written as PNG: give a file name ending in .png");
  const sf::Vector2u size = view::parse_window_size(o.size, "--size");
  const view::Outcome colour_by = chosen_outcome(o.colour_by);
  view::require_display();  // before the run, so a missing display fails fast

  const auto run = view::load_run(o.source);
  if (!o.screenshot.empty()) {
    OutputPlan outputs;
    outputs.reads(o.source.log_path);
    outputs.reads(o.source.scenario);
    if (run->prepared && run->prepared->model)
      for (const InputFile& input : run->prepared->model->inputs()) outputs.reads(input.name);
    outputs.writes("--screenshot", o.screenshot);
  }
  view::Moment moment;
  moment.size = size;
  moment.subject = chosen_subject(*run, o.select);
  moment.as = chosen_perspective(*run, o.as);
  moment.colour_by = colour_by;
  const double end = run->replay->end_day();
  moment.day = o.at.value_or(o.screenshot.empty() ? 0.0 : end);
  if (moment.day > end) {
    spdlog::warn("the run ends on day {}: drawing that day instead of day {}", end, moment.day);
    moment.day = end;
  }

  if (o.bench_frames > 0) {
    const view::FrameTimes t = view::bench_frames(*run, o.bench_frames, size);
    if (o.json) {
      std::cout << nlohmann::ordered_json{{"frames", t.frames},
                                          {"median_ms", t.median_ms},
                                          {"p95_ms", t.p95_ms}}
                       .dump()
                << '\n';
    } else {
      std::printf(
          "%zu frames of %zu agents at %ux%u: median %.2f ms, 95th percentile %.2f ms (%zu labels drawn)\n",
          t.frames, t.agents, size.x, size.y, t.median_ms, t.p95_ms, t.labels);
    }
    return 0;
  }
  if (!o.screenshot.empty()) {
    view::write_screenshot(*run, moment, o.screenshot);
    std::cout << "screenshot: " << o.screenshot << " (day " << moment.day << ", " << size.x << 'x' << size.y
              << ")\n";
    return 0;
  }
  view::run_window(*run, moment);
  return 0;
}

}  // namespace

void add_view_command(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<ViewOptionsText>();
  CLI::App* command = app.add_subcommand(
      "view", "Show a run in a window: escalation paths and accountability gaps, replayed from the log");
  command->footer(
      "Keys: Space play/pause, Left/Right step between events, Shift+Left/Right a day, PgUp/PgDn a week,\n"
      "Home/End, [ ] slower/faster, Tab next subject, F fit, +/- zoom, Esc clear, Q quit. Several councils:\n"
      "click one to zoom to it, Backspace the whole country. docs/view.md has the rest.");
  auto* scenario = command->add_option("scenario", o->source.scenario, "Scenario file or built-in name")
                       ->capture_default_str();
  command->add_option("--arrangement,-a", o->source.arrangement,
                      "Arrangement file or built-in name (default: the scenario's own; try 'national')");
  command->add_option("--seed", o->source.seed, "Random seed of the run")
      ->check(seed_validator())
      ->capture_default_str();
  command->add_option("--days", o->source.days, "Simulated days to run")->check(finite_range(1.0, 3650.0));
  command
      ->add_option("--log", o->source.log_path,
                   "Replay this saved log (from `govsim run --log`) instead of running")
      ->excludes(scenario);
  command->add_option("--screenshot", o->screenshot,
                      "Draw one moment to FILE.png and exit (no window opens)");
  command->add_option("--at", o->at, "The day of the --screenshot (default: the end of the run)")
      ->check(finite_range(0.0, 3650.0));
  command->add_option("--size", o->size, "Window or screenshot size, WIDTHxHEIGHT")->capture_default_str();
  command->add_option("--select", o->select,
                      "The subject to follow (default: the one that went furthest; 'none')");
  command->add_option("--as", o->as, "See as this role or agent id: only what it could know");
  command->add_option("--colour-by", o->colour_by,
                      "In a run of several councils (--arrangement national), colour each by this "
                      "outcome: " +
                          outcome_names() +
                          " (default: council-knew, the days from first harm until "
                          "the council knew)");
  command->add_option("--bench-frames", o->bench_frames, "Draw N animated frames and print frame times")
      ->check(CLI::Range(1, 100000));
  command->add_flag("--json", o->json, "With --bench-frames: print {\"frames\",\"median_ms\",\"p95_ms\"}");
  command->callback([o, &outcome] { outcome.exit_code = view_command(*o); });
}

}  // namespace govsim::cli
