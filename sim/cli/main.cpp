#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "engine/enforce.hpp"
#include "io/input_error.hpp"
#include "io/printable.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  // Diagnostics go to stderr so that stdout stays clean for --json.
  auto logger = spdlog::stderr_color_mt("govsim");
  logger->set_pattern("govsim: %^%l%$: %v");
  spdlog::set_default_logger(logger);

  CLI::App app{
      "govsim — a discrete-event simulation of social-care governance in a local authority.\n"
      "Replays scenarios over an influence network of councillors, officers and boards,\n"
      "and finds the escalation paths issues took and the accountability gaps they fell through.",
      "govsim"};
  app.set_version_flag("--version", std::string("govsim ") + govsim::version);
  app.require_subcommand(0, 1);
  app.footer("Run `govsim COMMAND --help` for a command's options.");

  govsim::cli::Outcome outcome;
  govsim::cli::register_commands(app, outcome);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    // One line, with where to look: CLI11's own message takes two.
    std::string command = "govsim";
    for (const CLI::App* sub = &app; sub != nullptr;) {
      const auto chosen = sub->get_subcommands();
      sub = chosen.empty() ? nullptr : chosen.front();
      if (sub != nullptr) command += " " + sub->get_name();
    }
    std::cerr << "govsim: error: " << govsim::one_line(error.what()) << " (see `" << command << " --help`)\n";
    return 2;
  } catch (const govsim::InputError& error) {
    std::cerr << error.what() << '\n';
    return 2;
  } catch (const govsim::ContractViolation& error) {
    std::cerr << "govsim: internal error (please report): " << govsim::one_line(error.what()) << '\n';
    return 3;
  } catch (const std::bad_alloc&) {
    std::cerr << "govsim: error: out of memory: the run is larger than this machine can hold (fewer days, "
                 "arrivals, replications or processes)\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "govsim: error: " << govsim::one_line(error.what()) << '\n';
    return 2;
  }
  if (app.get_subcommands().empty()) {
    std::cout << app.help();
    return 0;
  }
  return outcome.exit_code;
}
