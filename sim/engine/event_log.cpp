#include "engine/event_log.hpp"

#include <vector>

#include <bit>
#include <cstdio>

#include "io/stable_hash.hpp"

namespace govsim {

std::uint64_t EventLog::fingerprint() const {
  // Each kind's name hashed once, not once a record: a sweep fingerprints every run.
  static const std::vector<std::uint64_t> kind_hashes = [] {
    std::vector<std::uint64_t> hashes;
    for (std::size_t k = 0; k < log_kind_count; ++k)
      hashes.push_back(stable_hash(to_string(static_cast<LogKind>(k))));
    return hashes;
  }();
  StableHash hash;
  for (const LogRecord& r : records_) {
    hash.add_u64(std::bit_cast<std::uint64_t>(r.time))
        .add_u64(kind_hashes[static_cast<std::size_t>(r.kind)])
        .add_u64(symbols_.hash(r.actor))
        .add_u64(symbols_.hash(r.other))
        .add_u64(symbols_.hash(r.subject))
        .add_u64(symbols_.hash(r.what))
        .add_u64(symbols_.hash(r.channel))
        .add_u64(symbols_.hash(r.note))
        .add_u64(r.item)
        .add_u64(std::bit_cast<std::uint64_t>(r.value))
        .add_u64((std::uint64_t{r.severity} << 8) | r.flags);
  }
  return hash.value();
}

std::size_t EventLog::memory_bytes() const {
  return records_.capacity() * sizeof(LogRecord) + symbols_.memory_bytes();
}

}  // namespace govsim
