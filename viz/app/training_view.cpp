#include "app/training_view.hpp"

#include <imgui.h>

#include <spdlog/spdlog.h>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/plain_words.hpp"
#include "app/panels.hpp"
#include "app/view_modes.hpp"
#include "render/theme.hpp"
#include "scene/room_count.hpp"
#include "training/handout.hpp"

namespace govsim::view {
namespace {

constexpr float base_type_px = 19.0F;  // the view's panel type (view_modes.cpp)
constexpr ImGuiWindowFlags card_flags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", std::round(x * 10.0) / 10.0);
  return text;
}

std::string days(double d) { return number(d) + (d == 1.0 ? " day" : " days"); }

// "12 fewer people harmed", "3 more people harmed": a difference a room cannot miss.
std::string harm_difference(double other, double room) {
  const double d = other - room;
  if (std::abs(d) < 0.5) return "about as many people harmed";
  const double n = std::abs(std::round(d));
  return number(n) + (d < 0 ? " fewer " : " more ") + (n == 1 ? "person" : "people") + " harmed";
}

std::string knew_words(const Branch& b) {
  if (!b.council_knew_day) return b.harm > 0 ? "the council never knew" : "no harm to know of";
  if (b.days_harm_to_council)
    return "the council knew " + days(*b.days_harm_to_council) + " after the first harm";
  return "the council knew on day " + number(*b.council_knew_day);
}

std::string knew_difference(const Branch& other, const Branch& room) {
  if (!other.days_harm_to_council || !room.days_harm_to_council) return knew_words(other);
  const double d = *other.days_harm_to_council - *room.days_harm_to_council;
  if (std::abs(d) < 0.5) return "the council knew about as soon";
  return "the council knew " + days(std::abs(std::round(d * 10) / 10)) + (d < 0 ? " sooner" : " later");
}

void big_text(const std::string& text, float times) {
  ImGui::SetWindowFontScale(times);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::SetWindowFontScale(1.0F);
}

}  // namespace

float TrainingView::type_scale(sf::Vector2u window, float text_scale) {
  return std::max(1.0F, static_cast<float>(window.y) / 1080.0F) * text_scale;
}

TrainingView::TrainingView(TrainingSession& session, const Fonts& fonts, Presentation presentation)
    : session_(session), fonts_(fonts), presentation_(std::move(presentation)) {
  const std::string& notes = session_.record().notes;
  notes_.assign(notes.begin(), notes.end());
  notes_.resize(notes.size() + 4096, '\0');
  // A session reopened after choices starts where the room last chose.
  const auto& choices = session_.record().choices;
  show_current_run(choices.empty() ? 0.0 : choices.back().day);
  if (!session_.pending() && view_->playback().day() >= view_->replay().end_day()) stage_ = Stage::ended;
}

void TrainingView::show_current_run(double day) {
  const auto& pending = session_.pending();
  const double end = pending ? pending->day : session_.run().days;
  std::optional<Camera> camera;
  if (view_) camera = view_->camera();
  view_.reset();
  shown_ = show_log(session_.prepared(), session_.shown_log(), end);
  view_ = std::make_unique<ViewSession>(*shown_, fonts_);
  view_->side_panel_shown = false;  // the network uses the full width until the trainer asks for the panel
  // The timeline's marks depend on the run shown, not the moment: read once
  // here, not every frame.
  std::vector<std::pair<double, std::string>> decisions;
  for (const DecisionMet& met : session_.run().met) {
    if (pending && met.records_before > pending->records_before) continue;
    decisions.emplace_back(met.day, session_.scenario().decision_points[met.point].question);
  }
  marks_ = timeline_marks(view_->replay(), decisions);
  view_->overlay = [this](const Scene& scene) {
    draw_counts(scene);
    draw_timeline(scene);
    if (stage_ == Stage::asking) draw_prompt_card();
    if (stage_ == Stage::what_if) draw_what_if_card();
    if (stage_ == Stage::ended) draw_end_card();
    // Last, so on the trainer's own screen it is above the card it explains.
    if (facilitator_shown) draw_facilitator_panel();
  };
  set_window_size(window_);
  if (camera) view_->camera() = *camera;
  view_->playback().set_speed(presentation_.days_per_second);
  view_->playback().scrub(day);
}

