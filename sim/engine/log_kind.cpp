#include "engine/log_kind.hpp"

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {
constexpr detail::EnumNames<LogKind,
#define GOVSIM_COUNT(name) +1
                            0 GOVSIM_LOG_KINDS(GOVSIM_COUNT)>
#undef GOVSIM_COUNT
    names{{
#define GOVSIM_NAME_ENTRY(name) std::string_view(#name),
        GOVSIM_LOG_KINDS(GOVSIM_NAME_ENTRY)
#undef GOVSIM_NAME_ENTRY
    }};
}  // namespace

std::string_view to_string(LogKind kind) { return names.name(kind); }
std::optional<LogKind> parse_log_kind(std::string_view name) { return names.parse(name); }

}  // namespace govsim
