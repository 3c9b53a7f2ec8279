#include "model/link_type.hpp"

#include <array>

namespace govsim {
namespace {
constexpr std::array names{
#define GOVSIM_LINK_NAME(name) std::string_view(#name),
    GOVSIM_LINK_TYPES(GOVSIM_LINK_NAME)
#undef GOVSIM_LINK_NAME
};
}  // namespace

std::string_view to_string(LinkType type) { return names[static_cast<std::size_t>(type)]; }

std::optional<LinkType> parse_link_type(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<LinkType>(i);
  return std::nullopt;
}

std::span<const std::string_view> link_type_names() { return names; }

bool carries_escalation(LinkType type) {
  return type == LinkType::escalates_to || type == LinkType::reports_to || type == LinkType::accountable_to ||
         type == LinkType::has_access_to;
}

}  // namespace govsim