void TrainingView::set_window_size(sf::Vector2u size) {
  window_ = size;
  scale_ = type_scale(size, presentation_.text_scale);
  for (ViewSession* v : {view_.get(), contrast_view_.get()}) {
    if (!v) continue;
    v->ui_scale = scale_;
    v->renderer().label_floor_px = base_type_px * scale_;
    v->reserved_right = count_width();
    v->reserved_bottom = timeline_height();
    v->set_window_size(size, true);
  }
}

void TrainingView::update(double seconds) {
  if (stage_ == Stage::asking && countdown_left_)
    *countdown_left_ = std::max(0.0, *countdown_left_ - seconds);
  if (stage_ != Stage::watching) return;
  Playback& playback = view_->playback();
  if (!playback.playing() && playback.day() < view_->replay().end_day()) playback.play();
  playback.advance(seconds);
  if (playback.day() < view_->replay().end_day()) return;
  if (session_.pending()) {
    stage_ = Stage::asking;
    countdown_left_ = presentation_.countdown;
  } else {
    finish();
  }
}

void TrainingView::skip_to_decision() {
  if (stage_ != Stage::watching) return;
  view_->playback().scrub(view_->replay().end_day());
  update(0.0);
}

void TrainingView::choose(int option) {
  if (stage_ != Stage::asking || !session_.pending()) return;
  const DecisionPoint& point = session_.scenario().decision_points[session_.pending()->point];
  if (option < 0 || static_cast<std::size_t>(option) >= point.options.size()) return;
  const double day = session_.pending()->day;
  session_.choose(option);
  option_areas_.clear();
  save_record();
  branches_ = what_if(session_, session_.record().choices.size() - 1);
  contrast_ = contrast_branch(branches_);
  const Branch& other = branches_[*contrast_];
  contrast_view_.reset();
  contrast_run_ = show_log(session_.prepared(), other.run.log, other.run.days);
  contrast_view_ = std::make_unique<ViewSession>(*contrast_run_, fonts_);
  contrast_view_->side_panel_shown = false;
  show_current_run(day);
  stage_ = Stage::what_if;
}

std::optional<sf::FloatRect> TrainingView::option_area(int option) const {
  if (stage_ != Stage::asking || option < 0 || static_cast<std::size_t>(option) >= option_areas_.size())
    return std::nullopt;
  return option_areas_[static_cast<std::size_t>(option)];
}

void TrainingView::carry_on() {
  if (stage_ != Stage::what_if) return;
  stage_ = Stage::watching;
  side_by_side = false;
  set_window_size(window_);
}

void TrainingView::save_record() {
  session_.record().notes = std::string(notes_.data());
  if (presentation_.session_path.empty()) return;
  try {
    write_session_record(session_.record(), presentation_.session_path);
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());  // the room goes on; the trainer is told in the terminal
  }
}

void TrainingView::finish() {
  stage_ = Stage::ended;
  if (written_) return;
  written_ = true;
  save_record();
  if (presentation_.handout_path.empty()) return;
  try {
    write_handout(session_, presentation_.handout_path);
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
  }
}

