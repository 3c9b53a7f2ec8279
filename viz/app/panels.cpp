#include "app/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "app/view_session.hpp"
#include "render/theme.hpp"
#include "scene/gap_mark.hpp"
#include "scene/gap_words.hpp"
#include "scene/inspection.hpp"

namespace govsim::view {
namespace {

ImVec4 colour(sf::Color c) { return {c.r / 255.0F, c.g / 255.0F, c.b / 255.0F, c.a / 255.0F}; }
ImU32 packed(sf::Color c) { return IM_COL32(c.r, c.g, c.b, c.a); }

void swatch(sf::Color fill, const char* text, bool dot = false) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  draw->AddCircleFilled({at.x + h / 2, at.y + h / 2}, h / 2, packed(theme::ring));
  draw->AddCircleFilled({at.x + h / 2, at.y + h / 2}, h / 2 - (dot ? 3.0F : 1.5F), packed(fill));
  if (dot) draw->AddCircleFilled({at.x + h / 2, at.y + h / 2}, h * 0.14F, packed(theme::ring));
  ImGui::Dummy({h, h});
  ImGui::SameLine();
  ImGui::TextUnformatted(text);
}

void gap_symbol(GapType type) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight(), r = h / 2;
  const ImVec2 c{at.x + r, at.y + r};
  const ImU32 fill = packed(theme::badge);
  switch (mark_of(type).shape) {
    case MarkShape::circle:
      draw->AddCircleFilled(c, r, fill);
      break;
    case MarkShape::square:
      draw->AddRectFilled(at, {at.x + h, at.y + h}, fill);
      break;
    case MarkShape::triangle:
      draw->AddTriangleFilled({c.x, at.y}, {at.x + h, at.y + h}, {at.x, at.y + h}, fill);
      break;
    case MarkShape::diamond:
      draw->AddQuadFilled({c.x, at.y}, {at.x + h, c.y}, {c.x, at.y + h}, {at.x, c.y}, fill);
      break;
  }
  ImGui::Dummy({h, h});
  ImGui::SameLine();
  ImGui::Text("%s  %s", std::string(mark_of(type).letters).c_str(), std::string(mark_of(type).title).c_str());
}

void gap_detail(const Replay& replay, const Gap& gap) {
  const GapWords words = gap_words(replay, gap);
  gap_symbol(gap.type);
  if (!words.who.empty()) ImGui::TextWrapped("%s", words.who.c_str());
  ImGui::TextWrapped("%s", words.explanation.c_str());
  ImGui::TextDisabled("Rule: %s", words.rule.c_str());
}

// No subject: every matter's gaps, no one coloured as knowing.
constexpr const char* all_matters = "All matters (no subject)";

// A drop-down that Escape closes (ViewSession::close_popups).
bool open_combo(const ViewSession& session, const char* id, const std::string& preview) {
  if (!ImGui::BeginCombo(id, preview.c_str())) return false;
  if (session.close_popups) ImGui::CloseCurrentPopup();
  return true;
}

std::string seen_as_label(const Arrangement& a, const std::optional<Perspective>& as) {
  if (!as) return "Everyone (the trainer's view)";
  return a.agent(as->viewer).name;
}

