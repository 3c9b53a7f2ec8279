#pragma once

#include <cstdint>

#include "engine/sim_time.hpp"

namespace govsim {

/// Identifies a scheduled event: its insertion number, unique within one Simulation.
using EventId = std::uint64_t;
/// Identifies something that handles events (an agent, a body, a PHOLD process).
using HandlerId = std::uint32_t;
/// Lower values are handled first among events at the same time.
using Priority = std::int16_t;

/// An entry in the future event set. Deliberately small (32 bytes) and free of
/// owning pointers so the heap moves it cheaply and never allocates per event;
/// what the event means is for the target handler to look up from `kind` and
/// `payload` (for instance an index into its own table of items).
struct Event {
  SimTime time = 0.0;
  /// Priority and insertion number packed into one key: see `order_key`.
  std::uint64_t order = 0;
  HandlerId target = 0;
  std::uint32_t kind = 0;
  std::uint64_t payload = 0;

  static constexpr int sequence_bits = 48;
  static constexpr std::uint64_t sequence_mask = (std::uint64_t{1} << sequence_bits) - 1;

  /// Packs (priority, sequence) so that comparing the packed keys compares priority
  /// first, then insertion order. The priority is biased to be unsigned.
  static constexpr std::uint64_t order_key(Priority priority, std::uint64_t sequence) {
    const auto biased = static_cast<std::uint64_t>(static_cast<std::int32_t>(priority) + 32768);
    return (biased << sequence_bits) | (sequence & sequence_mask);
  }

  EventId id() const { return order & sequence_mask; }
  Priority priority() const {
    return static_cast<Priority>(static_cast<std::int32_t>(order >> sequence_bits) - 32768);
  }
};

/// The single ordering rule of the engine. Event `a` is handled before `b` iff
///   a.time < b.time, or
///   a.time == b.time and a.priority < b.priority, or
///   a.time == b.time and a.priority == b.priority and a was inserted first.
/// Never by address or by anything that varies between runs, so the same inputs
/// give the same order on every machine.
constexpr bool happens_before(const Event& a, const Event& b) {
  return a.time < b.time || (a.time == b.time && a.order < b.order);
}

}  // namespace govsim
