#include "model/graphviz_export.hpp"

#include <algorithm>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cctype>
#include <string>

namespace govsim {
namespace {

std::string_view shape_of(AgentKind kind) {
  switch (kind) {
    case AgentKind::person:
      return "ellipse";
    case AgentKind::body:
      return "box";
    case AgentKind::organisation:
      return "component";
    case AgentKind::cohort:
      return "folder";
  }
  return "ellipse";
}

// Styles keep the types apart in black and white too: accountability solid and
// bold, advice dashed, access dotted.
std::string_view style_of(LinkType type) {
  switch (type) {
    case LinkType::accountable_to:
      return "bold";
    case LinkType::advises:
      return "dashed";
    case LinkType::has_access_to:
      return "dotted";
    case LinkType::member_of:
      return "tapered";
    default:
      return "solid";
  }
}

}  // namespace

std::string dot_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";  // DOT's centred line break
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

namespace {

bool same_words(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

void write_dot(const Arrangement& arrangement, std::ostream& out) {
  const Network& network = arrangement.network;
  auto vertex_writer = [&](std::ostream& o, AgentVertex v) {
    const Agent& agent = network[v];
    std::string label = agent.name.empty() ? agent.id : agent.name;
    // Roles in words, as a member reading the diagram says them ("head of
    // service", not "head_of_service"); a role the name already says is left out.
    std::string roles;
    for (Role role : agent.roles) {
      std::string words(role_words(role));
      for (std::string_view article : {"the ", "a ", "an "})
        if (words.starts_with(article)) words.erase(0, article.size());
      if (same_words(words, label)) continue;
      roles += (roles.empty() ? "" : ", ") + words;
    }
    if (!roles.empty()) label += "\n(" + roles + ")";
    if (agent.vacant) label += "\nVACANT";
    o << "[label=" << dot_string(label) << ", shape=" << shape_of(agent.kind) << "]";
  };
  auto edge_writer = [&](std::ostream& o, LinkEdge e) {
    const Link& link = network[e];
    std::string label(link_phrase(link.type));
    if (link.type == LinkType::member_of) label += link.voting ? " (voting)" : " (non-voting)";
    if (!link.recorded) label += " (not on record)";
    o << "[label=" << dot_string(label) << ", style=" << style_of(link.type) << "]";
  };
  auto graph_writer = [&](std::ostream& o) {
    o << "label="
      << dot_string(arrangement.name + " (" + std::string(to_string(arrangement.jurisdiction)) + ")")
      << ";\nrankdir=BT;\nnode [fontname=\"DejaVu Sans\"];\nedge [fontname=\"DejaVu Sans\", fontsize=9];\n";
  };
  // Nodes are named by agent id, so the DOT file reads like the arrangement.
  const auto agent_id = boost::make_function_property_map<AgentVertex, std::string>(
      [&](AgentVertex v) { return network[v].id; });
  boost::write_graphviz(out, network, vertex_writer, edge_writer, graph_writer, agent_id);
}

}  // namespace govsim
