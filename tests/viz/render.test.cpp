// Drawn in a real X server (the suite runs under xvfb-run): what the scene model
// says is checked against the pixels.
#include <imgui.h>
#include <catch2/catch.hpp>

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <set>
#include <tuple>

#include "app/imgui_sfml.hpp"
#include "app/view_modes.hpp"
#include "app/view_session.hpp"
#include "render/theme.hpp"
#include "scene/area_outcome.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

const sf::Vector2u size{1280, 720};

Moment moment_at(double day, std::optional<std::string> subject = std::nullopt) {
  Moment m;
  m.day = day;
  m.subject = std::move(subject);
  m.size = size;
  return m;
}

Camera camera_for(const LoadedRun& run) {
  Camera camera;
  camera.set_stage(ViewSession::stage_for(size));
  camera.fit(run.layout.bounds);
  return camera;
}

std::size_t distinct_colours(const sf::Image& image) {
  std::set<sf::Uint32> colours;
  for (unsigned y = 0; y < image.getSize().y; y += 7)
    for (unsigned x = 0; x < image.getSize().x; x += 7) colours.insert(image.getPixel(x, y).toInteger());
  return colours.size();
}

std::size_t differing_pixels(const sf::Image& a, const sf::Image& b) {
  REQUIRE(a.getSize() == b.getSize());
  std::size_t differ = 0;
  for (unsigned y = 0; y < a.getSize().y; ++y)
    for (unsigned x = 0; x < a.getSize().x; ++x) differ += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
  return differ;
}

bool is(sf::Color pixel, sf::Color expected) {
  auto near = [](sf::Uint8 p, sf::Uint8 e) {
    return std::abs(static_cast<int>(p) - static_cast<int>(e)) <= 3;
  };
  return near(pixel.r, expected.r) && near(pixel.g, expected.g) && near(pixel.b, expected.b);
}

sf::Color pixel_at(const sf::Image& image, Point p) {
  return image.getPixel(static_cast<unsigned>(std::lround(p.x)), static_cast<unsigned>(std::lround(p.y)));
}

// A view session drawing off screen, as `--screenshot` does, for tests that
// drive it frame by frame.
class OffscreenView {
 public:
  explicit OffscreenView(const ViewSource& source = {}) : run_(load_run(source)), fonts_(load_view_fonts()) {
    require_display();
    REQUIRE(target_.create(size.x, size.y));
    target_.setActive(true);
    gui_.emplace(fonts_->regular_path, 19.0F);
    session_.emplace(*run_, *fonts_);
    session_->set_window_size(size, true);
  }
  std::tuple<const LoadedRun&, sf::RenderTexture&, ImGuiSfml&, ViewSession&> parts() {
    return {*run_, target_, *gui_, *session_};
  }

 private:
  std::unique_ptr<LoadedRun> run_;
  std::unique_ptr<Fonts> fonts_;
  sf::RenderTexture target_;
  std::optional<ImGuiSfml> gui_;
  std::optional<ViewSession> session_;
};

}  // namespace

TEST_CASE("screenshots of the default scenario are drawn and change as time moves", "[view][render]") {
  const auto run = load_run({});
  std::vector<sf::Image> shots;
  for (double day : {5.0, 40.0, 100.0}) {
    shots.push_back(render_moment(*run, moment_at(day)));
    INFO("day " << day);
    CHECK(shots.back().getSize() == size);
    CHECK(distinct_colours(shots.back()) > 20);  // a drawing, not a blank
  }
  CHECK(differing_pixels(shots[0], shots[1]) > 500);
  CHECK(differing_pixels(shots[1], shots[2]) > 500);
}

