#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>

#include "cli/commands.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "scenario/scenario_loader.hpp"
#include "training/handout.hpp"
#include "training/session_record.hpp"
#include "training/training_session.hpp"

namespace govsim::cli {
namespace {

namespace fs = std::filesystem;

struct DebriefOptions {
  std::string session_path;
  std::string output;
};

// Beside the session, with its stem: `govsim debrief day1.json` writes day1.html.
std::string default_output(const std::string& session_path) {
  fs::path path(session_path);
  return (path.parent_path() / (path.stem().string() + ".html")).string();
}

// A record written in another folder names its inputs as they were given
// there; an input not found from here is looked for beside the record, as
// `govsim report` does for a log.
std::string found_from_here_or_beside(const std::string& input, const std::string& session_path) {
  const fs::path given(input);
  std::error_code error;
  if (given.is_absolute() || fs::exists(given, error)) return input;
  const fs::path beside = fs::path(session_path).parent_path() / given;
  return fs::is_regular_file(beside, error) ? beside.string() : input;
}

// Where the value of the n-th choice's `field` ("point" or "option") is
// written in the record: keys of those names appear only in its choices.
SourcePlace place_of_choice(const std::string& path, std::size_t n, const std::string& field) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::regex key("\"" + field + "\"\\s*:\\s*");
  std::size_t seen = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), key); it != std::sregex_iterator(); ++it) {
    if (seen++ != n) continue;
    return place_of_byte(path, text, static_cast<std::size_t>(it->position() + it->length()));
  }
  return {path};
}

// The record's choices against the scenario as written, each refused at its
// own place in the record, before anything is run.
void check_choices(const SessionRecord& record, const std::string& path) {
  const LoadedScenario loaded = load_scenario_or_throw(record.scenario);
  const Scenario& scenario = loaded.scenario;
  for (std::size_t n = 0; n < record.choices.size(); ++n) {
    const RoomChoice& choice = record.choices[n].choice;
    try {
      find_option(scenario, choice, path);
    } catch (const InputError& error) {
      const bool point_known = std::any_of(scenario.decision_points.begin(), scenario.decision_points.end(),
                                           [&](const DecisionPoint& p) { return p.id == choice.point; });
      throw InputError(place_of_choice(path, n, point_known ? "option" : "point"),
                       error.message() + "; this record was not written for this version of scenario '" +
                           printable(record.scenario) + "': correct the id in the record");
    }
    for (std::size_t earlier = 0; earlier < n; ++earlier)
      if (record.choices[earlier].choice.point == choice.point)
        throw InputError(
            place_of_choice(path, n, "point"),
            "'" + printable(choice.point) + "' is chosen twice: a room chooses once at each point");
  }
}

int debrief(const DebriefOptions& options) {
  OutputPlan outputs;
  outputs.reads(options.session_path);
  const std::string output = options.output.empty() ? default_output(options.session_path) : options.output;
  require_handout_extension(output, "--output");
  SessionRecord record = read_session_record(options.session_path);
  record.scenario = found_from_here_or_beside(record.scenario, options.session_path);
  if (record.arrangement)
    record.arrangement = found_from_here_or_beside(*record.arrangement, options.session_path);
  check_choices(record, options.session_path);
  const TrainingSession session(std::move(record));
  for (const InputFile& input : session.prepared().model->inputs()) outputs.reads(input.name);
  outputs.writes("--output", output);
  write_handout(session, output);
  if (!outputs.uses_standard_output()) std::cout << "handout: " << output << '\n';
  return 0;
}

}  // namespace

void add_debrief_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<DebriefOptions>();
  CLI::App* command = app.add_subcommand(
      "debrief",
      "Write the handout of a training session: the room's decisions and what followed, the branches not "
      "taken, the top accountability gaps with the guidance they relate to, questions for discussion and an "
      "improvement plan (docs/training.md)");
  command->add_option("session", options->session_path, "Session record written by `govsim train` (JSON)")
      ->required();
  command->add_option("--output,-o", options->output,
                      "Handout file: FILE.html (a page that prints on at most two A4 sheets) or FILE.md, "
                      "chosen by extension (default: the session record's name with .html, beside it); never "
                      "over an input");
  command->callback([options, &outcome] { outcome.exit_code = debrief(*options); });
}

}  // namespace govsim::cli
