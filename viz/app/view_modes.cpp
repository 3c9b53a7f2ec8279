#include "app/view_modes.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/Window/Context.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "app/imgui_sfml.hpp"
#include "app/sfml_messages.hpp"
#include "app/view_session.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "render/fonts.hpp"

// Last: Xlib defines macros (None, Status, Bool) that other headers would trip over.
#include <X11/Xlib.h>

namespace govsim::view {
namespace {

// Large type for the back of the room (issue 6); ImGui's default is 13 px.
constexpr float panel_font_size = 19.0F;

void apply(ViewSession& session, const Moment& moment) {
  if (moment.subject) session.subject = *moment.subject;
  session.as = moment.as;
  session.colour_by = moment.colour_by;
  session.selected_agent = moment.selected_agent
                               ? moment.selected_agent
                               : (moment.as ? std::optional(moment.as->viewer) : std::nullopt);
  session.playback().scrub(moment.day);
  session.set_window_size(moment.size, true);
}

}  // namespace

sf::Vector2u parse_window_size(const std::string& text, const std::string& option) {
  static const std::regex pattern("([0-9]{3,4})x([0-9]{3,4})");
  std::smatch m;
  if (std::regex_match(text, m, pattern)) {
    const unsigned w = static_cast<unsigned>(std::stoul(m[1])), h = static_cast<unsigned>(std::stoul(m[2]));
    if (w >= 640 && h >= 400 && w <= 7680 && h <= 4320) return {w, h};
  }
  throw InputError({option},
                   "'" + printable(text) +
                       "' is not a window size: give WIDTHxHEIGHT, e.g. 1280x720 (640x400 to 7680x4320)");
}

void require_display() {
  route_sfml_messages_to_log();
  const char* display = std::getenv("DISPLAY");
  if (display == nullptr || *display == '\0')
    throw std::runtime_error(
        "the view needs an X display and none is set (DISPLAY is empty): run it on a desktop, or headless as "
        "`xvfb-run -a govsim view ...`");
  // SFML aborts the process if the display will not open, and an X server
  // refuses connections for a moment while it resets after its last client
  // leaves (Xvfb's default). So open it here first, with a few tries, and keep
  // that connection, and one GL context, for the life of the process: the
  // server never resets under us, and SFML never reopens the display.
  static ::Display* connection = nullptr;
  if (connection != nullptr) return;
  for (int attempt = 0; attempt < 20 && connection == nullptr; ++attempt) {
    connection = XOpenDisplay(nullptr);
    if (connection == nullptr) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (connection == nullptr)
    throw std::runtime_error(std::string("cannot open the X display '") + display +
                             "': check that it is running and that you may use it (xauth), or run headless "
                             "as `xvfb-run -a govsim view ...`");
  new sf::Context();  // never freed: it must outlive every view, to the end of the process
}

void run_window(const LoadedRun& run, const Moment& start) {
  require_display();
  const auto fonts = load_view_fonts();
  // Fully on screen, title bar and borders included, on whatever desktop the room has.
  const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
  const WindowPlace place = window_place(start.size, {desktop.width, desktop.height});
  sf::RenderWindow window(
      sf::VideoMode(place.size.x, place.size.y),
      "govsim — " + run.replay->report().scenario + " on " + run.replay->report().arrangement);
  window.setPosition(place.at);
  window.setVerticalSyncEnabled(true);
  window.setFramerateLimit(60);
  ImGuiSfml gui(fonts->regular_path, panel_font_size);
  ViewSession session(run, *fonts);
  apply(session, start);
  session.set_window_size(window.getSize(), true);
  sf::Clock clock;
  float elapsed = 0.0F;
  while (window.isOpen() && !session.quit_requested) {
    sf::Event event;
    while (window.pollEvent(event)) {
      gui.handle(event);
      session.handle(event, gui);
    }
    const float seconds = clock.restart().asSeconds();
    elapsed += seconds;
    session.playback().advance(seconds);
    session.draw_frame(window, gui, seconds, 0.5F + 0.5F * std::sin(elapsed * 4.0F));
    window.display();
  }
  window.close();
}

sf::Image render_moment(const LoadedRun& run, const Moment& moment) {
  require_display();
  const auto fonts = load_view_fonts();
  sf::RenderTexture target;
  if (!target.create(moment.size.x, moment.size.y))
    throw std::runtime_error("could not create an off-screen image of that size: try a smaller --size");
  target.setActive(true);
  ImGuiSfml gui(fonts->regular_path, panel_font_size);
  ViewSession session(run, *fonts);
  apply(session, moment);
  // ImGui sizes some widgets from the previous frame; the second frame is the settled one.
  for (int frame = 0; frame < 2; ++frame) {
    session.draw_frame(target, gui, 1.0F / 60.0F, 1.0F);
    target.display();
  }
  sf::Image image = target.getTexture().copyToImage();
  target.setActive(true);
  return image;
}

void write_screenshot(const LoadedRun& run, const Moment& moment, const std::string& path) {
  const sf::Image image = render_moment(run, moment);
  // SFML 2.5 encodes only to a file named .png: write_output_through_file gives
  // it one, then renames it over the target (or copies it through a FIFO).
  write_output_through_file(path, ".png", [&](const std::filesystem::path& partial) {
    if (!image.saveToFile(partial.string()))
      throw InputError({path}, "cannot write the screenshot here: check the folder exists and is writable");
  });
}

FrameTimes bench_frames(const LoadedRun& run, std::size_t frames, sf::Vector2u size) {
  require_display();
  const auto fonts = load_view_fonts();
  sf::RenderWindow window(sf::VideoMode(size.x, size.y), "govsim — frame benchmark");
  ImGuiSfml gui(fonts->regular_path, panel_font_size);
  ViewSession session(run, *fonts);
  session.set_window_size(window.getSize(), true);
  // Animate as a room would see it: playing at 10 days a second, hops pulsing.
  session.playback().set_speed(10.0);
  session.playback().play();
  const std::size_t warm_up = 3;
  std::vector<double> times;
  times.reserve(frames);
  FrameTimes result;
  sf::Clock clock;
  for (std::size_t frame = 0; frame < frames + warm_up; ++frame) {
    sf::Event event;
    while (window.pollEvent(event)) gui.handle(event);
    clock.restart();
    if (!session.playback().playing()) {
      session.playback().scrub(0);
      session.playback().play();
    }
    session.playback().advance(1.0 / 60.0);
    const DrawStats stats = session.draw_frame(window, gui, 1.0F / 60.0F,
                                               0.5F + 0.5F * std::sin(static_cast<float>(frame) * 0.2F));
    window.display();
    glFinish();  // software GL draws lazily: count the drawing, not just the queueing
    if (frame >= warm_up) times.push_back(clock.getElapsedTime().asSeconds() * 1000.0);
    result.labels = stats.labels;
  }
  window.close();
  std::sort(times.begin(), times.end());
  result.frames = times.size();
  result.agents = boost::num_vertices(run.replay->arrangement().network);
  if (!times.empty()) {
    result.median_ms = times[times.size() / 2];
    result.p95_ms = times[std::min(
        times.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(times.size()))) - 1)];
  }
  return result;
}

}  // namespace govsim::view