TEST_CASE("the selected escalation path glows where the scene says it is", "[view][render]") {
  const auto run = load_run({});
  const double day = 100.0;
  const Camera camera = camera_for(*run);
  SceneRequest request{day, "care-after-discharge", {}};
  request.scale = camera.scale();  // as the window draws it: routes depend on the zoom
  const Scene scene = build_scene(*run->replay, run->layout, request);
  const sf::Image image = render_moment(*run, moment_at(day, "care-after-discharge"));
  std::size_t checked = 0;
  for (const PathSegment& hop : scene.path) {
    if (!hop.arrived) continue;
    // Along the longest stretch of the hop's route.
    Point a, b;
    for (std::size_t i = 1; i < hop.route.size(); ++i)
      if (distance(hop.route[i - 1], hop.route[i]) > distance(a, b)) a = hop.route[i - 1], b = hop.route[i];
    a = camera.to_screen(a), b = camera.to_screen(b);
    const float len = distance(a, b);
    // Beside the link's centre line, inside the glow's width.
    const Point side{-(b.y - a.y) / len * 4.5F, (b.x - a.x) / len * 4.5F};
    int glowing = 0;
    for (float t : {0.35F, 0.5F, 0.65F}) {
      const Point p = lerp(a, b, t);
      glowing += is(pixel_at(image, {p.x + side.x, p.y + side.y}), theme::path_glow) ? 1 : 0;
    }
    INFO(run->replay->arrangement().agent(hop.from).id << " -> "
                                                       << run->replay->arrangement().agent(hop.to).id);
    CHECK(glowing >= 2);
    ++checked;
  }
  CHECK(checked >= 3);
  // With no subject selected there is no glow at all.
  const sf::Image plain = render_moment(*run, moment_at(day, std::string()));
  const Box stage = ViewSession::stage_for(size);  // the legend beside it shows the glow's colour
  std::size_t glow_pixels = 0;
  for (unsigned y = 0; y < static_cast<unsigned>(stage.bottom()); y += 2)
    for (unsigned x = 0; x < static_cast<unsigned>(stage.right()); x += 2)
      glow_pixels += is(plain.getPixel(x, y), theme::path_glow) ? 1 : 0;
  CHECK(glow_pixels < 20);
}

TEST_CASE("gap badges are drawn where the scene puts them", "[view][render]") {
  const auto run = load_run({});
  const double day = 100.0;
  const Camera camera = camera_for(*run);
  SceneRequest request{day, "care-after-discharge", {}};
  request.scale = camera.scale();  // badges keep their size on screen, so where they fit depends on the zoom
  const Scene scene = build_scene(*run->replay, run->layout, request);
  REQUIRE_FALSE(scene.badges.empty());
  const sf::Image image = render_moment(*run, moment_at(day, "care-after-discharge"));
  for (const SceneBadge& badge : scene.badges) {
    const Point c = camera.to_screen(badge.at);
    if (!camera.stage().contains(c)) continue;
    // A ring of samples inside the mark, around the letters.
    int marked = 0;
    for (int k = 0; k < 8; ++k) {
      const double angle = k * M_PI / 4;
      const float r = SceneRenderer::badge_size * 0.3F;
      marked += is(pixel_at(image, {c.x + r * static_cast<float>(std::cos(angle)),
                                    c.y + r * static_cast<float>(std::sin(angle))}),
                   theme::badge)
                    ? 1
                    : 0;
    }
    INFO(run->replay->report().gaps[badge.gap].explanation);
    CHECK(marked >= 3);
  }
}

TEST_CASE("scrubbing backwards draws the same frame as playing forwards", "[view][render]") {
  OffscreenView view;
  auto parts = view.parts();
  // Named, not bound: clang before 16 cannot use a structured binding in a lambda.
  auto& target = std::get<1>(parts);
  auto& gui = std::get<2>(parts);
  auto& session = std::get<3>(parts);
  auto frame = [&] {
    for (int i = 0; i < 2; ++i) {
      session.draw_frame(target, gui, 1.0F / 60, 1.0F);
      target.display();
    }
    return target.getTexture().copyToImage();
  };
  session.playback().set_speed(20.0);
  session.playback().play();
  while (session.playback().day() < 50) {
    session.playback().advance(1.0 / 60);
    session.draw_frame(target, gui, 1.0F / 60, 1.0F);
  }
  session.playback().pause();
  const double moment = session.playback().day();
  const sf::Image played = frame();
  session.playback().scrub(110);
  const sf::Image later = frame();
  session.playback().scrub(moment);
  const sf::Image scrubbed = frame();
  CHECK(differing_pixels(played, later) > 0);
  CHECK(differing_pixels(played, scrubbed) == 0);
}

