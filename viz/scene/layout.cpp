#include "scene/layout.hpp"

#include <algorithm>
#include <array>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <map>

namespace govsim::view {
namespace {

struct Group {
  std::string area;
  std::array<std::vector<AgentVertex>, tier_count> tiers;
  float width = 0.0F;
  float height = 0.0F;
};

std::vector<AgentVertex> members_of(const Network& n, AgentVertex body) {
  std::vector<AgentVertex> members;
  for (auto e : boost::make_iterator_range(boost::in_edges(body, n)))
    if (n[e].type == LinkType::member_of) members.push_back(boost::source(e, n));
  return members;
}

// Agents in area order of first appearance; agents of no area last, as one block.
std::vector<Group> group_by_area(const Network& n) {
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (AgentVertex v : boost::make_iterator_range(boost::vertices(n))) {
    const std::string& area = n[v].area;
    auto [where, added] = index.try_emplace(area, groups.size());
    if (added) groups.push_back(Group{area, {}, 0.0F, 0.0F});
    groups[where->second].tiers[static_cast<std::size_t>(tier_of(n[v]))].push_back(v);
  }
  std::stable_partition(groups.begin(), groups.end(), [](const Group& g) { return !g.area.empty(); });
  return groups;
}

// Members of the same small bodies sit together, so a committee's frame holds
// its members and few others; bodies go at the end of their row. `signature`:
// for each agent, which bodies it sits on, smallest body first.
void order_row(const Network& n, std::vector<AgentVertex>& row,
               const std::vector<std::vector<bool>>& signature) {
  std::stable_sort(row.begin(), row.end(), [&](AgentVertex a, AgentVertex b) {
    const bool body_a = n[a].kind == AgentKind::body, body_b = n[b].kind == AgentKind::body;
    if (body_a != body_b) return body_b;
    if (body_a) return false;
    return signature[a] > signature[b];
  });
}

}  // namespace

float radius_of(const Agent& agent) {
  switch (agent.kind) {
    case AgentKind::body:
      return 24.0F;
    case AgentKind::organisation:
      return 19.0F;
    case AgentKind::cohort:
      return 20.0F;
    case AgentKind::person:
      return 15.0F;
  }
  return 15.0F;
}

Layout lay_out(const Arrangement& arrangement, const LayoutParameters& p) {
  const Network& n = arrangement.network;
  const std::size_t count = boost::num_vertices(n);
  Layout layout;
  layout.position.resize(count);
  layout.radius.resize(count);
  layout.tier.resize(count);

  // Read memberships once: the sorts and frames below ask about them often.
  std::vector<std::vector<AgentVertex>> members(count);
  std::vector<AgentVertex> bodies_by_size;
  for (AgentVertex v : boost::make_iterator_range(boost::vertices(n)))
    if (!(members[v] = members_of(n, v)).empty()) bodies_by_size.push_back(v);
  std::stable_sort(bodies_by_size.begin(), bodies_by_size.end(),
                   [&](AgentVertex a, AgentVertex b) { return members[a].size() < members[b].size(); });
  std::vector<std::vector<bool>> signature(count, std::vector<bool>(bodies_by_size.size(), false));
  for (std::size_t k = 0; k < bodies_by_size.size(); ++k)
    for (AgentVertex m : members[bodies_by_size[k]]) signature[m][k] = true;

  std::vector<Group> groups = group_by_area(n);
  const auto per_row = static_cast<std::size_t>(std::max(1, p.per_row));
  float cell_width = 0.0F, cell_height = 0.0F;
  for (Group& g : groups) {
    std::size_t widest = 1;
    float height = 0.0F;
    for (auto& row : g.tiers) {
      if (row.empty()) continue;
      order_row(n, row, signature);
      widest = std::max(widest, std::min(row.size(), per_row));
      const std::size_t sub_rows = (row.size() + per_row - 1) / per_row;
      height += p.row + static_cast<float>(sub_rows - 1) * p.sub_row;
    }
    g.width = static_cast<float>(widest) * p.column + 2 * p.margin;
    g.height = height + 2 * p.margin;
    cell_width = std::max(cell_width, g.width);
    cell_height = std::max(cell_height, g.height);
  }

  // Blocks in a grid shaped like a 16:9 screen, row by row in file order, so
  // neighbouring councils (sharing a health board) stay neighbours. Between
  // rows of several, room for each block's header and a gap above it.
  const float row_gap = groups.size() > 1 ? std::max(p.area_gap, p.header + p.area_gap / 3) : p.area_gap;
  const double blocks = static_cast<double>(groups.size());
  const double pitch = (cell_height + row_gap) / (cell_width + p.area_gap);
  const auto columns = static_cast<std::size_t>(
      std::clamp(std::round(std::sqrt(blocks * pitch * (16.0 / 9.0))), 1.0, std::max(1.0, blocks)));
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const Group& g = groups[i];
    const float left =
        static_cast<float>(i % columns) * (cell_width + p.area_gap) + (cell_width - g.width) / 2;
    const float top = static_cast<float>(i / columns) * (cell_height + row_gap);
    layout.areas.push_back(
        {g.area, {left, top, g.width, g.height}, {left, top - p.header, g.width, p.header}});
    float y = top + p.margin;
    for (std::size_t t = 0; t < tier_count; ++t) {
      const auto& row = g.tiers[t];
      if (row.empty()) continue;
      const float band_top = y;
      for (std::size_t start = 0; start < row.size(); start += per_row) {
        const std::size_t in_row = std::min(per_row, row.size() - start);
        const float row_left =
            left + p.margin + (g.width - 2 * p.margin - static_cast<float>(in_row) * p.column) / 2;
        for (std::size_t k = 0; k < in_row; ++k) {
          const AgentVertex v = row[start + k];
          layout.position[v] = {row_left + (static_cast<float>(k) + 0.5F) * p.column, y + p.row / 2};
          layout.radius[v] = radius_of(n[v]);
          layout.tier[v] = static_cast<Tier>(t);
        }
        y += start + per_row < row.size() ? p.sub_row : p.row;
      }
      layout.bands.push_back({g.area, static_cast<Tier>(t), {left, band_top, g.width, y - band_top}});
    }
  }

