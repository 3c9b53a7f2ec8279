#include "scene/route.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace govsim::view {
namespace {

bool ignored(const std::vector<AgentVertex>& ignore, AgentVertex v) {
  return std::find(ignore.begin(), ignore.end(), v) != ignore.end();
}

float distance_to_box(Point p, const Box& b) {
  const float dx = std::max({b.left - p.x, 0.0F, p.x - b.right()});
  const float dy = std::max({b.top - p.y, 0.0F, p.y - b.bottom()});
  return std::hypot(dx, dy);
}

bool has_area(const Box& b) { return b.width > 0 && b.height > 0; }

// The line's last point, the centre of a mark, moved back to the mark's edge
// (`by` from it) towards the point before; points inside the mark are dropped.
void stop_at_edge(std::vector<Point>& line, float by) {
  const Point centre = line.back();
  while (line.size() > 2 && distance(line[line.size() - 2], centre) <= by) line.erase(line.end() - 2);
  const Point before = line[line.size() - 2];
  const float d = distance(before, centre);
  line.back() = d > by ? lerp(centre, before, by / d) : lerp(centre, before, 0.5F);
}

}  // namespace

Router::Router(const Replay& replay, const Layout& layout) : replay_(replay), layout_(layout) {
  const Network& n = replay.arrangement().network;
  ever_vacant_.assign(boost::num_vertices(n), false);
  for (std::size_t v = 0; v < ever_vacant_.size(); ++v) ever_vacant_[v] = n[v].vacant;
  for (const LogRecord& r : replay.log().records())
    if (r.kind == LogKind::post_vacated)
      if (auto v = replay.agent_of(r.actor)) ever_vacant_[*v] = true;
}

const std::vector<Obstacle>& Router::obstacles(float scale, float label_floor_px) const {
  if (scale == scale_ && label_floor_px == floor_px_) return obstacles_;
  scale_ = scale;
  floor_px_ = label_floor_px;
  routes_.clear();
  obstacles_.clear();
  const Arrangement& a = replay_.arrangement();
  for (std::size_t v = 0; v < layout_.position.size(); ++v) {
    const Point at = layout_.position[v];
    const float r = layout_.radius[v];
    obstacles_.push_back(
        {v, at, r, label_of(a.agent(v).name, ever_vacant_[v], at, r, scale, label_floor_px).box});
  }
  return obstacles_;
}