TEST_CASE("the keys and the mouse drive playback, selection and the camera", "[view][render]") {
  OffscreenView view;
  auto [run, target, gui, session] = view.parts();
  auto send = [&](sf::Event event) {
    gui.handle(event);
    session.handle(event, gui);
  };
  auto key = [&](sf::Keyboard::Key code, bool shift = false) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, shift, false};
    send(e);
  };
  auto mouse_to = [&](Point p) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {static_cast<int>(p.x), static_cast<int>(p.y)};
    send(e);
    session.draw_frame(target, gui, 1.0F / 60, 0.0F);  // hover is found when a frame is drawn
  };

  key(sf::Keyboard::Space);
  CHECK(session.playback().playing());
  key(sf::Keyboard::Space);
  CHECK_FALSE(session.playback().playing());
  key(sf::Keyboard::Right);
  const double first_event = session.playback().day();
  CHECK(first_event >= 0);
  key(sf::Keyboard::PageDown);
  CHECK(session.playback().day() == Approx(first_event + 7));
  key(sf::Keyboard::Left, true);
  CHECK(session.playback().day() == Approx(first_event + 6));
  key(sf::Keyboard::End);
  CHECK(session.playback().day() == run.replay->end_day());
  key(sf::Keyboard::Home);
  CHECK(session.playback().day() == 0);
  const double speed = session.playback().days_per_second();
  key(sf::Keyboard::RBracket);
  CHECK(session.playback().days_per_second() == Approx(speed * 2));

  const std::string subject = session.subject;
  key(sf::Keyboard::Tab);
  if (run.replay->subjects().size() > 1) CHECK(session.subject != subject);
  key(sf::Keyboard::Tab, true);
  CHECK(session.subject == subject);

  // Clicking an agent selects it for the inspector.
  const AgentVertex cswo = *run.replay->arrangement().find("cswo");
  const Point on_cswo = session.camera().to_screen(run.layout.position[cswo]);
  mouse_to(on_cswo);
  CHECK(session.hovered_agent == cswo);
  sf::Event click;
  click.type = sf::Event::MouseButtonPressed;
  // A press says where it is, as SFML's do: that is what it selects.
  click.mouseButton = {sf::Mouse::Left, static_cast<int>(on_cswo.x), static_cast<int>(on_cswo.y)};
  send(click);
  CHECK(session.selected_agent == cswo);

  // The wheel zooms about the mouse; F fits the whole network again.
  const float fitted = session.camera().scale();
  sf::Event wheel;
  wheel.type = sf::Event::MouseWheelScrolled;
  wheel.mouseWheelScroll = {sf::Mouse::VerticalWheel, 1.0F, 300, 300};
  send(wheel);
  CHECK(session.camera().scale() > fitted);
  key(sf::Keyboard::F);
  CHECK(session.camera().scale() == Approx(fitted));

  session.as = perspective_for(run.replay->arrangement(), "lead_member");
  key(sf::Keyboard::Escape);
  CHECK_FALSE(session.selected_agent);
  CHECK_FALSE(session.as);
  key(sf::Keyboard::Q);
  CHECK(session.quit_requested);
}

namespace {

ViewSource national() {
  ViewSource source;
  source.arrangement = "national";
  return source;
}

}  // namespace

