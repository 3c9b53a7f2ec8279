#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "io/input_error.hpp"
#include "training/room_decisions.hpp"

namespace govsim {

/// A choice the room made, as the session records it.
struct SessionChoice {
  RoomChoice choice;
  double day = 0.0;       ///< the simulated day of the decision
  std::string chosen_at;  ///< wall-clock time, ISO 8601 UTC
  int weighed = 0;        ///< what the decider's own weighing would have taken
  int advised = -1;       ///< what the professional advice received recommended, if any came
  bool advice_on_record = false;
};

/// What a session is of, and what the room has done so far: everything needed
/// to reopen it (`govsim train --resume`) or write its handout (`govsim debrief`).
struct SessionRecord {
  std::string scenario;                    ///< a built-in's name or a path, as given
  std::optional<std::string> arrangement;  ///< as given; none: the scenario's own
  std::uint64_t seed = 1;
  std::string started;  ///< ISO 8601 UTC
  std::vector<SessionChoice> choices;
  std::string notes;  ///< the facilitator's notes
  bool finished = false;
  /// The fingerprint of the run with these choices (`govsim run --choose` prints
  /// the same); written for the reader, not read back: a reopened session reruns.
  std::string fingerprint;
};

/// The record as JSON (docs/training.md, "The session record").
nlohmann::ordered_json session_json(const SessionRecord& record);
/// Reads a session record; throws InputError naming the file, line and column
/// of the first problem. Option ids are checked when the session reopens.
SessionRecord read_session_record(const std::string& path);
/// The line and column (from 1) of a byte offset in `text`, for a message that names the place.
SourcePlace place_of_byte(const std::string& path, const std::string& text, std::size_t byte);
/// Writes it whole or not at all.
void write_session_record(const SessionRecord& record, const std::string& path);

}  // namespace govsim
