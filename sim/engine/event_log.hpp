#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/log_record.hpp"
#include "engine/provenance.hpp"
#include "engine/symbol_table.hpp"
#include "io/stable_hash.hpp"  // fingerprint_hex

namespace govsim {

/// The append-only record of every state change in one run: the single source of
/// truth that analysis, reports and the view read. Records are kept in the order
/// they were appended, which is the order the engine handled them.
class EventLog {
 public:
  Symbol intern(std::string_view text) { return symbols_.intern(text); }
  std::string_view text(Symbol symbol) const { return symbols_.text(symbol); }
  const SymbolTable& symbols() const { return symbols_; }

  void append(const LogRecord& record) { records_.push_back(record); }
  const std::vector<LogRecord>& records() const { return records_; }
  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }

  /// A 64-bit hash of every record's fields, texts rather than symbol numbers,
  /// so it is the same for a log read back from a file and on any platform.
  /// Provenance is not included: the same run from a copied file matches.
  std::uint64_t fingerprint() const;

  /// Keeps only the first `count` records: what had been logged at a moment
  /// (a training session paused at a decision shows no more).
  void keep_first(std::size_t count) {
    if (count < records_.size()) records_.resize(count);
  }
  /// Forgets the records, keeping memory and symbols for the next replication.
  void clear_records() { records_.clear(); }
  std::size_t memory_bytes() const;

  Provenance provenance;

 private:
  SymbolTable symbols_;
  std::vector<LogRecord> records_;
};

}  // namespace govsim