bool Router::clear(Point a, Point b, float clearance, const std::vector<AgentVertex>& ignore,
                   bool labels) const {
  const Box span{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
  for (const Obstacle& o : obstacles_) {
    if (ignored(ignore, o.agent)) continue;
    const float reach = o.radius + clearance;
    const Box near{o.centre.x - reach, o.centre.y - reach, 2 * reach, 2 * reach};
    const bool disc_near = near.left <= span.right() && span.left <= near.right() &&
                           near.top <= span.bottom() && span.top <= near.bottom();
    if (disc_near && segment_meets_disc(a, b, o.centre, reach)) return false;
    if (labels && has_area(o.label) && segment_meets_box(a, b, o.label, clearance)) return false;
  }
  return true;
}

std::optional<std::vector<Point>> Router::search(AgentVertex from, AgentVertex to, float clearance,
                                                 const std::vector<AgentVertex>& ignore, Box region,
                                                 bool labels) const {
  // A grid fine enough to thread the gaps between labels, coarse enough to
  // stay quick on a whole country.
  const float area = std::max(1.0F, region.width * region.height);
  const float cell = std::max({4.0F, clearance, std::sqrt(area / 250000.0F)});
  const int cols = std::max(1, static_cast<int>(std::ceil(region.width / cell)));
  const int rows = std::max(1, static_cast<int>(std::ceil(region.height / cell)));
  const auto index = [cols](int x, int y) { return static_cast<std::size_t>(y) * cols + x; };
  const auto centre = [&](int x, int y) {
    return Point{region.left + (static_cast<float>(x) + 0.5F) * cell,
                 region.top + (static_cast<float>(y) + 0.5F) * cell};
  };
  // A cell is blocked if its centre is nearer an obstacle than the clearance plus
  // half its diagonal: then a step between free cells keeps the clearance.
  std::vector<bool> blocked(static_cast<std::size_t>(cols) * rows, false);
  const float reach = clearance + cell * 0.71F;
  auto block = [&](const Box& b, auto near) {
    const int x0 = std::max(0, static_cast<int>(std::floor((b.left - reach - region.left) / cell)));
    const int x1 = std::min(cols - 1, static_cast<int>(std::floor((b.right() + reach - region.left) / cell)));
    const int y0 = std::max(0, static_cast<int>(std::floor((b.top - reach - region.top) / cell)));
    const int y1 = std::min(rows - 1, static_cast<int>(std::floor((b.bottom() + reach - region.top) / cell)));
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x)
        if (near(centre(x, y))) blocked[index(x, y)] = true;
  };
  for (const Obstacle& o : obstacles_) {
    if (ignored(ignore, o.agent)) continue;
    block({o.centre.x - o.radius, o.centre.y - o.radius, 2 * o.radius, 2 * o.radius},
          [&](Point p) { return distance(p, o.centre) < o.radius + reach; });
    if (labels && has_area(o.label))
      block(o.label, [&](Point p) { return distance_to_box(p, o.label) < reach; });
  }
  auto cell_of = [&](Point p) {
    return std::pair{std::clamp(static_cast<int>((p.x - region.left) / cell), 0, cols - 1),
                     std::clamp(static_cast<int>((p.y - region.top) / cell), 0, rows - 1)};
  };
  const Point p = layout_.position[from], q = layout_.position[to];
  const auto [sx, sy] = cell_of(p);
  const auto [gx, gy] = cell_of(q);
  blocked[index(sx, sy)] = false;
  blocked[index(gx, gy)] = false;

  // A* with eight neighbours; ties broken by cell index, so the route is the same every time.
  std::vector<float> cost(blocked.size(), std::numeric_limits<float>::infinity());
  std::vector<std::size_t> came(blocked.size(), static_cast<std::size_t>(-1));
  using Entry = std::pair<float, std::size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
  const auto h = [&](int x, int y) {
    return std::hypot(static_cast<float>(x - gx), static_cast<float>(y - gy));
  };
  cost[index(sx, sy)] = 0;
  open.emplace(h(sx, sy), index(sx, sy));
  const std::size_t goal = index(gx, gy);
  while (!open.empty()) {
    const auto [f, at] = open.top();
    open.pop();
    if (at == goal) break;
    const int x = static_cast<int>(at % cols), y = static_cast<int>(at / cols);
    if (f > cost[at] + h(x, y) + 1e-3F) continue;
    for (int dy = -1; dy <= 1; ++dy)
      for (int dx = -1; dx <= 1; ++dx) {
        if (dx == 0 && dy == 0) continue;
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= cols || ny >= rows || blocked[index(nx, ny)]) continue;
        // No corner cutting: a diagonal step needs both its sides free.
        if (dx != 0 && dy != 0 && (blocked[index(x + dx, y)] || blocked[index(x, y + dy)])) continue;
        const float step = (dx != 0 && dy != 0) ? 1.41421F : 1.0F;
        const std::size_t next = index(nx, ny);
        if (cost[at] + step < cost[next]) {
          cost[next] = cost[at] + step;
          came[next] = at;
          open.emplace(cost[next] + h(nx, ny), next);
        }
      }
  }
  if (came[goal] == static_cast<std::size_t>(-1) && goal != index(sx, sy)) return std::nullopt;
  std::vector<Point> cells;
  for (std::size_t at = goal; at != static_cast<std::size_t>(-1); at = came[at])
    cells.push_back(centre(static_cast<int>(at % cols), static_cast<int>(at / cols)));
  std::reverse(cells.begin(), cells.end());
  cells.front() = p;
  cells.back() = q;
  // Pulled tight: from each corner, straight on to the furthest point still in clear sight.
  std::vector<Point> tight{cells.front()};
  std::size_t i = 0;
  while (i + 1 < cells.size()) {
    std::size_t j = i + 1;
    while (j + 1 < cells.size() && clear(cells[i], cells[j + 1], clearance, ignore, labels)) ++j;
    tight.push_back(cells[j]);
    i = j;
  }
  return tight;
}

std::vector<Point> Router::route(AgentVertex from, AgentVertex to, float scale,
                                 const std::vector<AgentVertex>& on_path, float label_floor_px) const {
  obstacles(scale, label_floor_px);
  const std::vector<AgentVertex> ends{from, to};
  const std::pair key{from, to};
  auto trimmed = [&](std::vector<Point> line) {
    // From the edge of the sender's mark to the edge of the receiver's, where the arrowhead's tip goes.
    std::reverse(line.begin(), line.end());
    stop_at_edge(line, layout_.radius[from] + 2.0F / scale);
    std::reverse(line.begin(), line.end());
    stop_at_edge(line, layout_.radius[to] + 2.0F / scale);
    return line;
  };
  if (auto known = routes_.find(key); known != routes_.end()) return known->second;
  const Point p = layout_.position[from], q = layout_.position[to];
  const float clearance = clearance_px / scale;
  std::vector<Point> line;
  if (clear(p, q, clearance, ends)) {
    line = trimmed({p, q});
  } else {
    // First near the two ends (quick), then anywhere on the stage.
    const float margin = 400.0F;
    const Box near{std::min(p.x, q.x) - margin, std::min(p.y, q.y) - margin, std::abs(q.x - p.x) + 2 * margin,
                   std::abs(q.y - p.y) + 2 * margin};
    const Box& b = layout_.bounds;
    const Box whole{b.left - margin, b.top - margin, b.width + 2 * margin, b.height + 2 * margin};
    std::optional<std::vector<Point>> found = search(from, to, clearance, ends, near);
    if (!found) found = search(from, to, clearance, ends, whole);
    if (!found && clear(p, q, clearance, ends, false)) found = std::vector<Point>{p, q};
    if (!found) found = search(from, to, clearance, ends, whole, false);
    if (!found) {
      // Boxed in: cross agents of the path itself rather than others.
      std::vector<AgentVertex> path = on_path;
      path.insert(path.end(), ends.begin(), ends.end());
      if (clear(p, q, clearance, path))
        found = std::vector<Point>{p, q};
      else
        found = search(from, to, clearance, path, whole);
      return trimmed(found ? *found : std::vector<Point>{p, q});
    }
    line = trimmed(*found);
  }
  routes_.emplace(key, line);
  return line;
}

}  // namespace govsim::view