void TrainingView::handle(const sf::Event& event, const ImGuiSfml& gui) {
  if (event.type == sf::Event::Resized) {
    set_window_size({event.size.width, event.size.height});
    return;
  }
  if (event.type == sf::Event::KeyPressed && !gui.wants_keyboard()) {
    const auto key = event.key.code;
    if (stage_ == Stage::asking && key >= sf::Keyboard::Num1 && key <= sf::Keyboard::Num9) {
      choose(static_cast<int>(key - sf::Keyboard::Num1));
      return;
    }
    if (stage_ == Stage::asking && key >= sf::Keyboard::Numpad1 && key <= sf::Keyboard::Numpad9) {
      choose(static_cast<int>(key - sf::Keyboard::Numpad1));
      return;
    }
    switch (key) {
      case sf::Keyboard::N:
        facilitator_shown = !facilitator_shown;
        return;
      case sf::Keyboard::P:
        view_->side_panel_shown = !view_->side_panel_shown;
        set_window_size(window_);
        return;
      case sf::Keyboard::S:
        if (stage_ == Stage::what_if) side_by_side = !side_by_side;
        set_window_size(window_);
        return;
      case sf::Keyboard::Space:
      case sf::Keyboard::Enter:
        if (stage_ == Stage::what_if) {
          carry_on();
          return;
        }
        if (stage_ != Stage::watching) return;  // the card waits for the room's answer
        break;
      default:
        break;
    }
  }
  if (event.type == sf::Event::Closed) {
    save_record();
    view_->quit_requested = true;
    return;
  }
  // Between decisions the view's own keys work (step back, zoom, select); at
  // the card only looking around, so the room cannot play past its question.
  if (stage_ == Stage::asking && event.type == sf::Event::KeyPressed) {
    const auto key = event.key.code;
    if (key == sf::Keyboard::Space || key == sf::Keyboard::Right || key == sf::Keyboard::End ||
        key == sf::Keyboard::PageDown)
      return;
  }
  view_->handle(event, gui);
}

void TrainingView::draw_frame(sf::RenderTarget& target, ImGuiSfml& gui, float seconds, float pulse) {
  if (side_by_side && stage_ == Stage::what_if && contrast_view_) {
    draw_side_by_side(target, pulse);
    gui.new_frame(target.getSize(), seconds);
    draw_panels(*view_, view_->scene(), target.getSize());
    view_->overlay(view_->scene());
    gui.render(target);
  } else {
    view_->draw_frame(target, gui, seconds, pulse);
  }
  if (clicked_) {
    const int option = *clicked_;
    clicked_.reset();
    choose(option);
  }
}

// The room's run on the left, the branch set beside it on the right, at the
// same day; each half clipped to itself.
void TrainingView::draw_side_by_side(sf::RenderTarget& target, float pulse) {
  const float w = static_cast<float>(target.getSize().x), h = static_cast<float>(target.getSize().y);
  const float half = std::floor(w / 2);
  const float bar = view_->bottom_bar_height();
  target.setView(sf::View(sf::FloatRect(0, 0, w, h)));
  target.clear(theme::background);
  contrast_view_->playback().scrub(view_->playback().day());
  const float top = count_height() + 1.35F * base_type_px * scale_;               // and each half's heading
  const float bottom = timeline_height() + 4.0F * 1.35F * base_type_px * scale_;  // the line of differences
  for (int side = 0; side < 2; ++side) {
    ViewSession& v = side == 0 ? *view_ : *contrast_view_;
    sf::View clip(sf::FloatRect(0, 0, half, h));
    clip.setViewport(sf::FloatRect(side == 0 ? 0.0F : half / w, 0.0F, half / w, 1.0F));
    target.setView(clip);
    Camera camera = v.camera();
    camera.set_stage({4, top, half - 8, h - bar - top - bottom});
    camera.fit(v.layout().bounds);
    v.renderer().label_floor_px = base_type_px * scale_ * 0.65F;  // half the width: smaller, still legible
    v.renderer().draw(target, v.arrangement(), v.layout(), v.scene(), camera, pulse);
  }
  target.setView(sf::View(sf::FloatRect(0, 0, w, h)));
}

