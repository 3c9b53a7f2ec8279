#include "model/item_type.hpp"

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {
GOVSIM_ENUM_NAMES(ItemType, GOVSIM_ITEM_TYPES);
}  // namespace

std::string_view to_string(ItemType type) { return names.name(type); }
std::optional<ItemType> parse_item_type(std::string_view name) { return names.parse(name); }
std::span<const std::string_view> item_type_names() { return names.names; }

}  // namespace govsim
