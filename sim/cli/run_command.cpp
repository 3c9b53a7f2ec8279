#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "analysis/plain_words.hpp"
#include "analysis/run_digest.hpp"
#include "analysis/run_report.hpp"
#include "analysis/run_summary.hpp"
#include "cli/commands.hpp"
#include "engine/event_log.hpp"
#include "engine/event_log_jsonl.hpp"
#include "experiment/experiment_file.hpp"
#include "experiment/prepared_run.hpp"
#include "io/did_you_mean.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/run_size.hpp"
#include "training/room_decisions.hpp"

namespace govsim::cli {
namespace {

struct RunOptionsText {
  std::string scenario = default_scenario;
  std::optional<std::string> arrangement;
  std::uint64_t seed = 1;
  std::uint64_t replication = 0;
  std::optional<double> days;
  std::string log_path;
  std::vector<std::string> report_paths;  ///< one per --report: each format asked for
  std::vector<std::string> settings;      ///< --set NAME=VALUE, each
  std::vector<std::string> areas;         ///< --areas
  std::vector<std::string> chosen;        ///< --choose POINT=OPTION, each
  bool json = false;
};

// "--set forum_question_probability=0.9": a named parameter and a value in its range.
RunChoices choices_of(const RunOptionsText& options) {
  RunChoices choices;
  choices.areas = options.areas;
  for (const std::string& setting : options.settings) {
    const auto equals = setting.find('=');
    const std::string name = setting.substr(0, equals);
    const auto param = parse_parameter(name);
    if (equals == std::string::npos || !param)
      throw InputError({"--set"},
                       "'" + printable(setting) + "': write NAME=VALUE with a named parameter" +
                           (param ? std::string() : did_you_mean_or_list(name, parameter_names())) +
                           " (`govsim show --parameters` lists them)");
    const ParameterInfo& p = info(*param);
    char* end = nullptr;
    const std::string text = setting.substr(equals + 1);
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value) || value < p.min ||
        value > p.max)
      throw InputError({"--set"}, "'" + printable(setting) + "': " + std::string(p.name) +
                                      " is a number from " + exact_number(p.min) + " to " +
                                      exact_number(p.max) + " " + std::string(p.unit));
    choices.parameters.emplace_back(*param, value);
  }
  return choices;
}

nlohmann::json optional_day(const std::optional<double>& day) {
  return day ? nlohmann::json(*day) : nlohmann::json();
}

nlohmann::ordered_json digest_json(const EventLog& log, const Arrangement& arrangement,
                                   const Scenario& scenario, const RunReport& report, std::uint64_t seed,
                                   double days, const std::string& fingerprint) {
  const RunDigest digest = digest_run(log, arrangement, scenario);
  nlohmann::ordered_json out = {{"scenario", scenario.name},
                                {"arrangement", arrangement.name},
                                {"seed", seed},
                                {"days", days},
                                {"events", log.size()},
                                {"fingerprint", fingerprint},
                                {"decisions", nlohmann::ordered_json::array()},
                                {"subjects", nlohmann::ordered_json::array()},
                                {"escalations", nlohmann::ordered_json::object()}};
  for (const DecisionSeen& d : digest.decisions)
    out["decisions"].push_back({{"day", d.day},
                                {"decider", d.decider},
                                {"subject", d.subject},
                                {"option", d.option},
                                {"advice_on_record", d.advice_on_record},
                                {"implemented_day", optional_day(d.implemented_day)}});
  for (const SubjectAwareness& a : digest.harms) {
    nlohmann::ordered_json known = nlohmann::ordered_json::array();
    for (const auto& [agent, day] : a.first_known_by) known.push_back({{"agent", agent}, {"day", day}});
    out["subjects"].push_back({{"subject", a.subject},
                               {"harm", a.harm_total},
                               {"first_harm_day", optional_day(a.first_harm_day)},
                               {"accountable_knows_day", optional_day(a.accountable_knows_day)},
                               {"council_knows_day", optional_day(a.council_knows_day)},
                               {"harm_before_accountable_awareness", a.harm_before_accountable_awareness},
                               {"first_known_by", known}});
  }
  for (const auto& [subject, hops] : digest.escalations) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const EscalationHop& h : hops)
      list.push_back({{"day", h.day}, {"from", h.from}, {"to", h.to}, {"channel", h.channel}});
    out["escalations"][subject] = list;
  }
  const WarningSigns& w = digest.warnings;
  out["warning_signs"] = {{"items_lost", w.items_lost},
                          {"items_blocked", w.items_blocked},
                          {"concerns_held", w.concerns_held},
                          {"advice_off_record", w.advice_off_record},
                          {"advice_overruled", w.advice_overruled},
                          {"confidentiality_blocked", w.confidentiality_blocked},
                          {"personal_disclosed", w.personal_disclosed},
                          {"reports_noted", w.reports_noted},
                          {"reports_questioned", w.reports_questioned}};
  // A run of several councils: each council's measures, ranked worst first.
  if (!report.areas.empty()) out["areas"] = areas_json(report.areas, days);
  return out;
}

