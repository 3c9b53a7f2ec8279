#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "model/graphviz_export.hpp"
#include "scenario/arrangement_loader.hpp"

namespace govsim::cli {
namespace {

struct ExportOptions {
  std::string output;
  std::string arrangement = "typical-scottish-ijb";
};

int export_dot(const ExportOptions& options) {
  OutputPlan outputs;
  outputs.reads(options.arrangement);
  try {
    outputs.writes("the DOT output", options.output);
  } catch (const InputError& error) {
    if (!options.output.ends_with(".yaml") && !options.output.ends_with(".yml")) throw;
    // `govsim export dot my-council.yaml` means "export this arrangement".
    throw InputError(error.place(), error.message() + "; to export it: govsim export dot network.dot -a " +
                                        printable_path(options.output));
  }
  const LoadedArrangement loaded = load_arrangement_or_throw(options.arrangement);
  if (options.output == "-") {
    write_dot(loaded.arrangement, std::cout);
  } else {
    write_output(options.output, [&](std::ostream& out) { write_dot(loaded.arrangement, out); });
    std::cout << "wrote " << options.output << " (" << boost::num_vertices(loaded.arrangement.network)
              << " agents, " << boost::num_edges(loaded.arrangement.network)
              << " links); render it with: dot -Tsvg " << options.output << " -o network.svg\n";
  }
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, Outcome& outcome) {
  CLI::App* exporter = app.add_subcommand("export", "Export an arrangement's influence network");
  exporter->require_subcommand(1);
  auto options = std::make_shared<ExportOptions>();
  CLI::App* dot = exporter->add_subcommand("dot", "Write the network as Graphviz DOT");
  dot->add_option("file", options->output, "Output file, or - for standard output")->required();
  dot->add_option("--arrangement,-a", options->arrangement, "Arrangement file or built-in name")
      ->capture_default_str();
  dot->callback([options, &outcome] { outcome.exit_code = export_dot(*options); });
}

}  // namespace govsim::cli
