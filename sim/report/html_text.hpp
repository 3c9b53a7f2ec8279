#pragma once

#include <string>
#include <string_view>

namespace govsim {

/// Text made safe to put in HTML or SVG, as content or inside a quoted
/// attribute: & < > and " written as entities. Names in arrangements are
/// people's to write, so every page and picture passes them through this.
std::string html_text(std::string_view text);

}  // namespace govsim
