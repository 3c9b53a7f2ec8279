// `govsim train`: a training session, projected; or one moment of it as a PNG.
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "app/training_view.hpp"
#include "app/view_modes.hpp"
#include "cli/commands.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "render/fonts.hpp"

namespace govsim::cli {
namespace {

struct TrainOptionsText {
  std::string scenario = default_scenario;
  std::optional<std::string> arrangement;
  std::uint64_t seed = 1;
  std::string resume;
  std::string session_path;
  std::string handout_path;
  std::vector<std::string> chosen;
  float text_scale = 1.0F;
  std::optional<double> countdown;
  double speed = 2.0;
  std::string window;
  std::string screenshot;
  std::string size = "1920x1080";
  bool side_by_side = false;
  bool facilitator = false;
};

std::optional<sf::Vector2u> parse_size(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  return view::parse_window_size(text, option);
}

// "session-expedited-discharge-20261207-0930.json" in the folder the trainer is in.
std::string default_session_path(const std::string& scenario) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M", &local);
  return "session-" + std::filesystem::path(scenario).stem().string() + "-" + stamp + ".json";
}

int train(const TrainOptionsText& o) {
  if (!o.screenshot.empty() && !o.screenshot.ends_with(".png"))
    throw InputError({o.screenshot}, "a screenshot is written as PNG: give a file name ending in .png");
  if (o.side_by_side && o.screenshot.empty())
    throw InputError({"--side-by-side"}, "--side-by-side draws a --screenshot; in the window press S");
  const auto window = parse_size(o.window, "--window");
  const auto image_size = parse_size(o.size, "--size");
  SessionRecord record;
  if (!o.resume.empty()) {
    record = read_session_record(o.resume);
  } else {
    record.scenario = o.scenario;
    record.arrangement = o.arrangement;
    record.seed = o.seed;
  }
  view::Presentation presentation;
  presentation.text_scale = o.text_scale;
  presentation.countdown = o.countdown;
  presentation.days_per_second = o.speed;
  presentation.session_path = !o.session_path.empty()
                                  ? o.session_path
                                  : (!o.resume.empty() ? o.resume : default_session_path(record.scenario));
  presentation.handout_path =
      !o.handout_path.empty()
          ? o.handout_path
          : std::filesystem::path(presentation.session_path).replace_extension(".html").string();
  if (!presentation.handout_path.ends_with(".html") && !presentation.handout_path.ends_with(".md"))
    throw InputError({"--handout"}, "'" + printable_path(presentation.handout_path) +
                                        "': a handout is written as .html or .md; give a name ending in one");
  if (o.screenshot.empty()) view::require_display();  // before the run, so a missing display fails fast

  TrainingSession session(record);
  // Choices made ahead, as `govsim run --choose` makes them: each in turn at the
  // decision it names, which must be the one the room is asked next. For a
  // screenshot the last is made on screen, so that its comparison is drawn.
  std::optional<int> last_on_screen;
  for (std::size_t i = 0; i < o.chosen.size(); ++i) {
    const std::string& text = o.chosen[i];
    const RoomChoice choice = parse_room_choice(text, session.scenario());
    const auto& pending = session.pending();
    if (!pending)
      throw InputError({"--choose"},
                       "'" + printable(text) + "': every decision of this session is made already");
    const DecisionPoint& next = session.scenario().decision_points[pending->point];
    if (next.id != choice.point)
      throw InputError({"--choose"}, "'" + printable(text) + "': the room is asked '" + next.id +
                                         "' next; give the choices in the order they come");
    const int option = find_option(session.scenario(), choice, "--choose").second;
    if (i + 1 == o.chosen.size() && !o.screenshot.empty())
      last_on_screen = option;
    else
      session.choose(option);
  }

  OutputPlan outputs;
  outputs.reads(record.scenario);
  if (record.arrangement) outputs.reads(*record.arrangement);
  for (const InputFile& input : session.prepared().model->inputs()) outputs.reads(input.name);
  if (!o.screenshot.empty()) {
    outputs.writes("--screenshot", o.screenshot);
    const auto fonts = view::load_view_fonts();
    // A picture of a session writes no record unless one is asked for.
    if (o.session_path.empty()) presentation.session_path.clear();
    outputs.writes("--session", presentation.session_path);
    presentation.handout_path.clear();
    view::TrainingView trainer(session, *fonts, presentation);
    trainer.facilitator_shown = o.facilitator;
    trainer.skip_to_decision();
    if (last_on_screen) {
      trainer.choose(*last_on_screen);
      trainer.side_by_side = o.side_by_side;
    } else if (o.side_by_side) {
      throw InputError({"--side-by-side"},
                       "--side-by-side draws the comparison after a choice: add --choose POINT=OPTION");
    }
    write_output_through_file(o.screenshot, ".png", [&](const std::filesystem::path& partial) {
      const sf::Image image = view::render_training(trainer, *image_size);
      if (!image.saveToFile(partial.string()))
        throw InputError({o.screenshot},
                         "cannot write the screenshot here: check the folder exists and is writable");
    });
    std::cout << "screenshot: " << o.screenshot << '\n';
    if (!presentation.session_path.empty()) {
      write_session_record(session.record(), presentation.session_path);
      std::cout << "session record: " << presentation.session_path << '\n';
    }
    return 0;
  }
  outputs.writes("--session", presentation.session_path);
  outputs.writes("--handout", presentation.handout_path);
  write_session_record(session.record(), presentation.session_path);
  std::cout << "session record: " << presentation.session_path
            << " (saved after every choice; reopen it with "
            << "`govsim train --resume " << presentation.session_path << "`)\n";
  view::run_training_window(session, presentation, window);
  write_session_record(session.record(), presentation.session_path);
  if (session.record().finished) std::cout << "handout: " << presentation.handout_path << '\n';
  return 0;
}

}  // namespace