void TrainingView::draw_counts(const Scene& scene) {
  const float w = static_cast<float>(window_.x), h = static_cast<float>(window_.y);
  const auto one = [&](const Replay& replay, const char* title, float x, float width, const char* id) {
    const RoomCount count = room_count(replay, scene.day);
    ImGui::SetNextWindowPos({x, 0});
    ImGui::SetNextWindowSize({width, title ? 0.0F : h - view_->bottom_bar_height() - timeline_height()});
    ImGui::SetNextWindowBgAlpha(0.9F);
    ImGui::Begin(id, nullptr, card_flags | (title ? ImGuiWindowFlags_AlwaysAutoResize : 0));
    if (title) ImGui::TextWrapped("%s", title);
    if (title) {
      big_text("People harmed: " + number(count.harmed), 1.8F);
    } else {
      ImGui::TextUnformatted("People harmed so far");
      big_text(number(count.harmed), 3.0F);
    }
    // One name a line in the column beside the network; run together in the
    // side-by-side headings, where the width is there and the height is not.
    const bool column = title == nullptr;
    std::string knows, not_yet;
    for (const auto& holder : count.in_authority) {
      std::string& list = holder.knew_day ? knows : not_yet;
      list += list.empty() ? holder.name : (column ? "\n" : "; ") + holder.name;
    }
    if (column) {
      ImGui::TextUnformatted("Know of it:");
      ImGui::Indent();
    }
    ImGui::TextWrapped(column ? "%s" : "Know of it: %s",
                       knows.empty() ? "nobody in authority yet" : knows.c_str());
    if (column) ImGui::Unindent();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (column) {
      ImGui::TextUnformatted("Not yet:");
      ImGui::Indent();
    }
    ImGui::TextWrapped(column ? "%s" : "Not yet: %s", not_yet.empty() ? "nobody: all know" : not_yet.c_str());
    if (column) ImGui::Unindent();
    ImGui::PopStyleColor();
    ImGui::End();
  };
  if (side_by_side && stage_ == Stage::what_if && contrast_view_ && contrast_) {
    const Branch& other = branches_[*contrast_];
    std::string left = "The room chose: ";
    for (const Branch& b : branches_)
      if (b.room) left += b.label;
    const std::string right =
        std::string(other.good_practice ? "Good practice: " : "Not taken: ") + other.label;
    one(view_->replay(), left.c_str(), 0, std::floor(w / 2) - 4, "##count-room");
    one(contrast_view_->replay(), right.c_str(), std::floor(w / 2) + 4, std::floor(w / 2) - 4,
        "##count-other");
    return;
  }
  one(view_->replay(), nullptr, w - view_->side_panel_width() - count_width(), count_width(), "##count");
}

void TrainingView::draw_timeline(const Scene& scene) {
  const std::vector<TimelineMark>& marks = marks_;
  const float w = static_cast<float>(window_.x), h = static_cast<float>(window_.y);
  const float bar = view_->bottom_bar_height();
  const float height = timeline_height();
  const float left = 20.0F * scale_, right = w - view_->side_panel_width() - 20.0F * scale_;
  const float y = h - bar - height;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const double run_days = session_.run().days;
  auto x_of = [&](double day) { return left + static_cast<float>(day / run_days) * (right - left); };
  draw->AddRectFilled({left, y + height * 0.45F}, {right, y + height * 0.55F}, IM_COL32(120, 120, 120, 200));
  draw->AddRectFilled({left, y + height * 0.40F}, {x_of(scene.day), y + height * 0.60F},
                      IM_COL32(40, 40, 40, 230));
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (const TimelineMark& m : marks) {
    // Only what has happened by now: the room should not see when the council
    // will know before it does. Decision points are on the agenda in advance.
    if (m.day > scene.day && m.kind != TimelineMark::Kind::decision) continue;
    const float x = x_of(m.day);
    ImU32 colour = IM_COL32(40, 90, 200, 255);
    const char* letter = "D";
    switch (m.kind) {
      case TimelineMark::Kind::decision:
        break;
      case TimelineMark::Kind::inject:
        colour = IM_COL32(110, 110, 110, 255);
        letter = "i";
        break;
      case TimelineMark::Kind::first_harm:
        colour = IM_COL32(200, 40, 40, 255);
        letter = "H";
        break;
      case TimelineMark::Kind::council_knew:
        colour = IM_COL32(20, 140, 60, 255);
        letter = "C";
        break;
    }
    const float r = height * 0.42F;
    draw->AddCircleFilled({x, y + height / 2}, r, colour);
    const ImVec2 size = ImGui::CalcTextSize(letter);
    draw->AddText({x - size.x / 2, y + height / 2 - size.y / 2}, IM_COL32_WHITE, letter);
    if (std::abs(mouse.x - x) <= r && std::abs(mouse.y - (y + height / 2)) <= r)
      ImGui::SetTooltip("Day %s: %s", number(m.day).c_str(), m.label.c_str());
  }
  draw->AddLine({x_of(scene.day), y}, {x_of(scene.day), y + height}, IM_COL32(0, 0, 0, 255), 2.0F * scale_);
}

