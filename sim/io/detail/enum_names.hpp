#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace govsim::detail {

/// The names of an enumeration's values, in declaration order, written once by
/// an X-macro list: to_string and parse for log kinds, link types, item types
/// and gap types all go through this one table type.
template <typename Enum, std::size_t N>
struct EnumNames {
  std::array<std::string_view, N> names;

  constexpr std::string_view name(Enum value) const { return names[static_cast<std::size_t>(value)]; }
  constexpr std::optional<Enum> parse(std::string_view text) const {
    for (std::size_t i = 0; i < N; ++i)
      if (names[i] == text) return static_cast<Enum>(i);
    return std::nullopt;
  }
};

}  // namespace govsim::detail

// Defines `names`, the EnumNames table of `Enum`, from its X-macro list (each
// entry a single name): GOVSIM_ENUM_NAMES(LinkType, GOVSIM_LINK_TYPES);
#define GOVSIM_ENUM_COUNT_ONE(name) +1
#define GOVSIM_ENUM_NAME_TEXT(name) std::string_view(#name),
#define GOVSIM_ENUM_NAMES(Enum, LIST)                                                \
  constexpr ::govsim::detail::EnumNames<Enum, 0 LIST(GOVSIM_ENUM_COUNT_ONE)> names { \
    { LIST(GOVSIM_ENUM_NAME_TEXT) }                                                  \
  }