void add_train_command(CLI::App& app, Outcome& outcome) {
  auto o = std::make_shared<TrainOptionsText>();
  CLI::App* command = app.add_subcommand(
      "train",
      "Run a training session: the view pauses at each decision, the room chooses, sees what follows");
  command->footer(
      "Keys: 1-9 choose at a decision, Space or Enter carry on, S the choice and good practice side by "
      "side,\n"
      "N the facilitator's panel (discussion prompts, notes), P the side panel, Q quit. docs/training.md\n"
      "is the facilitator's guide.");
  auto* scenario =
      command->add_option("scenario", o->scenario, "Scenario file or built-in name")->capture_default_str();
  auto* arrangement = command->add_option("--arrangement,-a", o->arrangement,
                                          "Arrangement file or built-in name (default: the scenario's own)");
  auto* seed =
      command->add_option("--seed", o->seed, "Random seed: the same seed gives the same people and chances")
          ->check(seed_validator())
          ->capture_default_str();
  command
      ->add_option("--resume", o->resume, "Reopen a session where it stopped, from its record (SESSION.json)")
      ->excludes(scenario)
      ->excludes(arrangement)
      ->excludes(seed);
  command->add_option("--session", o->session_path,
                      "Keep the session record here (default: session-SCENARIO-DATE-TIME.json, or the "
                      "--resume file)");
  command->add_option("--handout", o->handout_path,
                      "Write the handout here at the end, .html or .md (default: the record's name, .html)");
  command
      ->add_option("--choose", o->chosen,
                   "Make a decision ahead, POINT=OPTION, in the order they come (as `govsim run --choose`)")
      ->allow_extra_args(false);
  command->add_option("--text-scale", o->text_scale, "Type size on top of the screen's own scale")
      ->check(CLI::Range(0.5, 3.0))
      ->capture_default_str();
  command->add_option("--countdown", o->countdown, "Seconds the room has to choose, shown as a bar")
      ->check(finite_range(5.0, 3600.0));
  command->add_option("--speed", o->speed, "Simulated days a second between decisions")
      ->check(finite_range(0.1, 60.0))
      ->capture_default_str();
  command->add_option("--window", o->window, "A window of WIDTHxHEIGHT instead of full screen");
  command->add_option("--screenshot", o->screenshot,
                      "Draw the moment the session is at (after any --choose) to FILE.png and exit");
  command->add_option("--size", o->size, "Size of the --screenshot, WIDTHxHEIGHT")->capture_default_str();
  command->add_flag("--side-by-side", o->side_by_side,
                    "With --screenshot after --choose: the room's run and good practice side by side");
  command->add_flag("--facilitator", o->facilitator, "With --screenshot: show the facilitator's panel");
  command->callback([o, &outcome] { outcome.exit_code = train(*o); });
}

}  // namespace govsim::cli