TEST_CASE("each council's header is drawn in its class's colour, with its value written in it",
          "[view][render][national]") {
  const auto run = load_run(national());
  for (const Outcome outcome : {Outcome::council_knew, Outcome::harm_per_100k}) {
    INFO(outcome_name(outcome));
    const double day = 60.0;
    Moment moment = moment_at(day, std::string());
    moment.colour_by = outcome;
    const sf::Image image = render_moment(*run, moment);
    const Scene scene = build_scene(*run->replay, run->layout, {day, "", {}, outcome});
    REQUIRE(scene.areas.size() == 32);
    const Camera camera = camera_for(*run);
    std::set<int> bands;
    for (const AreaShade& shade : scene.areas) {
      const Box& world = run->layout.areas[shade.block].header;
      const Point a = camera.to_screen({world.left, world.top}),
                  b = camera.to_screen({world.right(), world.bottom()});
      REQUIRE(camera.stage().contains(a));
      REQUIRE(camera.stage().contains(b));
      INFO(shade.name << ": " << shade.words << ", class " << shade.band);
      // Down the header's right edge, clear of the words (written from its left): its class's colour.
      int filled = 0;
      for (float t : {0.2F, 0.4F, 0.6F, 0.8F})
        filled +=
            is(pixel_at(image, {b.x - 2.5F, a.y + (b.y - a.y) * t}), theme::outcome_fill(shade.band)) ? 1 : 0;
      CHECK(filled >= 3);
      // And the words: pixels of the header's ink, near enough, where they are written.
      const sf::Color ink = theme::outcome_text(shade.band);
      int inked = 0;
      for (auto y = static_cast<unsigned>(a.y); y < static_cast<unsigned>(b.y); ++y)
        for (auto x = static_cast<unsigned>(a.x); x < static_cast<unsigned>(b.x); ++x) {
          const sf::Color p = image.getPixel(x, y);
          inked += std::abs(p.r - ink.r) + std::abs(p.g - ink.g) + std::abs(p.b - ink.b) < 90 ? 1 : 0;
        }
      CHECK(inked > 20);
      bands.insert(shade.band);
    }
    CHECK(bands.size() >= 3);  // several classes (and so several colours) on the map
  }
}

TEST_CASE("a one-council picture has no council colours", "[view][render][national]") {
  const auto run = load_run({});
  const sf::Image image = render_moment(*run, moment_at(100.0));
  const Box stage = ViewSession::stage_for(size);
  std::size_t coloured = 0;
  for (unsigned y = 0; y < static_cast<unsigned>(stage.bottom()); y += 2)
    for (unsigned x = 0; x < static_cast<unsigned>(stage.right()); x += 2)
      for (int band = 1; band < outcome_classes; ++band)
        coloured += is(image.getPixel(x, y), theme::outcome_fill(band)) ? 1 : 0;
  CHECK(coloured < 10);
}

