// Training mode in a real X server (the suite runs under xvfb-run): the
// projected session driven as a facilitator drives it, by SFML events.
#include <catch2/catch.hpp>

#include <SFML/Graphics/RenderTexture.hpp>
#include <set>

#include "app/imgui_sfml.hpp"
#include "app/training_view.hpp"
#include "app/view_modes.hpp"
#include "render/fonts.hpp"
#include "training/room_decisions.hpp"
#include "training/training_session.hpp"

using namespace govsim;
using namespace govsim::view;

namespace {

SessionRecord discharge_session() {
  SessionRecord record;
  record.scenario = "expedited-discharge";
  record.seed = 1;
  return record;
}

sf::Event key(sf::Keyboard::Key code) {
  sf::Event event;
  event.type = sf::Event::KeyPressed;
  event.key = {code, false, false, false, false};
  return event;
}

// A training view drawing off screen, frame by frame, with its own ImGui.
class OffscreenTraining {
 public:
  explicit OffscreenTraining(sf::Vector2u size = {1280, 720})
      : session_(discharge_session()), fonts_(load_view_fonts()), size_(size) {
    require_display();
    REQUIRE(target_.create(size.x, size.y));
    target_.setActive(true);
    gui_.emplace(fonts_->regular_path, 19.0F * TrainingView::type_scale(size, 1.0F));
    view_.emplace(session_, *fonts_, Presentation{});
    view_->set_window_size(size);
  }
  TrainingView& view() { return *view_; }
  TrainingSession& session() { return session_; }
  void press(sf::Keyboard::Key code) {
    const sf::Event event = key(code);
    gui_->handle(event);
    view_->handle(event, *gui_);
  }
  void mouse(sf::Event::EventType type, sf::Vector2f at) {
    sf::Event event;
    event.type = type;
    if (type == sf::Event::MouseMoved) {
      event.mouseMove = {static_cast<int>(at.x), static_cast<int>(at.y)};
    } else {
      event.mouseButton = {sf::Mouse::Left, static_cast<int>(at.x), static_cast<int>(at.y)};
    }
    gui_->handle(event);
    view_->handle(event, *gui_);
  }
  // A click as a hand makes it: move, press, a frame, release, a frame.
  void click(sf::Vector2f at) {
    mouse(sf::Event::MouseMoved, at);
    mouse(sf::Event::MouseButtonPressed, at);
    frame();
    mouse(sf::Event::MouseButtonReleased, at);
    frame();
  }
  sf::Image frame() {
    for (int i = 0; i < 2; ++i) {
      view_->draw_frame(target_, *gui_, 1.0F / 60.0F, 1.0F);
      target_.display();
    }
    return target_.getTexture().copyToImage();
  }

 private:
  TrainingSession session_;
  std::unique_ptr<Fonts> fonts_;
  sf::Vector2u size_;
  sf::RenderTexture target_;
  std::optional<ImGuiSfml> gui_;
  std::optional<TrainingView> view_;
};

std::size_t differing_pixels(const sf::Image& a, const sf::Image& b, unsigned from_x = 0,
                             unsigned to_x = 100000) {
  std::size_t differ = 0;
  for (unsigned y = 0; y < a.getSize().y; ++y)
    for (unsigned x = from_x; x < std::min(to_x, a.getSize().x); ++x)
      differ += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
  return differ;
}

EventLog headless(const PreparedRun& prepared, std::vector<RoomChoice> choices) {
  RoomDecisions room(prepared.model->scenario(), std::move(choices));
  EventLog log;
  RunOptions options;
  options.decisions = &room;
  prepared.model->run(options, log);
  return log;
}

}  // namespace

TEST_CASE("a training session plays to the decision day and pauses there with the question up",
          "[view][training]") {
  OffscreenTraining room;
  TrainingView& view = room.view();
  CHECK(view.stage() == TrainingView::Stage::watching);
  const sf::Image before = room.frame();
  // Two simulated days a second: a minute of real time is past any decision.
  for (int i = 0; i < 60; ++i) view.update(1.0);
  REQUIRE(view.stage() == TrainingView::Stage::asking);
  REQUIRE(room.session().pending());
  CHECK(view.view().playback().day() == Approx(room.session().pending()->day));
  CHECK(!view.view().playback().playing());
  // Space does not play past the question; the card stays up.
  room.press(sf::Keyboard::Space);
  view.update(5.0);
  CHECK(view.stage() == TrainingView::Stage::asking);
  CHECK(view.view().playback().day() == Approx(room.session().pending()->day));
  (void)before;
}

