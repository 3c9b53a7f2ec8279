#include "cli/commands.hpp"

namespace govsim::cli {

void register_commands(CLI::App& app, Outcome& outcome) {
  add_run_command(app, outcome);
  add_check_command(app, outcome);
  add_list_command(app, outcome);
  add_show_command(app, outcome);
  add_export_command(app, outcome);
  add_view_command(app, outcome);
  add_validate_command(app, outcome);
  add_bench_command(app, outcome);
}

}  // namespace govsim::cli