void bottom_bar(ViewSession& session, const Scene& scene, sf::Vector2u window) {
  const float w = static_cast<float>(window.x), h = static_cast<float>(window.y);
  const float bar = session.bottom_bar_height();
  ImGui::SetNextWindowPos({0, h - bar});
  ImGui::SetNextWindowSize({w, bar});
  ImGui::Begin("##bar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushTextWrapPos(w - 20);
  ImGui::TextUnformatted(scene.caption.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetCursorPosY(bar - 2.2F * ImGui::GetFrameHeightWithSpacing());
  Playback& playback = session.playback();
  if (ImGui::Button("|<")) playback.scrub(0);
  ImGui::SameLine();
  if (ImGui::Button("< step")) playback.step_back();
  ImGui::SameLine();
  if (ImGui::Button(playback.playing() ? "Pause" : "Play ", {90, 0})) playback.toggle();
  ImGui::SameLine();
  if (ImGui::Button("step >")) playback.step_forward();
  ImGui::SameLine();
  if (ImGui::Button(">|")) playback.scrub(session.replay().end_day());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(220);
  float speed = static_cast<float>(playback.days_per_second());
  if (ImGui::SliderFloat("##speed", &speed, 0.1F, 60.0F, "%.1f days/s", ImGuiSliderFlags_Logarithmic))
    playback.set_speed(speed);
  ImGui::SetNextItemWidth(-1);
  // The day as the caption writes it (a day is the day it falls on), so that
  // the two never disagree, whether played, stepped or scrubbed to.
  float day = static_cast<float>(playback.day());
  const std::string when = timeline_label(playback.day());
  if (ImGui::SliderFloat("##day", &day, 0.0F, static_cast<float>(session.replay().end_day()), when.c_str()))
    playback.scrub(day);
  ImGui::End();
}

void subject_and_perspective(ViewSession& session) {
  const Arrangement& a = session.arrangement();
  ImGui::TextUnformatted("Subject");
  ImGui::SetNextItemWidth(-1);
  const PlainWords& words = session.replay().words();
  const std::string chosen = session.subject.empty() ? all_matters : words.subject(session.subject);
  if (open_combo(session, "##subject", chosen)) {
    if (ImGui::Selectable(all_matters, session.subject.empty())) session.subject.clear();
    for (const std::string& s : session.replay().subjects())
      if (ImGui::Selectable(words.subject(s).c_str(), s == session.subject)) session.subject = s;
    ImGui::EndCombo();
  }
  ImGui::TextUnformatted("See as");
  ImGui::SetNextItemWidth(-1);
  const std::string current = seen_as_label(a, session.as);
  if (open_combo(session, "##as", current)) {
    if (ImGui::Selectable("Everyone (the trainer's view)", !session.as)) session.as.reset();
    std::set<std::string> shown;
    for (std::string_view role : role_names()) {
      auto p = perspective_for(a, role);
      if (!p || !shown.insert(std::string(role)).second) continue;
      const std::string label = a.agent(p->viewer).name + " (" + words.role(role) + ")";
      if (ImGui::Selectable(label.c_str(), session.as == p)) session.as = p;
    }
    ImGui::EndCombo();
  }
}

// The national picture: what councils are coloured by, and the key to it in a
// councillor's words. Only for a run of several council areas.
void councils(ViewSession& session, const Scene& scene) {
  if (session.layout().areas.size() < 2 || session.replay().report().areas.size() < 2) return;
  if (!ImGui::CollapsingHeader("Councils", ImGuiTreeNodeFlags_DefaultOpen)) return;
  ImGui::TextUnformatted("Colour councils by");
  ImGui::SetNextItemWidth(-1);
  if (open_combo(session, "##colour-by", std::string(outcome_label(session.colour_by)))) {
    for (Outcome outcome : all_outcomes())
      if (ImGui::Selectable(std::string(outcome_label(outcome)).c_str(), outcome == session.colour_by))
        session.colour_by = outcome;
    ImGui::EndCombo();
  }
  if (!scene.key) {
    ImGui::TextWrapped(
        "Seen as someone, councils are not coloured: one person does not know every council's results.");
  } else {
    const OutcomeKey& key = *scene.key;
    ImGui::TextWrapped("%s", key.title.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", key.darker.c_str());
    ImGui::PopStyleColor();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    auto row = [&](sf::Color fill, const std::string& text) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      draw->AddRectFilled(at, {at.x + 2 * h, at.y + h}, packed(fill));
      draw->AddRect(at, {at.x + 2 * h, at.y + h}, packed(theme::frame_outline));
      ImGui::Dummy({2 * h, h});
      ImGui::SameLine();
      ImGui::TextUnformatted(text.c_str());
    };
    for (int k = 0; k < outcome_classes; ++k)
      row(theme::outcome_fill(k), key.ranges[static_cast<std::size_t>(k)]);
    row(theme::outcome_none, key.grey);
  }
  if (ImGui::Button("Whole country")) session.show_whole_country();
  ImGui::SameLine();
  ImGui::TextDisabled("or click a council");
}

// The four agent shapes, drawn as the scene draws them.
void kinds_legend() {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight(), r = h / 2;
  const ImU32 fill = packed(theme::no_subject), edge = packed(theme::ring);
  const char* names[] = {"person", "body", "organisation", "the public"};
  for (int k = 0; k < 4; ++k) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 c{at.x + r, at.y + r};
    switch (k) {
      case 0:
        draw->AddCircleFilled(c, r, edge);
        draw->AddCircleFilled(c, r - 1.5F, fill);
        break;
      case 1:
        draw->AddRectFilled({at.x, at.y + 2}, {at.x + h, at.y + h - 2}, edge);
        break;
      case 2:
        draw->AddNgonFilled(c, r, edge, 6);
        break;
      default:
        draw->AddQuadFilled({c.x, at.y}, {at.x + h, c.y}, {c.x, at.y + h}, {at.x, c.y}, edge);
        break;
    }
    ImGui::Dummy({h, h});
    ImGui::SameLine();
    ImGui::TextUnformatted(names[k]);
    if (k % 2 == 0) ImGui::SameLine(ImGui::GetWindowContentRegionMax().x / 2);
  }
}

void legend(const std::vector<Gap>& gaps) {
  if (!ImGui::CollapsingHeader("Legend", ImGuiTreeNodeFlags_DefaultOpen)) return;
  // The letters on the badges, for each kind of gap this run has.
  std::vector<GapType> kinds;
  for (const Gap& g : gaps)
    if (std::find(kinds.begin(), kinds.end(), g.type) == kinds.end()) kinds.push_back(g.type);
  for (GapType type : kinds) {
    const GapMark mark = mark_of(type);
    ImGui::Text("%.*s", static_cast<int>(mark.letters.size()), mark.letters.data());
    ImGui::SameLine(34);
    ImGui::TextWrapped("%.*s", static_cast<int>(mark.title.size()), mark.title.data());
  }
  swatch(theme::aware, "knows of the subject (dark centre)", true);
  swatch(theme::unaware, "has not heard of it yet");
  swatch(theme::hidden, "you cannot tell (seen as someone)");
  swatch(theme::path_glow, "escalation path, hop by hop");
  swatch(theme::item, "item travelling");
  swatch(theme::personal_item, "personal (case-level) item");
  kinds_legend();
  for (std::size_t t = 0; t < 10; ++t) {
    const auto type = static_cast<LinkType>(t);
    if (type == LinkType::member_of) continue;
    const theme::LinkStyle& style = theme::style_of(type);
    const char* pattern = style.gap == 0 ? "solid" : (style.dash > 10 ? "dashed" : "dotted");
    ImGui::TextColored(colour(style.colour), "%s  %s", style.gap == 0 ? "\xe2\x80\x94\xe2\x80\x94" : "- - -",
                       style.meaning);
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)", pattern);
  }
  ImGui::TextDisabled("Shaded frame: members of a body");
}

