// `govsim view` in a build without the view (no SFML or Dear ImGui found): the
// command still exists, so that a user learns what to install instead of
// reading "unknown subcommand".
#include <iostream>

#include "cli/commands.hpp"

namespace govsim::cli {

void add_view_command(CLI::App& app, Outcome& outcome) {
  CLI::App* command = app.add_subcommand("view", "Show a run in a window (not in this build)");
  command->allow_extras();
  command->callback([&outcome] {
    std::cerr
        << "govsim: error: this govsim was built without the view: install libsfml-dev and libimgui-dev "
           "(`make deps`) and build again\n";
    outcome.exit_code = 2;
  });
}

void add_train_command(CLI::App& app, Outcome& outcome) {
  CLI::App* command = app.add_subcommand("train", "Run a training session in a window (not in this build)");
  command->allow_extras();
  command->callback([&outcome] {
    std::cerr << "govsim: error: this govsim was built without the view, which training mode needs: install "
                 "libsfml-dev and libimgui-dev (`make deps`) and build again\n";
    outcome.exit_code = 2;
  });
}

}  // namespace govsim::cli
