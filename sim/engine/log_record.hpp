#pragma once

#include <cstdint>

#include "engine/log_kind.hpp"
#include "engine/sim_time.hpp"
#include "engine/symbol_table.hpp"

namespace govsim {

/// Flag bits of a LogRecord.
namespace log_flag {
inline constexpr std::uint8_t recorded = 1;  ///< went over an audited channel: on the record
inline constexpr std::uint8_t personal = 2;  ///< carries personal (case-level) information
inline constexpr std::uint8_t urgent = 4;    ///< marked urgent: may skip the meeting cycle
inline constexpr std::uint8_t forced = 8;    ///< a decision forced by the scenario or the room, not weighed
inline constexpr std::uint8_t account = 16;  ///< the item gives an account of a decision its sender took
}  // namespace log_flag

/// One state change. Strings are symbols of the log's SymbolTable; a field that
/// does not apply is zero / no_symbol. 48 bytes, so a log of a million events
/// holds in under 50 MB.
struct LogRecord {
  SimTime time = 0.0;
  double value = 0.0;          ///< a number the change carries: a count, an amount, a wait
  std::uint32_t item = 0;      ///< the item concerned (links raised/sent/received), 0 if none
  Symbol actor = no_symbol;    ///< the agent whose state changed or who acted
  Symbol other = no_symbol;    ///< the counterpart: receiver, sender, forum
  Symbol subject = no_symbol;  ///< the matter, so items about one issue link up
  Symbol what = no_symbol;     ///< the item's type: concern, advice, report...
  Symbol channel = no_symbol;  ///< the edge type it travelled on
  Symbol note = no_symbol;     ///< plain words for people
  LogKind kind = LogKind::run_started;
  std::uint8_t severity = 0;
  std::uint8_t flags = 0;
};

static_assert(sizeof(LogRecord) <= 64, "a log record must stay within 64 bytes");

}  // namespace govsim
