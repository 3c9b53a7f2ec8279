#include "behaviour/item_type.hpp"

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {
constexpr detail::EnumNames<ItemType,
#define GOVSIM_COUNT(name) +1
                            0 GOVSIM_ITEM_TYPES(GOVSIM_COUNT)>
#undef GOVSIM_COUNT
    names{{
#define GOVSIM_ITEM_NAME(name) std::string_view(#name),
        GOVSIM_ITEM_TYPES(GOVSIM_ITEM_NAME)
#undef GOVSIM_ITEM_NAME
    }};
}  // namespace

std::string_view to_string(ItemType type) { return names.name(type); }
std::optional<ItemType> parse_item_type(std::string_view name) { return names.parse(name); }
std::span<const std::string_view> item_type_names() { return names.names; }

}  // namespace govsim
