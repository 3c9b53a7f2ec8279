#include "render/fonts.hpp"

#include <array>
#include <filesystem>
#include <stdexcept>

namespace govsim::view {
namespace {

std::string find_font(const char* file) {
  static constexpr std::array<const char*, 3> folders{"/usr/share/fonts/truetype/dejavu/",
                                                      "/usr/share/fonts/dejavu/", "/usr/local/share/fonts/"};
  for (const char* folder : folders) {
    const std::string path = std::string(folder) + file;
    if (std::filesystem::exists(path)) return path;
  }
  throw std::runtime_error(std::string("the view needs the font ") + file +
                           ": install it with 'apt-get install fonts-dejavu-core' (or run 'make deps')");
}

}  // namespace

std::unique_ptr<Fonts> load_view_fonts() {
  auto fonts = std::make_unique<Fonts>();
  fonts->regular_path = find_font("DejaVuSans.ttf");
  const std::string bold = find_font("DejaVuSans-Bold.ttf");
  if (!fonts->regular.loadFromFile(fonts->regular_path) || !fonts->bold.loadFromFile(bold))
    throw std::runtime_error("could not read the DejaVu fonts: reinstall fonts-dejavu-core");
  return fonts;
}

}  // namespace govsim::view
