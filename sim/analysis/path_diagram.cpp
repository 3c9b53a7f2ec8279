#include "analysis/path_diagram.hpp"

#include <unistd.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include "model/graphviz_export.hpp"

namespace govsim {
namespace {

struct Node {
  std::string label;
  bool stop = false;
};
struct Hop {
  std::string label;
};
using PathGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Hop>;

}  // namespace

std::string path_dot(const EscalationPath& path, const PlainWords& words) {
  PathGraph graph;
  std::vector<std::string> ids;
  auto node = [&](const std::string& id) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (ids[i] == id) return static_cast<PathGraph::vertex_descriptor>(i);
    ids.push_back(id);
    return boost::add_vertex(Node{words.agent(id), false}, graph);
  };
  for (const PathHop& hop : path.hops) {
    std::ostringstream label;
    label << "day " << std::floor(hop.sent) << ", " << channel_phrase(hop.channel) << "\\n";
    if (hop.outcome == "lost")
      label << "lost on the way";
    else if (!hop.acted)
      label << "no action by the end";
    else
      label << "waited " << std::round(hop.wait * 10) / 10 << " days";
    boost::add_edge(node(hop.from), node(hop.to), Hop{label.str()}, graph);
  }
  graph[node(path.stopped_at)].stop = true;
  std::ostringstream out;
  boost::write_graphviz(
      out, graph,
      [&](std::ostream& o, PathGraph::vertex_descriptor v) {
        o << "[label=" << dot_string(graph[v].label)
          << (graph[v].stop ? ", style=\"filled,bold\", fillcolor=\"#fde0c5\", penwidth=2" : "") << "]";
      },
      [&](std::ostream& o, PathGraph::edge_descriptor e) { o << "[label=\"" << graph[e].label << "\"]"; },
      [&](std::ostream& o) {
        // Long chains read better top to bottom than squeezed across the page.
        o << "rankdir=" << (path.hops.size() > 3 ? "TB" : "LR")
          << ";\nnode [shape=box, style=rounded, fontname=\"DejaVu Sans\", fontsize=12];\n"
             "edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
      });
  return out.str();
}

std::optional<std::string> render_svg(const std::string& dot) {
  namespace fs = std::filesystem;
  char input[] = "/tmp/govsim-path-XXXXXX";
  const int fd = ::mkstemp(input);
  if (fd < 0) return std::nullopt;
  ::close(fd);
  const std::string output = std::string(input) + ".svg";
  std::ofstream(input) << dot;
  const std::string command = "dot -Tsvg '" + std::string(input) + "' -o '" + output + "' 2>/dev/null";
  const int status = std::system(command.c_str());
  std::optional<std::string> svg;
  if (status == 0) {
    std::ifstream in(output);
    std::stringstream text;
    text << in.rdbuf();
    svg = text.str();
    // Keep only the <svg> element, to inline it in HTML.
    const auto start = svg->find("<svg");
    if (start == std::string::npos)
      svg.reset();
    else
      svg = svg->substr(start);
  }
  std::error_code ignored;
  fs::remove(input, ignored);
  fs::remove(output, ignored);
  return svg;
}

}  // namespace govsim