void TrainingView::centre_next_card() const {
  ImGui::SetNextWindowPos({(static_cast<float>(window_.x) - view_->side_panel_width() - count_width()) / 2,
                           (static_cast<float>(window_.y) - view_->bottom_bar_height()) / 2},
                          ImGuiCond_Always, {0.5F, 0.5F});
}

void TrainingView::draw_prompt_card() {
  const DecisionMet& met = *session_.pending();
  const DecisionPoint& point = session_.scenario().decision_points[met.point];
  const PlainWords& words = view_->replay().words();
  const float w = static_cast<float>(window_.x);
  const float width = std::min(w * 0.62F, 1100.0F * scale_);
  centre_next_card();
  ImGui::SetNextWindowSize({width, 0});
  ImGui::SetNextWindowBgAlpha(1.0F);
  ImGui::Begin("##prompt", nullptr, card_flags | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextDisabled("Decision point, day %s", number(met.day).c_str());
  big_text(point.question.empty() ? words.subject(point.subject) : point.question, 1.45F);
  const std::string decider = words.agent(met.decider);
  ImGui::TextWrapped("%s decides. What it knows now:", decider.c_str());
  ImGui::Indent();
  if (met.adviser.empty()) {
    ImGui::BulletText("Nobody was asked for professional advice.");
  } else if (!met.advice_received) {
    ImGui::BulletText("%s was asked for advice; none has come.", words.agent(met.adviser).c_str());
  } else {
    const std::string advised = met.advice_recommends >= 0
                                    ? point.options[static_cast<std::size_t>(met.advice_recommends)].label
                                    : "";
    // Advice for the proposal is "no objection"; any other is advice against it.
    const bool no_objection = met.advice_recommends == point.proposal;
    ImGui::Bullet();
    ImGui::TextWrapped(
        "%s %s \"%s\" - %s", words.agent(met.adviser).c_str(),
        no_objection ? "raised no objection to the proposal:" : "advised against the proposal, for:",
        advised.c_str(),
        met.advice_on_record ? "on the record"
                             : "said in the corridor, not on the record (it cannot be weighed)");
  }
  ImGui::Bullet();
  ImGui::TextWrapped("%s", met.harms_known > 0
                               ? ("It has heard of " + people(met.harms_known) + " harmed.").c_str()
                               : "It has heard of nobody harmed.");
  if (met.harm_assessed > 0) {
    ImGui::Bullet();
    ImGui::TextWrapped("A risk assessment before it expects about %s to be harmed.",
                       people(met.harm_assessed).c_str());
  }
  if (met.complaints_known > 0) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s complaints or inspection findings", number(met.complaints_known).c_str());
  }
  ImGui::Bullet();
  ImGui::TextWrapped("%s", met.budget_pressure > 0.005
                               ? ("Budget: " + number(met.budget_pressure * 100) + "% over").c_str()
                               : "Budget: within it");
  ImGui::Unindent();
  ImGui::Separator();
  ImGui::TextUnformatted("The room's answer:");
  option_areas_.clear();
  for (std::size_t i = 0; i < point.options.size(); ++i) {
    const std::string label = std::to_string(i + 1) + "   " + point.options[i].label;
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetWindowFontScale(1.2F);
    // Taken after the frame: choosing replaces the run this frame is drawing.
    if (ImGui::Button(label.c_str(), {-1, 0})) clicked_ = static_cast<int>(i);
    const ImVec2 from = ImGui::GetItemRectMin(), to = ImGui::GetItemRectMax();
    option_areas_.emplace_back(from.x, from.y, to.x - from.x, to.y - from.y);
    ImGui::SetWindowFontScale(1.0F);
    ImGui::PopID();
  }
  if (countdown_left_) {
    const double total = presentation_.countdown.value_or(1.0);
    // At zero the card waits still: the facilitator gives the room's answer,
    // the clock never chooses for it.
    ImGui::ProgressBar(static_cast<float>(*countdown_left_ / total), {-1, 0},
                       *countdown_left_ > 0 ? (number(std::ceil(*countdown_left_)) + " s to choose").c_str()
                                            : "Time: the room's answer, please");
  }
  ImGui::TextDisabled("Press 1-%zu or click. N: facilitator's notes.", point.options.size());
  ImGui::End();
}