TEST_CASE("clicking a council zooms to it, and Backspace shows the whole country",
          "[view][render][national]") {
  OffscreenView view(national());
  auto [run, target, gui, session] = view.parts();
  auto send = [&](sf::Event event) {
    gui.handle(event);
    session.handle(event, gui);
  };
  auto mouse = [&](sf::Event::EventType type, Point p) {
    sf::Event e;
    e.type = type;
    if (type == sf::Event::MouseMoved)
      e.mouseMove = {static_cast<int>(p.x), static_cast<int>(p.y)};
    else
      e.mouseButton = {sf::Mouse::Left, static_cast<int>(p.x), static_cast<int>(p.y)};
    send(e);
  };
  auto click = [&](Point p) {
    mouse(sf::Event::MouseMoved, p);
    session.draw_frame(target, gui, 1.0F / 60, 0.0F);  // hover is found when a frame is drawn
    mouse(sf::Event::MouseButtonPressed, p);
    mouse(sf::Event::MouseButtonReleased, p);
  };
  const float country = session.camera().scale();
  const auto fife =
      static_cast<std::size_t>(std::find_if(run.layout.areas.begin(), run.layout.areas.end(),
                                            [](const AreaBlock& a) { return a.area == "fife"; }) -
                               run.layout.areas.begin());
  REQUIRE(fife < run.layout.areas.size());
  const Box extent = area_extent(run.layout.areas[fife]);
  auto shows_fife = [&] {
    const Box seen = session.camera().visible_world();
    return seen.contains({extent.left, extent.top}) && seen.contains({extent.right(), extent.bottom()}) &&
           session.camera().scale() > 4 * country;
  };

  // A click on Fife's header: the camera fits Fife, centred on the stage.
  click(session.camera().to_screen(run.layout.areas[fife].header.centre()));
  CHECK(shows_fife());
  const Point centre = session.camera().to_screen(extent.centre());
  CHECK(centre.x == Approx(session.camera().stage().centre().x).margin(1));
  CHECK(centre.y == Approx(session.camera().stage().centre().y).margin(1));
  const float fitted = session.camera().scale();

  // Backspace: the whole country again.
  sf::Event back;
  back.type = sf::Event::KeyPressed;
  back.key = {sf::Keyboard::Backspace, false, false, false, false};
  send(back);
  CHECK(session.camera().scale() == Approx(country));

  // A click on empty space in Fife's block, far out, zooms to it too; once
  // there, a click on its empty space leaves the camera where it is.
  const Box& block = run.layout.areas[fife].box;
  // A point of the block with no agent near it on screen.
  auto empty_space = [&] {
    for (float fy = 0.95F; fy > 0.05F; fy -= 0.05F)
      for (float fx = 0.05F; fx < 0.95F; fx += 0.05F) {
        const Point p =
            session.camera().to_screen({block.left + block.width * fx, block.top + block.height * fy});
        bool clear = true;
        for (std::size_t v = 0; v < run.layout.position.size() && clear; ++v)
          clear = distance(session.camera().to_screen(run.layout.position[v]), p) > 12;
        if (clear) return Point{std::round(p.x), std::round(p.y)};
      }
    FAIL("no empty space in Fife's block");
    return Point{};
  };
  click(empty_space());
  CHECK(shows_fife());
  CHECK(session.camera().scale() == Approx(fitted));
  click(empty_space());
  CHECK(session.camera().scale() == Approx(fitted));

  // A drag is a pan, not a click; nor does a click between councils zoom.
  send(back);
  const Point on_fife = session.camera().to_screen(run.layout.areas[fife].header.centre());
  mouse(sf::Event::MouseMoved, on_fife);
  session.draw_frame(target, gui, 1.0F / 60, 0.0F);
  mouse(sf::Event::MouseButtonPressed, on_fife);
  mouse(sf::Event::MouseMoved, {on_fife.x + 40, on_fife.y});
  mouse(sf::Event::MouseButtonReleased, {on_fife.x + 40, on_fife.y});
  CHECK(session.camera().scale() == Approx(country));
  send(back);
  const Box& next = run.layout.areas[fife + 1].box;
  click(session.camera().to_screen({(block.right() + next.left) / 2, block.centre().y}));
  CHECK(session.camera().scale() == Approx(country));
}

TEST_CASE("with all matters chosen (no subject), agents are not greyed out", "[view][render][trust]") {
  const auto run = load_run({});
  const sf::Image image = render_moment(*run, moment_at(100.0, std::string()));
  const Camera camera = camera_for(*run);
  const Scene scene = build_scene(*run->replay, run->layout, {100.0, "", {}});
  std::size_t checked = 0;
  for (const SceneNode& node : scene.nodes) {
    const Point c = camera.to_screen(node.at);
    // Inside the mark, clear of any badge or item drawn over it.
    bool covered = false;
    for (const SceneBadge& b : scene.badges) covered |= distance(camera.to_screen(b.at), c) < 30;
    for (const SceneItem& i : scene.items) covered |= distance(camera.to_screen(i.at), c) < 20;
    if (covered || node.vacant) continue;
    const sf::Color p = pixel_at(image, {c.x + node.radius * camera.scale() * 0.3F, c.y});
    INFO(run->replay->arrangement().agent(node.agent).name << ": " << int(p.r) << "," << int(p.g) << ","
                                                           << int(p.b));
    CHECK((p.r >= 245 && p.g >= 245 && p.b >= 245));
    ++checked;
  }
  CHECK(checked > 10);
}

