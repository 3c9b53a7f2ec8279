#include "engine/log_kind.hpp"

#include <array>

namespace govsim {
namespace {
constexpr std::array log_kind_names{
#define GOVSIM_NAME_ENTRY(name) std::string_view(#name),
    GOVSIM_LOG_KINDS(GOVSIM_NAME_ENTRY)
#undef GOVSIM_NAME_ENTRY
};
}  // namespace

std::string_view to_string(LogKind kind) { return log_kind_names[static_cast<std::size_t>(kind)]; }

std::optional<LogKind> parse_log_kind(std::string_view name) {
  for (std::size_t i = 0; i < log_kind_names.size(); ++i)
    if (log_kind_names[i] == name) return static_cast<LogKind>(i);
  return std::nullopt;
}

}  // namespace govsim