TEST_CASE("pressing 2 at the card continues from option 2, logging what `govsim run --choose` logs",
          "[view][training]") {
  OffscreenTraining room;
  room.view().skip_to_decision();
  REQUIRE(room.view().stage() == TrainingView::Stage::asking);
  const double decided = room.session().pending()->day;
  room.press(sf::Keyboard::Num2);
  REQUIRE(room.view().stage() == TrainingView::Stage::what_if);
  REQUIRE(room.session().record().choices.size() == 1);
  CHECK(room.session().record().choices[0].choice.option == "adopt_with_safeguards");
  const EventLog expected = headless(room.session().prepared(), {{"adopt-target", "adopt_with_safeguards"}});
  CHECK(room.session().run().log.fingerprint() == expected.fingerprint());
  // The view shows the new run from the moment of the decision, and plays on after Space.
  CHECK(room.view().view().playback().day() == Approx(decided));
  CHECK(room.view().view().replay().log().fingerprint() == expected.fingerprint());
  room.press(sf::Keyboard::Space);
  CHECK(room.view().stage() == TrainingView::Stage::watching);
  for (int i = 0; i < 200; ++i) room.view().update(1.0);
  CHECK(room.view().stage() == TrainingView::Stage::ended);
}

TEST_CASE("clicking the third option on the card is the room's answer, as pressing 3 is",
          "[view][training]") {
  OffscreenTraining room;
  room.view().skip_to_decision();
  REQUIRE(room.view().stage() == TrainingView::Stage::asking);
  room.frame();
  const auto third = room.view().option_area(2);
  REQUIRE(third);
  room.click({third->left + third->width / 2, third->top + third->height / 2});
  REQUIRE(room.view().stage() == TrainingView::Stage::what_if);
  REQUIRE(room.session().record().choices.size() == 1);
  const DecisionPoint& point = room.session().scenario().decision_points[0];
  CHECK(room.session().record().choices[0].choice.option == point.options[2].id);
}

TEST_CASE("the countdown runs down at the card and then waits for the facilitator, never choosing",
          "[view][training]") {
  TrainingSession session(discharge_session());
  const auto fonts = load_view_fonts();
  Presentation presentation;
  presentation.countdown = 30.0;
  TrainingView view(session, *fonts, presentation);
  view.skip_to_decision();
  REQUIRE(view.stage() == TrainingView::Stage::asking);
  REQUIRE(view.countdown_left());
  CHECK(*view.countdown_left() == Approx(30.0));
  view.update(10.0);
  CHECK(*view.countdown_left() == Approx(20.0));
  view.update(60.0);
  CHECK(*view.countdown_left() == Approx(0.0));
  CHECK(view.stage() == TrainingView::Stage::asking);
  CHECK(session.record().choices.empty());
}

TEST_CASE("the what-if comparison holds every branch, and side by side draws both runs", "[view][training]") {
  OffscreenTraining room({1920, 1080});
  room.view().skip_to_decision();
  room.press(sf::Keyboard::Num1);  // adopt the target as proposed
  const auto& branches = room.view().branches();
  REQUIRE(branches.size() == 3);
  REQUIRE(room.view().contrast());
  const Branch& other = branches[*room.view().contrast()];
  CHECK(!other.room);
  CHECK(other.good_practice);                  // the scenario's good_practice option
  CHECK(branches[0].harm > branches[2].harm);  // declining would have harmed fewer
  const sf::Image table = room.frame();
  room.press(sf::Keyboard::S);
  CHECK(room.view().side_by_side);
  const sf::Image both = room.frame();
  // Both halves are drawn, and differ from the table view.
  CHECK(differing_pixels(table, both, 0, 960) > 5000);
  CHECK(differing_pixels(table, both, 960) > 5000);
}

TEST_CASE("the prompt card is drawn over the network at the decision", "[view][training]") {
  OffscreenTraining room;
  for (int i = 0; i < 3; ++i) room.view().update(0.5);
  const sf::Image watching = room.frame();
  room.view().skip_to_decision();
  const sf::Image asking = room.frame();
  CHECK(differing_pixels(watching, asking) > 20000);
}

TEST_CASE("on a 1920x1080 projector agent labels are no smaller than the panel text", "[view][training]") {
  OffscreenTraining room({1920, 1080});
  const float panel_px = 19.0F * TrainingView::type_scale({1920, 1080}, 1.0F);
  CHECK(room.view().view().renderer().label_floor_px >= panel_px);
  // Type grows with the screen beyond 1080 lines, and never shrinks below the view's.
  CHECK(TrainingView::type_scale({3840, 2160}, 1.0F) == Approx(2.0F));
  CHECK(TrainingView::type_scale({1280, 720}, 1.0F) == Approx(1.0F));
  CHECK(TrainingView::type_scale({1280, 720}, 1.5F) == Approx(1.5F));
}
