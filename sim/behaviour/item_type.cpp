#include "behaviour/item_type.hpp"

#include <array>

namespace govsim {
namespace {
constexpr std::array names{
#define GOVSIM_ITEM_NAME(name) std::string_view(#name),
    GOVSIM_ITEM_TYPES(GOVSIM_ITEM_NAME)
#undef GOVSIM_ITEM_NAME
};
}  // namespace

std::string_view to_string(ItemType type) { return names[static_cast<std::size_t>(type)]; }

std::optional<ItemType> parse_item_type(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<ItemType>(i);
  return std::nullopt;
}

std::span<const std::string_view> item_type_names() { return names; }

}  // namespace govsim