TEST_CASE("a quick click on an agent selects it, with no hover and no frame between",
          "[view][render][trust]") {
  OffscreenView view;
  auto [run, target, gui, session] = view.parts();
  session.draw_frame(target, gui, 1.0F / 60, 0.0F);
  const AgentVertex cswo = *run.replay->arrangement().find("cswo");
  const Point at = session.camera().to_screen(run.layout.position[cswo]);
  for (sf::Event::EventType type : {sf::Event::MouseButtonPressed, sf::Event::MouseButtonReleased}) {
    sf::Event e;
    e.type = type;
    e.mouseButton = {sf::Mouse::Left, static_cast<int>(at.x), static_cast<int>(at.y)};
    gui.handle(e);
    session.handle(e, gui);
  }
  CHECK(session.selected_agent == cswo);
}

TEST_CASE("Escape closes an open drop-down, and neither quits nor clears the selection",
          "[view][render][trust]") {
  OffscreenView view;
  auto [run, target, gui, session] = view.parts();
  const AgentVertex cswo = *run.replay->arrangement().find("cswo");
  session.selected_agent = cswo;
  // A drop-down opened in the panels' frame, as a click on the subject menu would.
  bool open_it = true;
  session.overlay = [&](const Scene&) {
    if (open_it) ImGui::OpenPopup("drop-down");
    open_it = false;
    if (ImGui::BeginPopup("drop-down")) {
      ImGui::TextUnformatted("a choice");
      ImGui::EndPopup();
    }
  };
  auto open = [&] {
    return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  };
  session.draw_frame(target, gui, 1.0F / 60, 0.0F);
  session.draw_frame(target, gui, 1.0F / 60, 0.0F);
  REQUIRE(open());
  sf::Event escape;
  escape.type = sf::Event::KeyPressed;
  escape.key = {sf::Keyboard::Escape, false, false, false, false};
  gui.handle(escape);
  session.handle(escape, gui);
  session.draw_frame(target, gui, 1.0F / 60, 0.0F);
  CHECK_FALSE(open());
  CHECK_FALSE(session.quit_requested);
  CHECK(session.selected_agent == cswo);
  // With nothing open, Escape clears the selection as before.
  escape.type = sf::Event::KeyReleased;
  gui.handle(escape);
  escape.type = sf::Event::KeyPressed;
  gui.handle(escape);
  session.handle(escape, gui);
  CHECK_FALSE(session.selected_agent);
  CHECK_FALSE(session.quit_requested);
  session.overlay = nullptr;
}

TEST_CASE("resizing the window refits the whole network to the new stage", "[view][render][trust]") {
  OffscreenView view;
  auto [run, target, gui, session] = view.parts();
  const Box bounds = run.layout.bounds;
  for (sf::Vector2u size : {sf::Vector2u{1920, 1080}, sf::Vector2u{800, 500}}) {
    sf::Event resized;
    resized.type = sf::Event::Resized;
    resized.size = {size.x, size.y};
    gui.handle(resized);
    session.handle(resized, gui);
    Camera fitted;
    fitted.set_stage(session.stage());
    fitted.fit(bounds);
    INFO(size.x << "x" << size.y);
    CHECK(session.camera().scale() == Approx(fitted.scale()));
    const Box seen = session.camera().visible_world();
    CHECK(seen.contains({bounds.left, bounds.top}));
    CHECK(seen.contains({bounds.right(), bounds.bottom()}));
  }
}

TEST_CASE("the window opens fully on screen, decorations included, on a small desktop too",
          "[view][render][trust]") {
  for (sf::Vector2u desktop : {sf::Vector2u{1366, 768}, sf::Vector2u{1280, 720}, sf::Vector2u{1920, 1080}}) {
    const WindowPlace place = window_place({1600, 900}, desktop);
    INFO(desktop.x << "x" << desktop.y);
    CHECK(place.at.x >= 0);
    CHECK(place.at.y >= 0);
    // The drawable area, its title bar above it and borders round it, inside the desktop.
    CHECK(place.at.x + static_cast<int>(place.size.x) + 8 <= static_cast<int>(desktop.x));
    CHECK(place.at.y + static_cast<int>(place.size.y) + 40 <= static_cast<int>(desktop.y));
  }
  // Where it fits, the size asked for.
  CHECK(window_place({1600, 900}, {2560, 1440}).size == sf::Vector2u{1600, 900});
}
