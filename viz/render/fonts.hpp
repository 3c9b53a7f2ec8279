#pragma once

#include <SFML/Graphics/Font.hpp>
#include <memory>
#include <string>

namespace govsim::view {

/// DejaVu Sans, from Debian's fonts-dejavu-core: clear at a distance and with
/// every character a council's names need.
struct Fonts {
  sf::Font regular;
  sf::Font bold;
  std::string regular_path;
};

/// Throws std::runtime_error with what to install when the fonts are missing.
/// Owned by the caller, not static: fonts hold GL textures that must go before the GL context.
std::unique_ptr<Fonts> load_view_fonts();

}  // namespace govsim::view
