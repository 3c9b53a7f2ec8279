#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace govsim {

// Every kind of state change the event log can hold. New kinds go at the end:
// names, not numbers, are written to files and hashed into fingerprints, but
// keeping the order stable keeps old in-memory data comparable too.
#define GOVSIM_LOG_KINDS(X)                                                    \
  X(run_started)    /* the run began: the note names the model */              \
  X(run_ended)      /* the run stopped: the value is the end day */            \
  X(item_raised)    /* an agent created an item (a concern, a complaint...) */ \
  X(item_sent)      /* an item was put on an edge towards another agent */     \
  X(item_received)  /* an item arrived in an agent's inbox */                  \
  X(item_escalated) /* an agent passed an item up an escalation route */       \
  X(item_resolved)  /* an agent dealt with an item within its authority */

enum class LogKind : std::uint16_t {
#define GOVSIM_ENUM_ENTRY(name) name,
  GOVSIM_LOG_KINDS(GOVSIM_ENUM_ENTRY)
#undef GOVSIM_ENUM_ENTRY
};

std::string_view to_string(LogKind kind);
std::optional<LogKind> parse_log_kind(std::string_view name);

}  // namespace govsim
