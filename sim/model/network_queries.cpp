#include "model/network_queries.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <functional>

namespace govsim {
namespace {

/// Keeps links of some types only.
struct LinkTypeFilter {
  const Network* network = nullptr;
  LinkTypes types{};
  bool operator()(LinkEdge e) const { return types.contains((*network)[e].type); }
};

/// Keeps agents not marked as avoided. A mark per vertex, not a list to search:
/// a search visits every vertex, and a national arrangement has thousands.
struct AgentFilter {
  const std::vector<bool>* avoided = nullptr;
  bool operator()(AgentVertex v) const { return avoided == nullptr || !(*avoided)[v]; }
};

/// Escalation runs up accountable_to, reports_to, escalates_to and has_access_to
/// links as they point, and up line_manages links against their direction. This
/// small directed graph holds exactly those moves, so Boost's searches apply.
/// `backwards` reverses every move: who could escalate *to* an agent.
using EscalationGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

EscalationGraph escalation_graph(const Network& network, bool backwards = false) {
  EscalationGraph graph(boost::num_vertices(network));
  auto move = [&](AgentVertex from, AgentVertex to) {
    backwards ? boost::add_edge(to, from, graph) : boost::add_edge(from, to, graph);
  };
  for (auto e : boost::make_iterator_range(boost::edges(network))) {
    const LinkType type = network[e].type;
    if (carries_escalation(type))
      move(boost::source(e, network), boost::target(e, network));
    else if (type == LinkType::line_manages)
      move(boost::target(e, network), boost::source(e, network));
  }
  return graph;
}

/// Every vertex a breadth-first search reaches from any of `sources`.
template <typename Graph>
std::vector<bool> reached_from(
    const Graph& graph, const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& sources,
    std::size_t vertex_count) {
  std::vector<boost::default_color_type> colour(vertex_count, boost::white_color);
  auto colour_map = boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, graph));
  for (auto from : sources)
    if (colour[from] == boost::white_color)
      boost::breadth_first_visit(graph, from, boost::color_map(colour_map));
  std::vector<bool> reached(vertex_count);
  for (std::size_t i = 0; i < vertex_count; ++i) reached[i] = colour[i] != boost::white_color;
  return reached;
}

}  // namespace

std::vector<EscalationLink> escalation_links_in_order(const Network& network, AgentVertex agent) {
  constexpr LinkType order[] = {LinkType::escalates_to, LinkType::line_manages, LinkType::reports_to,
                                LinkType::accountable_to, LinkType::has_access_to};
  std::vector<EscalationLink> links;
  for (LinkType type : order) {
    if (type == LinkType::line_manages) {
      for (auto e : boost::make_iterator_range(boost::in_edges(agent, network)))
        if (network[e].type == type && boost::source(e, network) != agent) links.push_back({e, boost::source(e, network)});
      continue;
    }
    for (auto e : boost::make_iterator_range(boost::out_edges(agent, network)))
      if (network[e].type == type && boost::target(e, network) != agent) links.push_back({e, boost::target(e, network)});
  }
  return links;
}

std::vector<AgentVertex> escalation_routes(const Network& network, AgentVertex agent) {
  std::vector<AgentVertex> routes;
  auto add = [&](AgentVertex v) {
    if (v != agent && std::find(routes.begin(), routes.end(), v) == routes.end()) routes.push_back(v);
  };
  for (auto e : boost::make_iterator_range(boost::out_edges(agent, network)))
    if (carries_escalation(network[e].type)) add(boost::target(e, network));
  for (auto e : boost::make_iterator_range(boost::in_edges(agent, network)))
    if (network[e].type == LinkType::line_manages) add(boost::source(e, network));
  return routes;
}

std::vector<AgentVertex> forums_of(const Network& network, AgentVertex actor) {
  const LinkTypeFilter only_accountability{&network, {LinkType::accountable_to}};
  const boost::filtered_graph<Network, LinkTypeFilter> accountability(network, only_accountability);
  const auto reached = reached_from(accountability, {actor}, boost::num_vertices(network));
  std::vector<AgentVertex> forums;
  for (std::size_t v = 0; v < reached.size(); ++v)
    if (reached[v] && v != actor) forums.push_back(v);
  return forums;
}

