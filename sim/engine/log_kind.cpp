#include "engine/log_kind.hpp"

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {
GOVSIM_ENUM_NAMES(LogKind, GOVSIM_LOG_KINDS);
}  // namespace

std::string_view to_string(LogKind kind) { return names.name(kind); }
std::optional<LogKind> parse_log_kind(std::string_view name) { return names.parse(name); }

}  // namespace govsim