void inspector(ViewSession& session, const Scene& scene) {
  if (!ImGui::CollapsingHeader("Inspector", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const auto& gaps = session.replay().report().gaps;
  if (session.selected_gap && *session.selected_gap < gaps.size()) {
    gap_detail(session.replay(), gaps[*session.selected_gap]);
    return;
  }
  if (!session.selected_agent) {
    ImGui::TextWrapped(
        "Click an agent to see its roles, inbox, knowledge and records; click a badge for the gap.");
    return;
  }
  const Inspection i = inspect(session.replay(), *session.selected_agent, scene.day, session.as);
  ImGui::TextWrapped("%s", i.name.c_str());
  std::string roles;
  for (const std::string& r : i.roles) roles += (roles.empty() ? "" : ", ") + r;
  ImGui::TextDisabled("%s%s%s", roles.c_str(), i.area.empty() ? "" : " — ", i.area.c_str());
  if (!i.visible) {
    ImGui::TextWrapped("Seen as %s, you cannot see this agent's inbox or records.",
                       seen_as_label(session.arrangement(), session.as).c_str());
    return;
  }
  auto list = [](const char* title, const std::vector<std::string>& lines) {
    ImGui::Text("%s (%zu)", title, lines.size());
    for (const std::string& line : lines) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", line.c_str());
    }
  };
  ImGui::PushTextWrapPos(0);
  list("Knows of", i.knowledge);
  if (!i.decisions.empty()) list("Decisions", i.decisions);
  list("Inbox", i.inbox);
  list("Records", i.records);
  ImGui::PopTextWrapPos();
}

void gaps_now(ViewSession& session, const Scene& scene) {
  const auto& gaps = session.replay().report().gaps;
  if (!ImGui::CollapsingHeader("Gaps shown")) return;
  if (scene.badges.empty()) ImGui::TextDisabled("none at this moment");
  for (const SceneBadge& badge : scene.badges) {
    ImGui::PushID(static_cast<int>(badge.gap));
    // The gap in words: what went wrong, and who, by name.
    const GapWords words = gap_words(session.replay(), gaps[badge.gap]);
    const std::string title =
        std::string(mark_of(badge.type).letters) + "  " + words.title + " \xe2\x80\x94 " + words.who;
    if (ImGui::Selectable(title.c_str(), session.selected_gap == badge.gap)) session.selected_gap = badge.gap;
    if (ImGui::IsItemHovered() && badge.gap < gaps.size()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(420);
      gap_detail(session.replay(), gaps[badge.gap]);
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

void side_panel(ViewSession& session, const Scene& scene, sf::Vector2u window) {
  const float w = static_cast<float>(window.x), h = static_cast<float>(window.y);
  ImGui::SetNextWindowPos({w - session.side_panel_width(), 0});
  ImGui::SetNextWindowSize({session.side_panel_width(), h - session.bottom_bar_height()});
  ImGui::Begin("##side", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const RunReport& report = session.replay().report();
  ImGui::TextWrapped(
      "%s", (report.scenario_description.empty() ? humanise(report.scenario) : report.scenario_description)
                .c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("on %s", (report.arrangement_description.empty() ? humanise(report.arrangement)
                                                                      : report.arrangement_description)
                                  .c_str());
  ImGui::PopStyleColor();
  subject_and_perspective(session);
  councils(session, scene);
  inspector(session, scene);
  gaps_now(session, scene);
  legend(report.gaps);
  ImGui::End();
}

}  // namespace

void draw_panels(ViewSession& session, const Scene& scene, sf::Vector2u window) {
  bottom_bar(session, scene, window);
  if (session.side_panel_shown) side_panel(session, scene, window);

  const auto& gaps = session.replay().report().gaps;
  if (session.hovered_gap && *session.hovered_gap < gaps.size()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(460);
    gap_detail(session.replay(), gaps[*session.hovered_gap]);
    ImGui::TextDisabled("click to keep it in the inspector");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  } else if (session.hovered_agent) {
    ImGui::SetTooltip("%s", session.arrangement().agent(*session.hovered_agent).name.c_str());
  } else if (session.hovered_area) {
    for (const AreaShade& shade : scene.areas)
      if (shade.block == *session.hovered_area)
        ImGui::SetTooltip("%s \xe2\x80\x94 %s\nclick to zoom to it; Backspace for the whole country",
                          shade.name.c_str(), shade.words.c_str());
  }
}

}  // namespace govsim::view