  // Frames: one per body per row of members, largest body outermost.
  std::map<std::pair<int, int>, int> frames_in_row;  // (x block, y row) -> frames so far
  for (auto it = bodies_by_size.rbegin(); it != bodies_by_size.rend(); ++it) {
    const AgentVertex body = *it;
    std::map<std::pair<int, int>, Box> boxes;
    for (AgentVertex m : members[body]) {
      const Point c = layout.position[m];
      const float r = layout.radius[m];
      const std::pair<int, int> key{static_cast<int>(std::floor(c.x / (cell_width + p.area_gap))),
                                    static_cast<int>(std::lround(c.y))};
      auto [where, added] = boxes.try_emplace(key, Box{c.x - r, c.y - r, 2 * r, 2 * r});
      if (!added) {
        Box& b = where->second;
        const float l = std::min(b.left, c.x - r), t = std::min(b.top, c.y - r);
        const float rr = std::max(b.right(), c.x + r), bb = std::max(b.bottom(), c.y + r);
        b = {l, t, rr - l, bb - t};
      }
    }
    for (auto& [key, b] : boxes) {
      const int depth = frames_in_row[key]++;
      const float pad = std::max(8.0F, 34.0F - 8.0F * static_cast<float>(depth));
      layout.frames.push_back(
          {body, {b.left - pad, b.top - pad, b.width + 2 * pad, b.height + 2 * pad}, depth});
    }
  }

  Box bounds{0, 0, 0, 0};
  bool first = true;
  for (const AreaBlock& a : layout.areas) {
    // Several blocks: each with its header, where its name is written.
    const Box box = layout.areas.size() > 1
                        ? Box{a.box.left, a.header.top, a.box.width, a.box.bottom() - a.header.top}
                        : a.box;
    if (first) bounds = box;
    const float l = std::min(bounds.left, box.left), t = std::min(bounds.top, box.top);
    const float r = std::max(bounds.right(), box.right()), b = std::max(bounds.bottom(), box.bottom());
    bounds = {l, t, r - l, b - t};
    first = false;
  }
  layout.bounds = bounds;
  return layout;
}

}  // namespace govsim::view