// `govsim run my-protocol.yaml`: a designer who gives an arrangement where a
// scenario is expected means "run the default scenario on it". Told by the
// file's top-level keys, as `govsim check` tells them.
RunOptionsText with_arrangement_understood(RunOptionsText options) {
  std::error_code error;
  std::string text;
  if (std::filesystem::is_regular_file(options.scenario, error)) {
    try {
      text = read_input(options.scenario, InputKind::scenario).text;
    } catch (const InputError&) {
      return options;  // the scenario loader says why it cannot be read
    }
  } else {
    // A built-in arrangement's name ("english-council-dass") that is no
    // scenario's.
    try {
      read_input(options.scenario, InputKind::scenario);
      return options;
    } catch (const InputError&) {
    }
    try {
      text = read_input(options.scenario, InputKind::arrangement).text;
    } catch (const InputError&) {
      return options;
    }
  }
  if (!looks_like_an_arrangement(text)) return options;
  if (options.arrangement)
    throw InputError({options.scenario},
                     "this is an arrangement, not a scenario, and --arrangement names another: give a "
                     "scenario first (`govsim list` shows the built-ins), then --arrangement " +
                         printable_path(options.scenario));
  // England's default is its own discharge scenario: the Scottish one needs an
  // IJB chief officer and a hospital discharge procedure an English council
  // may not have.
  const bool english = load_arrangement(InputText{options.scenario, text, false}).arrangement.jurisdiction ==
                       Jurisdiction::england;
  const char* scenario = english ? default_english_scenario : default_scenario;
  std::cerr << "govsim run: " << options.scenario << " is an arrangement; running the default scenario"
            << (english ? " for England (" : " (") << scenario << ") on it\n";
  options.arrangement = options.scenario;
  options.scenario = scenario;
  return options;
}

