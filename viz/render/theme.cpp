#include "render/theme.hpp"

#include <array>

namespace govsim::view::theme {

sf::Color fill_for(Knowing knowing) {
  switch (knowing) {
    case Knowing::aware:
      return aware;
    case Knowing::unaware:
      return unaware;
    case Knowing::hidden:
      return hidden;
    case Knowing::no_subject:
      return no_subject;
  }
  return no_subject;
}

sf::Color outcome_fill(int band) {
  if (band < 0 || band >= static_cast<int>(outcome_ramp.size())) return outcome_none;
  return outcome_ramp[static_cast<std::size_t>(band)];
}

sf::Color outcome_text(int band) { return band >= 3 ? sf::Color::White : text; }

const LinkStyle& style_of(LinkType type) {
  // Order follows GOVSIM_LINK_TYPES.
  static const std::array<LinkStyle, 10> styles{{
      {{40, 40, 40}, 3.0F, 0, 0, false, "manages (concerns go up)"},
      {{0, 114, 178}, 2.5F, 0, 0, false, "accountable to"},
      {{204, 121, 167}, 2.0F, 4, 5, false, "advises"},
      {{0, 158, 115}, 2.5F, 12, 6, false, "reports to"},
      {{170, 170, 170}, 1.0F, 0, 0, true, "member of"},
      {{120, 120, 120}, 1.5F, 8, 8, true, "has access to"},
      {{120, 70, 0}, 3.5F, 0, 0, false, "directs"},
      {{0, 0, 0}, 3.5F, 18, 6, false, "delegates to"},
      {{150, 150, 150}, 1.5F, 3, 6, true, "commissions"},
      {{106, 61, 154}, 3.0F, 14, 4, false, "escalation route"},
  }};
  return styles[static_cast<std::size_t>(type)];
}

}  // namespace govsim::view::theme