void TrainingView::draw_what_if_card() {
  if (branches_.empty()) return;
  const float w = static_cast<float>(window_.x), h = static_cast<float>(window_.y);
  const float width = std::min(w * 0.7F, 1250.0F * scale_);
  const Branch* room = nullptr;
  for (const Branch& b : branches_)
    if (b.room) room = &b;
  if (!room) return;
  if (side_by_side) {
    ImGui::SetNextWindowPos({w / 2, h - view_->bottom_bar_height() - timeline_height()}, ImGuiCond_Always,
                            {0.5F, 1.0F});
  } else {
    centre_next_card();
  }
  ImGui::SetNextWindowSize({width, 0});
  ImGui::SetNextWindowBgAlpha(1.0F);
  ImGui::Begin("##what-if", nullptr, card_flags | ImGuiWindowFlags_AlwaysAutoResize);
  if (!side_by_side) {
    big_text("The room chose: " + room->label, 1.3F);
    ImGui::TextWrapped("By the end of the run (day %s), the same people and the same chances:",
                       number(room->run.days).c_str());
    if (ImGui::BeginTable("##branches", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
      ImGui::TableSetupColumn("Option", ImGuiTableColumnFlags_WidthStretch, 3.0F);
      ImGui::TableSetupColumn("People harmed", ImGuiTableColumnFlags_WidthStretch, 1.0F);
      ImGui::TableSetupColumn("The council knew", ImGuiTableColumnFlags_WidthStretch, 1.6F);
      ImGui::TableSetupColumn("Gaps", ImGuiTableColumnFlags_WidthStretch, 0.6F);
      ImGui::TableHeadersRow();
      for (const Branch& b : branches_) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        std::string marks;
        if (b.room) marks += " [the room's choice]";
        if (b.good_practice) marks += " [good practice]";
        if (b.weighed) marks += " [what the decider would have chosen]";
        ImGui::TextWrapped("%s%s", b.label.c_str(), marks.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%s", number(b.harm).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", knew_words(b).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", b.gaps);
      }
      ImGui::EndTable();
    }
  }
  for (const Branch& b : branches_) {
    if (b.room) continue;
    const std::string line = std::string(b.good_practice ? "Good practice - " : "") + b.label + ": " +
                             harm_difference(b.harm, room->harm) + ", " + knew_difference(b, *room) + ", " +
                             std::to_string(b.gaps) + (b.gaps == 1 ? " gap" : " gaps") +
                             " (the room's: " + std::to_string(room->gaps) + ").";
    if (side_by_side && contrast_ && &b != &branches_[*contrast_]) continue;
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
  ImGui::TextDisabled("Space: carry on from the room's choice.  S: %s.",
                      side_by_side ? "back to the table" : "both runs side by side, in step");
  ImGui::End();
}

void TrainingView::draw_end_card() {
  const float w = static_cast<float>(window_.x);
  const RoomCount count = room_count(view_->replay(), view_->replay().end_day());
  centre_next_card();
  ImGui::SetNextWindowSize({std::min(w * 0.6F, 1000.0F * scale_), 0});
  ImGui::SetNextWindowBgAlpha(1.0F);
  ImGui::Begin("##end", nullptr, card_flags | ImGuiWindowFlags_AlwaysAutoResize);
  big_text("The session has reached the end of the run", 1.3F);
  ImGui::TextWrapped("%s harmed by day %s.", capitalised(people(count.harmed)).c_str(),
                     number(view_->replay().end_day()).c_str());
  if (!presentation_.handout_path.empty())
    ImGui::TextWrapped("The handout is in %s; the session record in %s.", presentation_.handout_path.c_str(),
                       presentation_.session_path.c_str());
  ImGui::TextDisabled("Step back with Left or Home to look again; Q or the window's close button ends.");
  ImGui::End();
}

void TrainingView::draw_facilitator_panel() {
  const float h = static_cast<float>(window_.y);
  const float width = std::min(static_cast<float>(window_.x) * 0.34F, 560.0F * scale_);
  ImGui::SetNextWindowPos({0, 0}, ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints({0, 0}, {width, h - view_->bottom_bar_height() - timeline_height()});
  ImGui::SetNextWindowSize({width, 0});
  ImGui::SetNextWindowBgAlpha(1.0F);
  ImGui::Begin("Facilitator (N hides this before projecting)", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
  if (const auto& met = session_.pending()) {
    const DecisionPoint& point = session_.scenario().decision_points[met->point];
    ImGui::TextWrapped("Left to itself, %s would choose: %s",
                       view_->replay().words().agent(met->decider).c_str(),
                       point.options[static_cast<std::size_t>(met->weighed)].label.c_str());
    if (point.discussion.empty()) ImGui::TextDisabled("The scenario gives no discussion prompts here.");
    for (const std::string& prompt : point.discussion) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", prompt.c_str());
    }
  }
  ImGui::TextUnformatted("Notes (saved in the session record):");
  ImGui::InputTextMultiline("##notes", notes_.data(), notes_.size(), {-1, 5.0F * ImGui::GetTextLineHeight()});
  ImGui::End();
}

void run_training_window(TrainingSession& session, const Presentation& presentation,
                         std::optional<sf::Vector2u> size) {
  require_display();
  const auto fonts = load_view_fonts();
  const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
  const sf::Vector2u window_size = size.value_or(sf::Vector2u{desktop.width, desktop.height});
  sf::RenderWindow window(sf::VideoMode(window_size.x, window_size.y),
                          "govsim training - " + session.scenario().name,
                          size ? sf::Style::Default : sf::Style::Fullscreen);
  window.setVerticalSyncEnabled(true);
  window.setFramerateLimit(60);
  ImGuiSfml gui(fonts->regular_path,
                base_type_px * TrainingView::type_scale(window.getSize(), presentation.text_scale));
  TrainingView view(session, *fonts, presentation);
  view.set_window_size(window.getSize());
  sf::Clock clock;
  float elapsed = 0.0F;
  while (window.isOpen() && !view.view().quit_requested) {
    sf::Event event;
    while (window.pollEvent(event)) {
      gui.handle(event);
      view.handle(event, gui);
    }
    const float seconds = clock.restart().asSeconds();
    elapsed += seconds;
    view.update(seconds);
    view.draw_frame(window, gui, seconds, 0.5F + 0.5F * std::sin(elapsed * 4.0F));
    window.display();
  }
  window.close();
}

sf::Image render_training(TrainingView& view, sf::Vector2u size) {
  require_display();
  sf::RenderTexture target;
  if (!target.create(size.x, size.y))
    throw std::runtime_error("could not create an off-screen image of that size: try a smaller --size");
  target.setActive(true);
  const auto fonts = load_view_fonts();
  ImGuiSfml gui(fonts->regular_path,
                base_type_px * TrainingView::type_scale(size, view.presentation().text_scale));
  view.set_window_size(size);
  for (int frame = 0; frame < 2; ++frame) {
    view.draw_frame(target, gui, 1.0F / 60.0F, 1.0F);
    target.display();
  }
  sf::Image image = target.getTexture().copyToImage();
  target.setActive(true);
  return image;
}

}  // namespace govsim::view