int run(const RunOptionsText& given) {
  const RunOptionsText options = with_arrangement_understood(given);
  const auto prepared = prepare_run(options.scenario, options.arrangement, choices_of(options));
  const Scenario& scenario = prepared->scenario.scenario;
  const Arrangement& arrangement = prepared->arrangement.arrangement;
  if (options.days) require_run_size(scenario, arrangement, *options.days);
  // Every output is checked before the run, so a clash costs nothing and
  // nothing is written at all.
  OutputPlan outputs;
  outputs.reads(options.scenario);
  for (const InputFile& input : prepared->model->inputs()) outputs.reads(input.name);
  outputs.writes("--log", options.log_path);
  for (const std::string& path : options.report_paths) {
    outputs.writes("--report", path);
    require_report_extension(path);
  }
  if (outputs.uses_standard_output() && options.json)
    throw InputError({"--json"},
                     "--json and an output to - would both print to standard output: send the "
                     "output to a file");
  // Options chosen as a training room would, forced through the decision
  // model: the log is the one `govsim train` writes for the same choices.
  std::vector<RoomChoice> room_choices;
  for (const std::string& text : options.chosen) room_choices.push_back(parse_room_choice(text, scenario));
  RoomDecisions room(scenario, room_choices);
  EventLog log;
  prepared->model->run({options.seed, options.replication, options.days, &room, {}}, log);
  for (const RoomChoice& choice : room_choices)
    log.provenance.choices.push_back(choice.point + "=" + choice.option);

  if (!options.log_path.empty())
    write_output(options.log_path, [&](std::ostream& out) { write_jsonl(log, out); });
  const RunReport report = build_report(log, arrangement, scenario, options.days.value_or(scenario.days));
  const PlainWords words(arrangement, scenario);
  for (const std::string& path : options.report_paths) write_report_file(report, words, path);
  const std::string fingerprint = fingerprint_hex(log.fingerprint());
  const double days = options.days.value_or(scenario.days);

  // Standard output carries the log or report asked for there, and nothing else.
  if (outputs.uses_standard_output()) return 0;
  if (options.json) {
    std::cout << digest_json(log, arrangement, scenario, report, options.seed, days, fingerprint).dump()
              << '\n';
    return 0;
  }
  std::cout << "govsim run: " << scenario.name << " on " << arrangement.name << ", " << days << " days, seed "
            << options.seed << "\n";
  if (!scenario.description.empty()) std::cout << scenario.description << "\n";
  std::cout << '\n';
  write_run_summary(std::cout, log, arrangement, scenario, report);
  std::cout << '\n';
  if (!options.log_path.empty()) std::cout << "log: " << options.log_path << '\n';
  for (const std::string& path : options.report_paths) std::cout << "report: " << path << '\n';
  std::cout << "events: " << log.size() << '\n' << "fingerprint: " << fingerprint << '\n';
  return 0;
}

}  // namespace

void add_run_command(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<RunOptionsText>();
  CLI::App* command =
      app.add_subcommand("run", "Run a scenario on an arrangement and summarise what happened");
  command->add_option("scenario", options->scenario, "Scenario file or built-in name (see `govsim list`)")
      ->capture_default_str();
  command->add_option("--arrangement,-a", options->arrangement,
                      "Arrangement file or built-in name (default: the scenario's own)");
  command->add_option("--seed", options->seed, "Random seed, 0 or more; the same seed gives the same run")
      ->check(seed_validator())
      ->capture_default_str();
  command
      ->add_option(
          "--replication", options->replication,
          "Replication number: replication K of seed S is the K-th run `govsim validate --seed S` makes")
      ->check(seed_validator())
      ->capture_default_str();
  command->add_option("--days", options->days, "Simulated days to run (default: the scenario's)")
      ->check(finite_range(1.0, 3650.0));
  command->add_option(
      "--log", options->log_path,
      "Write the event log as JSON Lines to this file (- for standard output); never over an input");
  command->add_option("--report", options->report_paths,
                      "Write the full report: FILE.json, FILE.md or FILE.html (chosen by extension); give it "
                      "again for another format");
  command
      ->add_option("--set", options->settings,
                   "Set a named parameter for this run, NAME=VALUE (`govsim show --parameters` lists them); "
                   "give it again for another")
      ->allow_extra_args(false);
  command
      ->add_option("--areas", options->areas,
                   "On an arrangement of several councils, play the scenario in these areas only (A,B,...)")
      ->delimiter(',');
  command
      ->add_option("--choose", options->chosen,
                   "Choose an option at a decision point, POINT=OPTION, as a training room would (the "
                   "decider does not weigh it); give it again for another point")
      ->allow_extra_args(false);
  command->add_flag("--json", options->json, "Print one JSON object instead of text");
  command->callback([options, &outcome] { outcome.exit_code = run(*options); });
}

}  // namespace govsim::cli
