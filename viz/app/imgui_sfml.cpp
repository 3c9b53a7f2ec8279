#include "app/imgui_sfml.hpp"

#include <imgui.h>

#include <backends/imgui_impl_opengl2.h>
#include <SFML/OpenGL.hpp>

namespace govsim::view {
namespace {

void light_projector_style(float font_size) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 4.0F;
  style.FrameRounding = 3.0F;
  style.GrabMinSize = font_size;
  style.ScrollbarSize = font_size;
  style.FramePadding = {8.0F, 5.0F};
  style.ItemSpacing = {10.0F, 7.0F};
  style.Colors[ImGuiCol_Text] = {0.06F, 0.06F, 0.06F, 1.0F};
  style.Colors[ImGuiCol_WindowBg] = {0.97F, 0.97F, 0.95F, 0.97F};
}

int mouse_button(sf::Mouse::Button button) {
  switch (button) {
    case sf::Mouse::Left:
      return 0;
    case sf::Mouse::Right:
      return 1;
    case sf::Mouse::Middle:
      return 2;
    default:
      return -1;
  }
}

}  // namespace

ImGuiSfml::ImGuiSfml(const std::string& font_path, float font_size) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a projected session always opens the same way
  io.BackendPlatformName = "govsim_sfml";
  const std::pair<ImGuiKey, sf::Keyboard::Key> keys[] = {{ImGuiKey_Tab, sf::Keyboard::Tab},
                                                         {ImGuiKey_LeftArrow, sf::Keyboard::Left},
                                                         {ImGuiKey_RightArrow, sf::Keyboard::Right},
                                                         {ImGuiKey_UpArrow, sf::Keyboard::Up},
                                                         {ImGuiKey_DownArrow, sf::Keyboard::Down},
                                                         {ImGuiKey_PageUp, sf::Keyboard::PageUp},
                                                         {ImGuiKey_PageDown, sf::Keyboard::PageDown},
                                                         {ImGuiKey_Home, sf::Keyboard::Home},
                                                         {ImGuiKey_End, sf::Keyboard::End},
                                                         {ImGuiKey_Insert, sf::Keyboard::Insert},
                                                         {ImGuiKey_Delete, sf::Keyboard::Delete},
                                                         {ImGuiKey_Backspace, sf::Keyboard::Backspace},
                                                         {ImGuiKey_Space, sf::Keyboard::Space},
                                                         {ImGuiKey_Enter, sf::Keyboard::Enter},
                                                         {ImGuiKey_Escape, sf::Keyboard::Escape},
                                                         {ImGuiKey_A, sf::Keyboard::A},
                                                         {ImGuiKey_C, sf::Keyboard::C},
                                                         {ImGuiKey_V, sf::Keyboard::V},
                                                         {ImGuiKey_X, sf::Keyboard::X},
                                                         {ImGuiKey_Y, sf::Keyboard::Y},
                                                         {ImGuiKey_Z, sf::Keyboard::Z}};
  for (const auto& [imgui_key, sfml_key] : keys) io.KeyMap[imgui_key] = sfml_key;
  // Latin-1 plus general punctuation: the captions' dashes and quotes.
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0};
  io.Fonts->AddFontFromFileTTF(font_path.c_str(), font_size, nullptr, ranges);
  light_projector_style(font_size);
  ImGui_ImplOpenGL2_Init();
}

ImGuiSfml::~ImGuiSfml() {
  ImGui_ImplOpenGL2_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiSfml::handle(const sf::Event& event) {
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::MouseMoved:
      io.MousePos = {static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)};
      break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
      if (int b = mouse_button(event.mouseButton.button); b >= 0)
        io.MouseDown[b] = event.type == sf::Event::MouseButtonPressed;
      break;
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
        io.MouseWheel += event.mouseWheelScroll.delta;
      break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
      if (event.key.code >= 0 && event.key.code < 512)
        io.KeysDown[event.key.code] = event.type == sf::Event::KeyPressed;
      io.KeyCtrl = event.key.control;
      io.KeyShift = event.key.shift;
      io.KeyAlt = event.key.alt;
      break;
    case sf::Event::TextEntered:
      if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
      break;
    case sf::Event::LostFocus:
      for (bool& down : io.KeysDown) down = false;
      break;
    default:
      break;
  }
}

void ImGuiSfml::new_frame(sf::Vector2u size, float seconds) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = {static_cast<float>(size.x), static_cast<float>(size.y)};
  io.DeltaTime = seconds > 0 ? seconds : 1.0F / 60.0F;
  ImGui_ImplOpenGL2_NewFrame();
  ImGui::NewFrame();
}

void ImGuiSfml::render(sf::RenderTarget& target) {
  ImGui::Render();
  target.pushGLStates();
  ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
  target.popGLStates();
}

bool ImGuiSfml::wants_mouse() const { return ImGui::GetIO().WantCaptureMouse; }
bool ImGuiSfml::wants_keyboard() const { return ImGui::GetIO().WantCaptureKeyboard; }

}  // namespace govsim::view
