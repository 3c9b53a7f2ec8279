#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "engine/event_log.hpp"

namespace govsim {

/// The event log's file format, JSON Lines:
///   line 1: {"schema":"govsim-event-log","schema_version":1,"govsim":…,"model":…,
///            "seed":…,"replication":…,"inputs":[…],"events":N,"fingerprint":"…"}
///   then one event per line: {"t":…,"kind":…, then only the fields that apply}.
/// docs/architecture.md lists the fields.
inline constexpr const char* event_log_schema = "govsim-event-log";
inline constexpr int event_log_schema_version = 1;

void write_jsonl(const EventLog& log, std::ostream& out);

/// Reads a log written by write_jsonl. Throws InputError naming `source` (a file
/// name for messages), the line and the column of the first problem, including a
/// log whose events do not match the count or fingerprint of its first line.
/// Times are checked as they are read: finite, never decreasing, and within the
/// run's length (its run_started value, at most max_log_days).
EventLog read_jsonl(std::istream& in, const std::string& source);

/// Reads the log at `path`, refusing it unread when it is larger than the
/// input limit (io/input_limits.hpp).
EventLog read_jsonl_file(const std::string& path);

/// The longest run a log may describe: ten years, as `--days` allows.
inline constexpr double max_log_days = 3650.0;

}  // namespace govsim
