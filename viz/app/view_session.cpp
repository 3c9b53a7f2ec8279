#include "app/view_session.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "app/panels.hpp"
#include "render/theme.hpp"

namespace govsim::view {

ViewSession::ViewSession(const LoadedRun& run, const Fonts& fonts)
    : run_(run), router_(*run.replay, run.layout), renderer_(fonts), playback_(*run.replay) {
  subject = default_subject(*run.replay);
  set_window_size(window_, true);
}

WindowPlace window_place(sf::Vector2u wanted, sf::Vector2u desktop) {
  // Room a window manager takes round the drawable area: a title bar above,
  // thin borders, and a panel or dock on some desktops.
  constexpr unsigned decoration_width = 16, decoration_height = 80, title_bar = 40;
  const unsigned room_w = desktop.x > decoration_width + 640 ? desktop.x - decoration_width : 640;
  const unsigned room_h = desktop.y > decoration_height + 400 ? desktop.y - decoration_height : 400;
  WindowPlace place;
  place.size = {std::min(wanted.x, room_w), std::min(wanted.y, room_h)};
  place.at = {static_cast<int>((desktop.x - std::min(desktop.x, place.size.x)) / 2),
              static_cast<int>(std::min(title_bar, (desktop.y - std::min(desktop.y, place.size.y)) / 2))};
  return place;
}

Box ViewSession::stage_for(sf::Vector2u window) {
  const float w = static_cast<float>(window.x), h = static_cast<float>(window.y);
  return {0, 0, std::max(100.0F, w - panel_width), std::max(100.0F, h - bar_height)};
}

Box ViewSession::stage() const {
  const float w = static_cast<float>(window_.x), h = static_cast<float>(window_.y);
  return {0, reserved_top, std::max(100.0F, w - side_panel_width() - reserved_right),
          std::max(100.0F, h - bottom_bar_height() - reserved_top - reserved_bottom)};
}

void ViewSession::set_window_size(sf::Vector2u size, bool refit) {
  window_ = size;
  camera_.set_stage(stage());
  if (refit) camera_.fit(run_.layout.bounds);
}

Scene ViewSession::scene() const {
  SceneRequest request{playback_.day(), subject, as, colour_by};
  request.scale = camera_.scale();
  request.label_floor_px = renderer_.label_floor_px;
  request.router = &router_;
  return build_scene(*run_.replay, run_.layout, request);
}

DrawStats ViewSession::draw_frame(sf::RenderTarget& target, ImGuiSfml& gui, float seconds, float pulse) {
  const Scene now = scene();
  update_hover(mouse_, now);
  target.setView(sf::View(
      sf::FloatRect(0, 0, static_cast<float>(target.getSize().x), static_cast<float>(target.getSize().y))));
  target.clear(theme::background);
  const DrawStats stats = renderer_.draw(target, arrangement(), layout(), now, camera_, pulse, hovered_gap,
                                         hovered_agent ? hovered_agent : selected_agent);
  gui.new_frame(target.getSize(), seconds);
  // Escape with a drop-down or popup open: close them all, whoever opened them.
  if (close_popups) ImGui::ClosePopupsOverWindow(nullptr, false);
  draw_panels(*this, now, target.getSize());
  close_popups = false;  // the panels have closed any drop-down open
  if (overlay) overlay(now);
  gui.render(target);
  return stats;
}

void ViewSession::update_hover(Point mouse, const Scene& scene) {
  hovered_gap.reset();
  hovered_agent.reset();
  hovered_area.reset();
  if (!camera_.stage().contains(mouse)) return;
  for (const SceneBadge& badge : scene.badges)
    if (distance(camera_.to_screen(badge.at), mouse) <= SceneRenderer::badge_size * 0.7F) {
      hovered_gap = badge.gap;
      return;
    }
  for (const SceneNode& node : scene.nodes)
    if (distance(camera_.to_screen(node.at), mouse) <= std::max(6.0F, node.radius * camera_.scale() + 3)) {
      hovered_agent = node.agent;
      return;
    }
  if (!scene.areas.empty()) hovered_area = area_at(run_.layout, camera_.to_world(mouse));
}

void ViewSession::zoom_to_area(std::size_t block) {
  if (block < run_.layout.areas.size()) camera_.fit(area_extent(run_.layout.areas[block]));
}

std::optional<std::size_t> ViewSession::zoom_to_area_at(Point screen) {
  if (!camera_.stage().contains(screen)) return std::nullopt;
  const auto block = area_at(run_.layout, camera_.to_world(screen));
  if (!block) return std::nullopt;
  Camera fitted = camera_;
  fitted.fit(area_extent(run_.layout.areas[*block]));
  // Zoomed in on it already (or closer): a click on its empty space does nothing.
  if (camera_.scale() >= 0.9F * fitted.scale()) return std::nullopt;
  camera_ = fitted;
  return block;
}

void ViewSession::cycle_subject(int step) {
  const auto& subjects = run_.replay->subjects();
  if (subjects.empty()) return;
  auto at = std::find(subjects.begin(), subjects.end(), subject);
  const auto n = static_cast<long>(subjects.size());
  long i = at == subjects.end() ? (step > 0 ? -1 : 0) : at - subjects.begin();
  i = ((i + step) % n + n) % n;
  subject = subjects[static_cast<std::size_t>(i)];
}

void ViewSession::handle(const sf::Event& event, const ImGuiSfml& gui) {
  switch (event.type) {
    case sf::Event::Closed:
      quit_requested = true;
      break;
    case sf::Event::Resized:
      // The whole network on the new stage: a projector's resolution often
      // differs from the laptop's, and half a network off screen misleads.
      set_window_size({event.size.width, event.size.height}, true);
      break;
    case sf::Event::MouseMoved: {
      const Point now{static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)};
      if (drag_from_) {
        camera_.pan(now.x - drag_from_->x, now.y - drag_from_->y);
        drag_from_ = now;
      }
      mouse_ = now;
      break;
    }
    case sf::Event::MouseWheelScrolled:
      if (!gui.wants_mouse())
        camera_.zoom_at(
            {static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y)},
            event.mouseWheelScroll.delta > 0 ? 1.15F : 1 / 1.15F);
      break;
    case sf::Event::MouseButtonPressed:
      if (gui.wants_mouse()) break;
      // What is under the press itself, not under the mouse at the last frame:
      // a quick click (or a clicker that moves and presses at once) still selects.
      mouse_ = {static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)};
      update_hover(mouse_, scene());
      if (event.mouseButton.button == sf::Mouse::Left && (hovered_gap || hovered_agent)) {
        selected_gap = hovered_gap;
        selected_agent = hovered_gap ? std::nullopt : hovered_agent;
      } else {
        drag_from_ = Point{static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)};
        if (event.mouseButton.button == sf::Mouse::Left) pressed_at_ = drag_from_;
      }
      break;
    case sf::Event::MouseButtonReleased: {
      // A left click on a council, not a drag: zoom to it (the national picture).
      const Point at{static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)};
      if (pressed_at_ && event.mouseButton.button == sf::Mouse::Left && distance(*pressed_at_, at) < 5.0F)
        zoom_to_area_at(at);
      pressed_at_.reset();
      drag_from_.reset();
      break;
    }
    case sf::Event::KeyPressed: {
      // Escape closes an open drop-down first, and does nothing else then.
      if (event.key.code == sf::Keyboard::Escape &&
          ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        close_popups = true;
        break;
      }
      if (gui.wants_keyboard()) break;
      const bool shift = event.key.shift;
      switch (event.key.code) {
        case sf::Keyboard::Space:
          playback_.toggle();
          break;
        case sf::Keyboard::Right:
          shift ? playback_.scrub(playback_.day() + 1) : playback_.step_forward();
          break;
        case sf::Keyboard::Left:
          shift ? playback_.scrub(playback_.day() - 1) : playback_.step_back();
          break;
        case sf::Keyboard::PageDown:
          playback_.scrub(playback_.day() + 7);
          break;
        case sf::Keyboard::PageUp:
          playback_.scrub(playback_.day() - 7);
          break;
        case sf::Keyboard::Home:
          playback_.scrub(0);
          break;
        case sf::Keyboard::End:
          playback_.scrub(replay().end_day());
          break;
        case sf::Keyboard::RBracket:
          playback_.set_speed(playback_.days_per_second() * 2);
          break;
        case sf::Keyboard::LBracket:
          playback_.set_speed(playback_.days_per_second() / 2);
          break;
        case sf::Keyboard::Tab:
          cycle_subject(shift ? -1 : 1);
          break;
        case sf::Keyboard::F:
        case sf::Keyboard::Backspace:  // "the whole country" in the national picture
          show_whole_country();
          break;
        case sf::Keyboard::Equal:
        case sf::Keyboard::Add:
          camera_.zoom_at(camera_.stage().centre(), 1.25F);
          break;
        case sf::Keyboard::Hyphen:
        case sf::Keyboard::Subtract:
          camera_.zoom_at(camera_.stage().centre(), 0.8F);
          break;
        case sf::Keyboard::Escape:
          selected_agent.reset();
          selected_gap.reset();
          as.reset();
          break;
        case sf::Keyboard::Q:
          quit_requested = true;
          break;
        default:
          break;
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace govsim::view