bool reachable(const Network& network, AgentVertex from, AgentVertex to, LinkTypes along,
               const std::vector<AgentVertex>& avoiding) {
  return from == to || reach(network, from, along, avoiding)[to];
}

std::vector<bool> reach(const Network& network, AgentVertex from, LinkTypes along,
                        const std::vector<AgentVertex>& avoiding) {
  std::vector<bool> avoided(boost::num_vertices(network), false);
  for (AgentVertex v : avoiding) avoided[v] = true;
  const boost::filtered_graph<Network, LinkTypeFilter, AgentFilter> view(
      network, LinkTypeFilter{&network, along}, AgentFilter{&avoided});
  return reached_from(view, {from}, boost::num_vertices(network));
}

bool escalation_reaches(const Network& network, AgentVertex from, AgentVertex to) {
  if (from == to) return true;
  const EscalationGraph graph = escalation_graph(network);
  return reached_from(graph, {from}, boost::num_vertices(graph))[to];
}

std::vector<bool> can_escalate_to(const Network& network, const std::vector<AgentVertex>& targets) {
  // One search from every target at once, walking escalation moves backwards.
  const EscalationGraph graph = escalation_graph(network, true);
  return reached_from(graph, targets, boost::num_vertices(graph));
}

std::vector<std::vector<AgentVertex>> escalation_paths_between(const Network& network, AgentVertex from,
                                                               AgentVertex to, std::size_t limit) {
  // No Boost algorithm enumerates simple paths; this is a depth-first walk over
  // the escalation graph that backtracks, stopping at `limit` paths.
  const EscalationGraph graph = escalation_graph(network);
  std::vector<std::vector<AgentVertex>> paths;
  std::vector<AgentVertex> path{from};
  std::vector<bool> on_path(boost::num_vertices(graph), false);
  on_path[from] = true;
  std::function<void(AgentVertex)> walk = [&](AgentVertex here) {
    if (paths.size() >= limit) return;
    if (here == to) {
      paths.push_back(path);
      return;
    }
    for (auto next : boost::make_iterator_range(boost::adjacent_vertices(here, graph))) {
      if (on_path[next]) continue;
      on_path[next] = true;
      path.push_back(next);
      walk(next);
      path.pop_back();
      on_path[next] = false;
    }
  };
  walk(from);
  std::stable_sort(paths.begin(), paths.end(),
                   [](const auto& a, const auto& b) { return a.size() < b.size(); });
  return paths;
}

std::vector<AgentVertex> line_management_cycle(const Network& network) {
  const LinkTypeFilter only_line_management{&network, {LinkType::line_manages}};
  const boost::filtered_graph<Network, LinkTypeFilter> hierarchy(network, only_line_management);
  using Edge = boost::graph_traits<decltype(hierarchy)>::edge_descriptor;

  struct CycleFinder : boost::default_dfs_visitor {
    std::vector<AgentVertex>* parent;
    std::vector<AgentVertex>* cycle;
    void tree_edge(Edge e, const decltype(hierarchy)& g) {
      (*parent)[boost::target(e, g)] = boost::source(e, g);
    }
    void back_edge(Edge e, const decltype(hierarchy)& g) {
      if (!cycle->empty()) return;
      // The back edge closes a cycle: walk the tree from its source up to its target.
      const AgentVertex top = boost::target(e, g);
      for (AgentVertex v = boost::source(e, g); v != top; v = (*parent)[v]) cycle->push_back(v);
      cycle->push_back(top);
      std::reverse(cycle->begin(), cycle->end());
    }
  };

  std::vector<AgentVertex> parent(boost::num_vertices(network));
  std::vector<AgentVertex> cycle;
  CycleFinder finder;
  finder.parent = &parent;
  finder.cycle = &cycle;
  std::vector<boost::default_color_type> colour(boost::num_vertices(network));
  boost::depth_first_search(hierarchy, boost::visitor(finder).color_map(boost::make_iterator_property_map(
                                           colour.begin(), boost::get(boost::vertex_index, network))));
  return cycle;
}

}  // namespace govsim
