#include "render/scene_renderer.hpp"

#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <array>
#include <boost/range/iterator_range.hpp>
#include <cmath>

#include "render/theme.hpp"
#include "scene/area_outcome.hpp"
#include "scene/gap_mark.hpp"
#include "scene/label.hpp"

namespace govsim::view {
namespace {

constexpr int circle_segments = 20;

sf::Vector2f v2(Point p) { return {p.x, p.y}; }

void triangle(sf::VertexArray& a, Point p, Point q, Point r, sf::Color c) {
  a.append({v2(p), c});
  a.append({v2(q), c});
  a.append({v2(r), c});
}

void quad(sf::VertexArray& a, Point p, Point q, Point r, Point s, sf::Color c) {
  triangle(a, p, q, r, c);
  triangle(a, p, r, s, c);
}

void rectangle(sf::VertexArray& a, const Box& b, sf::Color c) {
  quad(a, {b.left, b.top}, {b.right(), b.top}, {b.right(), b.bottom()}, {b.left, b.bottom()}, c);
}

void outline(sf::VertexArray& a, const Box& b, float w, sf::Color c) {
  rectangle(a, {b.left, b.top, b.width, w}, c);
  rectangle(a, {b.left, b.bottom() - w, b.width, w}, c);
  rectangle(a, {b.left, b.top, w, b.height}, c);
  rectangle(a, {b.right() - w, b.top, w, b.height}, c);
}

// A thick segment as a quad.
void segment(sf::VertexArray& a, Point p, Point q, float width, sf::Color c) {
  const float len = distance(p, q);
  if (len < 0.01F) return;
  const float nx = -(q.y - p.y) / len * width / 2, ny = (q.x - p.x) / len * width / 2;
  quad(a, {p.x + nx, p.y + ny}, {q.x + nx, q.y + ny}, {q.x - nx, q.y - ny}, {p.x - nx, p.y - ny}, c);
}

void dashed(sf::VertexArray& a, Point p, Point q, float width, float dash, float gap, sf::Color c) {
  const float len = distance(p, q);
  if (gap <= 0 || dash <= 0) return segment(a, p, q, width, c);
  for (float s = 0; s < len; s += dash + gap)
    segment(a, lerp(p, q, s / len), lerp(p, q, std::min(len, s + dash) / len), width, c);
}

void disc(sf::VertexArray& a, Point centre, float r, sf::Color c) {
  static const auto unit = [] {
    std::array<Point, circle_segments + 1> u{};
    for (int i = 0; i <= circle_segments; ++i) {
      const double t = 2 * M_PI * i / circle_segments;
      u[static_cast<std::size_t>(i)] = {static_cast<float>(std::cos(t)), static_cast<float>(std::sin(t))};
    }
    return u;
  }();
  for (std::size_t i = 0; i < circle_segments; ++i)
    triangle(a, centre, {centre.x + unit[i].x * r, centre.y + unit[i].y * r},
             {centre.x + unit[i + 1].x * r, centre.y + unit[i + 1].y * r}, c);
}

// The mark of an agent by kind: people round, bodies square, organisations
// hexagonal, cohorts of the public diamonds — shape tells kind without colour.
void agent_mark(sf::VertexArray& a, AgentKind kind, Point c, float r, sf::Color colour) {
  switch (kind) {
    case AgentKind::person:
      return disc(a, c, r, colour);
    case AgentKind::body:
      return rectangle(a, {c.x - r, c.y - r * 0.8F, 2 * r, 1.6F * r}, colour);
    case AgentKind::organisation: {
      for (int i = 0; i < 6; ++i) {
        const double t0 = M_PI / 3 * i, t1 = M_PI / 3 * (i + 1);
        triangle(
            a, c, {c.x + r * static_cast<float>(std::cos(t0)), c.y + r * static_cast<float>(std::sin(t0))},
            {c.x + r * static_cast<float>(std::cos(t1)), c.y + r * static_cast<float>(std::sin(t1))}, colour);
      }
      return;
    }
    case AgentKind::cohort:
      return quad(a, {c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, colour);
  }
}

void badge_mark(sf::VertexArray& a, MarkShape shape, Point c, float size, sf::Color colour) {
  const float r = size / 2;
  switch (shape) {
    case MarkShape::circle:
      return disc(a, c, r, colour);
    case MarkShape::square:
      return rectangle(a, {c.x - r, c.y - r, size, size}, colour);
    case MarkShape::triangle:
      return triangle(a, {c.x, c.y - r * 1.15F}, {c.x + r * 1.1F, c.y + r * 0.8F},
                      {c.x - r * 1.1F, c.y + r * 0.8F}, colour);
    case MarkShape::diamond:
      return quad(a, {c.x, c.y - r * 1.2F}, {c.x + r * 1.2F, c.y}, {c.x, c.y + r * 1.2F},
                  {c.x - r * 1.2F, c.y}, colour);
  }
}

bool on_stage(const Box& stage, Point p, float r) {
  return p.x + r >= stage.left && p.x - r <= stage.right() && p.y + r >= stage.top &&
         p.y - r <= stage.bottom();
}

bool segment_on_stage(const Box& stage, Point p, Point q) {
  return std::max(p.x, q.x) >= stage.left && std::min(p.x, q.x) <= stage.right() &&
         std::max(p.y, q.y) >= stage.top && std::min(p.y, q.y) <= stage.bottom();
}

// One line of text as glyph quads, laid out as sf::Text lays it out (SFML
// 2.5), so that many labels go to the screen in one draw call with the font's
// texture: in software GL each draw call costs more than the text in it. With
// no array it only measures. Returns the width.
float glyph_run(sf::VertexArray* a, const sf::Font& font, unsigned size, const sf::String& text, Point at,
                sf::Color colour) {
  float x = 0.0F;
  const float baseline = static_cast<float>(size);
  sf::Uint32 previous = 0;
  for (std::size_t i = 0; i < text.getSize(); ++i) {
    const sf::Uint32 c = text[i];
    x += font.getKerning(previous, c, size);
    previous = c;
    const sf::Glyph& glyph = font.getGlyph(c, size, false);
    if (a && c != U' ') {
      constexpr float pad = 1.0F;
      const float left = at.x + x + glyph.bounds.left - pad, top = at.y + baseline + glyph.bounds.top - pad;
      const float right = left + glyph.bounds.width + 2 * pad, bottom = top + glyph.bounds.height + 2 * pad;
      const auto u0 = static_cast<float>(glyph.textureRect.left) - pad,
                 v0 = static_cast<float>(glyph.textureRect.top) - pad;
      const auto u1 = static_cast<float>(glyph.textureRect.left + glyph.textureRect.width) + pad,
                 v1 = static_cast<float>(glyph.textureRect.top + glyph.textureRect.height) + pad;
      a->append({{left, top}, colour, {u0, v0}});
      a->append({{right, top}, colour, {u1, v0}});
      a->append({{left, bottom}, colour, {u0, v1}});
      a->append({{left, bottom}, colour, {u0, v1}});
      a->append({{right, top}, colour, {u1, v0}});
      a->append({{right, bottom}, colour, {u1, v1}});
    }
    x += glyph.advance;
  }
  return x;
}

}  // namespace

std::size_t SceneRenderer::draw_area_headers(sf::RenderTarget& target, const Layout& layout,
                                             const Scene& scene, const Camera& camera) {
  const Box& stage = camera.stage();
  const float s = camera.scale();
  const sf::Font &bold = fonts_.bold, &regular = fonts_.regular;
  auto utf8 = [](const std::string& text) { return sf::String::fromUtf8(text.begin(), text.end()); };
  // One size for every council: the largest at which the longest name fits its
  // header's width and two lines (name, then value) its height; never below a
  // legible 9 pixels, cutting a long name short (hover or zoom for it whole).
  constexpr unsigned reference = 20;
  float widest = 1.0F, room = 1e9F, height = 1e9F;
  for (const AreaShade& shade : scene.areas) {
    const Box& h = layout.areas[shade.block].header;
    widest = std::max(widest, glyph_run(nullptr, bold, reference, utf8(shade.name), {}, {}));
    room = std::min(room, h.width * s - 8);
    height = std::min(height, h.height * s);
  }
  const bool two_lines = (height - 3) / 2.2F >= 9.0F;
  const float fitted = std::min(static_cast<float>(reference) * room / widest,
                                two_lines ? (height - 3) / 2.2F : (height - 2) / 1.2F);
  const auto size = static_cast<unsigned>(std::clamp(fitted, 9.0F, 26.0F));
  const float line = std::round(static_cast<float>(size) * 1.1F);
  // The value in words if every council's fits, else every council's in short,
  // so that the same thing is said the same way across the country.
  bool long_words = two_lines;
  for (const AreaShade& shade : scene.areas)
    if (long_words && glyph_run(nullptr, regular, size, utf8(shade.words), {}, {}) > room) long_words = false;
  // A name too long for the room, cut short with an ellipsis.
  auto fitting = [&](sf::String name) {
    float width = glyph_run(nullptr, bold, size, name, {}, {});
    while (width > room && name.getSize() > 4) {
      const auto keep = std::min(name.getSize() - 2,
                                 static_cast<std::size_t>(static_cast<float>(name.getSize()) * room / width));
      name = name.substring(0, keep) + sf::String(U'\u2026');
      width = glyph_run(nullptr, bold, size, name, {}, {});
      if (width > room) name.erase(name.getSize() - 1);
    }
    return name;
  };
  names_.clear();
  values_.clear();
  std::size_t drawn = 0;
  for (const AreaShade& shade : scene.areas) {
    const Box& world = layout.areas[shade.block].header;
    const Point at = camera.to_screen({world.left, world.top});
    const Box h{at.x, at.y, world.width * s, world.height * s};
    if (!h.intersects(stage)) continue;
    const sf::Color ink = theme::outcome_text(shade.band);
    const float left = std::round(h.left + 4);
    if (two_lines) {
      const float top = std::round(h.bottom() - 2 * line - 3);
      glyph_run(&names_, bold, size, fitting(utf8(shade.name)), {left, top}, ink);
      glyph_run(&values_, regular, size, utf8(long_words ? shade.words : shade.short_words),
                {left, top + line}, ink);
    } else {  // one line: the value after the name if it fits, else the name alone
      const sf::String both = utf8(shade.name + " \xe2\x80\x94 " + shade.short_words);
      glyph_run(&names_, bold, size,
                glyph_run(nullptr, bold, size, both, {}, {}) <= room ? both : fitting(utf8(shade.name)),
                {left, std::round(h.bottom() - line - 2)}, ink);
    }
    ++drawn;
  }
  // Each font's texture only once every glyph is on it.
  sf::RenderStates states;
  states.texture = &bold.getTexture(size);
  target.draw(names_, states);
  states.texture = &regular.getTexture(size);
  target.draw(values_, states);
  return drawn;
}

DrawStats SceneRenderer::draw(sf::RenderTarget& target, const Arrangement& arrangement, const Layout& layout,
                              const Scene& scene, const Camera& camera, float pulse,
                              std::optional<std::size_t> hovered_badge, std::optional<AgentVertex> focus) {
  const Network& n = arrangement.network;
  const Box& stage = camera.stage();
  const float s = camera.scale();
  // Level of detail: minor links, dashes and labels only when they can be read.
  const bool detailed = s >= 0.3F;
  const bool labelled = s >= labelled_scale;
  DrawStats stats;
  for (sf::VertexArray* a : {&backdrop_, &lines_, &shapes_, &overlay_}) a->clear();

  auto screen_box = [&](const Box& b) {
    const Point p = camera.to_screen({b.left, b.top});
    return Box{p.x, p.y, b.width * s, b.height * s};
  };
  for (const AreaBlock& area : layout.areas) {
    const Box b = screen_box(area.box);
    if (b.intersects(stage)) rectangle(backdrop_, b, theme::area_fill);
  }
  // The national picture: each council's header in the colour of its class.
  for (const AreaShade& shade : scene.areas) {
    const Box h = screen_box(layout.areas[shade.block].header);
    if (h.intersects(stage)) rectangle(backdrop_, h, theme::outcome_fill(shade.band));
  }
  for (std::size_t i = 0; i < layout.bands.size(); ++i) {
    if (i % 2 == 1) continue;  // alternate bands shaded, so tiers read as rows
    const Box b = screen_box(layout.bands[i].box);
    if (b.intersects(stage)) rectangle(backdrop_, b, theme::band_fill);
  }
  for (const BodyFrame& f : layout.frames) {
    const Box b = screen_box(f.box);
    if (!b.intersects(stage)) continue;
    rectangle(backdrop_, b, theme::frame_fill);
    if (detailed) outline(backdrop_, b, 1.5F, theme::frame_outline);
  }

  // Links. Far out, every link is a one-pixel line in one batch.
  for (auto e : boost::make_iterator_range(boost::edges(n))) {
    const AgentVertex from = boost::source(e, n), to = boost::target(e, n);
    const theme::LinkStyle& style = theme::style_of(n[e].type);
    if (n[e].type == LinkType::member_of) continue;  // drawn as the body's frame
    const bool focused = focus && (*focus == from || *focus == to);
    // Calm by default: minor links only for the agent in focus, and the rest
    // recede while a path or an agent is being followed.
    if (style.minor && !focused) continue;
    sf::Color colour = style.colour;
    if (!focused && (focus || !scene.path.empty())) colour.a = 80;
    // Far out, links between council areas would cross the whole screen: they
    // cost the most to draw and say the least at that distance.
    if (!detailed && !focused && n[from].area != n[to].area) continue;
    Point p = camera.to_screen(layout.position[from]), q = camera.to_screen(layout.position[to]);
    if (!segment_on_stage(stage, p, q)) continue;
    ++stats.edges;
    if (!detailed) {
      colour.a = std::min<sf::Uint8>(colour.a, 110);
      lines_.append({v2(p), colour});
      lines_.append({v2(q), colour});
      continue;
    }
    const float len = distance(p, q);
    const float rp = layout.radius[from] * s, rq = layout.radius[to] * s;
    if (len <= rp + rq) continue;
    const Point a = lerp(p, q, rp / len), b = lerp(p, q, 1 - rq / len);
    const float w = std::max(1.0F, style.width * std::min(1.0F, s * 1.4F));
    dashed(shapes_, a, b, w, style.dash, style.gap, colour);
    // An arrowhead at the receiving end.
    const float head = std::max(5.0F, 10.0F * std::min(1.0F, s * 1.4F));
    const Point back = lerp(b, a, head / distance(a, b));
    const float nx = -(b.y - a.y) / distance(a, b) * head * 0.45F,
                ny = (b.x - a.x) / distance(a, b) * head * 0.45F;
    triangle(shapes_, b, {back.x + nx, back.y + ny}, {back.x - nx, back.y - ny}, colour);
  }

  // The selected subject's escalation path, glowing hop by hop over the links
  // (it is the story being told) and under the agents: each hop along its
  // route round agents off the path, with an arrowhead at the receiver.
  const float glow_width = std::max(6.0F, 14.0F * std::min(1.0F, s * 1.4F));
  for (const PathSegment& hop : scene.path) {
    sf::Color glow = theme::path_glow;
    if (!hop.arrived) glow.a = static_cast<sf::Uint8>(150 + 105 * pulse);
    std::vector<Point> line;
    for (const Point& p : hop.route) line.push_back(camera.to_screen(p));
    if (line.size() < 2) continue;
    float length = 0.0F;
    for (std::size_t i = 1; i < line.size(); ++i) length += distance(line[i - 1], line[i]);
    const float head = std::max(10.0F, glow_width * 1.6F);
    // The arrowhead takes the last stretch; the line stops where it begins.
    float left = std::max(0.0F, length * hop.progress - (hop.arrived ? head : 0.0F));
    Point tip = line.front(), before = line.front();
    for (std::size_t i = 1; i < line.size() && left > 0; ++i) {
      const float piece = distance(line[i - 1], line[i]);
      const Point end = piece <= left ? line[i] : lerp(line[i - 1], line[i], left / piece);
      segment(shapes_, line[i - 1], end, glow_width, glow);
      if (piece <= left && i + 1 < line.size()) disc(shapes_, line[i], glow_width / 2, glow);  // a round bend
      before = line[i - 1];
      tip = end;
      left -= piece;
    }
    if (!hop.arrived) continue;
    // The head points along the last stretch, its tip on the receiver's edge.
    const Point to = line.back(), from = distance(tip, to) > 0.5F ? tip : before;
    const float d = distance(from, to);
    if (d < 0.5F) continue;
    const Point back = lerp(to, from, std::min(1.0F, head / d));
    const float nx = -(to.y - from.y) / d * head * 0.6F, ny = (to.x - from.x) / d * head * 0.6F;
    triangle(shapes_, to, {back.x + nx, back.y + ny}, {back.x - nx, back.y - ny}, glow);
  }

  // Agents: glow, ring, fill.
  for (const SceneNode& node : scene.nodes) {
    const Point c = camera.to_screen(node.at);
    const float r = std::max(2.0F, node.radius * s);
    if (!on_stage(stage, c, r + 8)) continue;
    ++stats.nodes;
    const AgentKind kind = n[node.agent].kind;
    if (r < 4) {  // too small for its shape to read: a square in its colour
      const sf::Color fill = node.on_path                      ? theme::path_glow
                             : node.knowing == Knowing::aware  ? theme::aware
                             : node.knowing == Knowing::hidden ? theme::hidden
                                                               : theme::ring;
      rectangle(shapes_, {c.x - r, c.y - r, 2 * r, 2 * r}, fill);
      continue;
    }
    if (node.on_path) agent_mark(shapes_, kind, c, r + std::max(4.0F, 9.0F * s), theme::path_glow);
    if (node.viewer) agent_mark(shapes_, kind, c, r + std::max(3.0F, 6.0F * s), theme::viewer_ring);
    const bool aware = node.knowing == Knowing::aware;
    const float ring = r < 4 ? 0.0F : (aware ? std::max(2.0F, 4.0F * s) : std::max(1.0F, 2.0F * s));
    if (ring > 0) agent_mark(shapes_, kind, c, r, theme::ring);
    agent_mark(shapes_, kind, c, r - ring, node.vacant ? theme::background : theme::fill_for(node.knowing));
    // Knowing is also a shape: a dark centre dot for "knows".
    if (aware && r >= 6) disc(shapes_, c, r * 0.28F, theme::ring);
  }

  // Items travelling, as small squares; personal items in purple.
  const float item_size = std::clamp(14.0F * s, 4.0F, 16.0F);
  for (const SceneItem& item : scene.items) {
    const Point c = camera.to_screen(item.at);
    if (!on_stage(stage, c, item_size)) continue;
    const sf::Color colour = item.personal ? theme::personal_item : theme::item;
    rectangle(overlay_, {c.x - item_size / 2 - 1, c.y - item_size / 2 - 1, item_size + 2, item_size + 2},
              theme::background);
    if (item.lost)
      outline(overlay_, {c.x - item_size / 2, c.y - item_size / 2, item_size, item_size}, 2, colour);
    else
      rectangle(overlay_, {c.x - item_size / 2, c.y - item_size / 2, item_size, item_size}, colour);
  }

  // Gap badges on top: shape, then letters.
  for (const SceneBadge& badge : scene.badges) {
    const Point c = camera.to_screen(badge.at);
    const float size = badge_size * (hovered_badge && *hovered_badge == badge.gap ? 1.35F : 1.0F);
    if (!on_stage(stage, c, size)) continue;
    const GapMark mark = mark_of(badge.type);
    badge_mark(overlay_, mark.shape, c, size + 4, theme::ring);
    badge_mark(overlay_, mark.shape, c, size, theme::badge);
  }

  // Each decision's tag beside its decider: what was chosen, on a card.
  for (const SceneDecision& d : scene.decisions) {
    const Point c = camera.to_screen(d.at), size = decision_tag_px(d);
    if (!on_stage(stage, c, size.x)) continue;
    const Box card{std::round(c.x - size.x / 2), std::round(c.y - size.y / 2), size.x, size.y};
    rectangle(overlay_, card, theme::ring);
    rectangle(overlay_, {card.left + 2, card.top + 2, card.width - 4, card.height - 4}, theme::decision_fill);
  }

  stats.vertices = backdrop_.getVertexCount() + lines_.getVertexCount() + shapes_.getVertexCount() +
                   overlay_.getVertexCount();
  target.draw(backdrop_);
  target.draw(lines_);
  target.draw(shapes_);
  target.draw(overlay_);

  // Text last. Titles of areas always (they orient a national view); tier titles
  // and agent names only when legible, and never more than a screenful.
  sf::Text text;
  text.setFont(fonts_.bold);
  text.setFillColor(theme::text);
  if (!scene.areas.empty()) stats.labels += draw_area_headers(target, layout, scene, camera);
  if (layout.areas.size() > 1) {
    std::vector<bool> shaded(layout.areas.size(), false);
    for (const AreaShade& shade : scene.areas) shaded[shade.block] = true;
    // Agents of no council area (the regulators, the ombudsman) are national.
    auto title = [&](const AreaBlock& area) {
      return area.area.empty() ? std::string("National") : arrangement.area_name(area.area);
    };
    // One size for every area's title, the largest at which the longest fits its block.
    float fits = 26.0F;
    for (const AreaBlock& area : layout.areas)
      fits = std::min(fits, area.box.width * s /
                                (0.62F * static_cast<float>(std::max<std::size_t>(title(area).size(), 1))));
    text.setCharacterSize(static_cast<unsigned>(std::clamp(fits, 10.0F, 26.0F)));
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
      const AreaBlock& area = layout.areas[i];
      const Box b = screen_box(area.box);
      if (shaded[i] || !b.intersects(stage)) continue;
      const std::string name = title(area);
      text.setString(sf::String::fromUtf8(name.begin(), name.end()));
      // In the gap above the block, clear of its first row.
      text.setPosition(std::round(b.left + 2),
                       std::round(b.top - static_cast<float>(text.getCharacterSize()) - 3));
      target.draw(text);
      ++stats.labels;
    }
  }
  if (labelled) {
    text.setFont(fonts_.regular);
    text.setFillColor(theme::muted_text);
    text.setCharacterSize(static_cast<unsigned>(std::clamp(15.0F * s, 11.0F, 20.0F)));
    for (const TierBand& band : layout.bands) {
      const Box b = screen_box(band.box);
      if (!b.intersects(stage)) continue;
      text.setString(std::string(tier_title(band.tier)));
      text.setPosition(std::round(b.left + 6), std::round(b.top + 4));
      target.draw(text);
    }
    text.setFillColor(theme::text);
    const std::size_t budget = 400;
    for (const SceneNode& node : scene.nodes) {
      if (stats.labels >= budget) break;
      const Point c = camera.to_screen(node.at);
      if (!on_stage(stage, c, 40)) continue;
      // Where the scene routed paths and placed badges round it: the text stays inside.
      const AgentLabel label =
          label_of(n[node.agent].name, node.vacant, node.at, node.radius, s, label_floor_px);
      if (label.lines.empty()) continue;
      std::string lines;
      for (const std::string& line : label.lines) lines += (lines.empty() ? "" : "\n") + line;
      text.setCharacterSize(static_cast<unsigned>(label.font_px));
      text.setString(sf::String::fromUtf8(lines.begin(), lines.end()));
      const sf::FloatRect bounds = text.getLocalBounds();
      const Box box = screen_box(label.box);
      const float fit = std::min({1.0F, box.width / std::max(1.0F, bounds.width + bounds.left),
                                  box.height / std::max(1.0F, bounds.height + bounds.top)});
      text.setScale(fit, fit);
      text.setPosition(std::round(box.centre().x - (bounds.width / 2 + bounds.left) * fit),
                       std::round(box.top));
      target.draw(text);
      text.setScale(1.0F, 1.0F);
      ++stats.labels;
    }
    // Letters on badges, so the gap type reads without colour.
    text.setFont(fonts_.bold);
    text.setFillColor(theme::badge_text);
    text.setCharacterSize(static_cast<unsigned>(badge_size * 0.5F));
    for (const SceneBadge& badge : scene.badges) {
      const Point c = camera.to_screen(badge.at);
      if (!on_stage(stage, c, badge_size)) continue;
      text.setString(std::string(mark_of(badge.type).letters));
      const sf::FloatRect bounds = text.getLocalBounds();
      text.setPosition(std::round(c.x - bounds.width / 2 - bounds.left),
                       std::round(c.y - bounds.height / 2 - bounds.top));
      target.draw(text);
    }
  }
  // The decisions' words, on their cards.
  text.setFont(fonts_.bold);
  text.setFillColor(theme::text);
  text.setCharacterSize(static_cast<unsigned>(decision_tag_font_px));
  for (const SceneDecision& d : scene.decisions) {
    const Point c = camera.to_screen(d.at), size = decision_tag_px(d);
    if (!on_stage(stage, c, size.x)) continue;
    const std::string words = decision_tag_text(d);
    text.setString(sf::String::fromUtf8(words.begin(), words.end()));
    const sf::FloatRect bounds = text.getLocalBounds();
    const float fit = std::min(1.0F, (size.x - 10) / std::max(1.0F, bounds.width + bounds.left));
    text.setScale(fit, fit);
    text.setPosition(std::round(c.x - size.x / 2 + 6),
                     std::round(c.y - (bounds.top + bounds.height / 2) * fit));
    target.draw(text);
    text.setScale(1.0F, 1.0F);
    ++stats.labels;
  }
  return stats;
}

}  // namespace govsim::view
