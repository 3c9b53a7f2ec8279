#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace govsim {

/// 64-bit FNV-1a: a fixed, platform-independent hash for names and files. Used
/// where the value must never change between builds (stream derivation, log
/// fingerprints, input file hashes), so never std::hash.
class StableHash {
 public:
  static constexpr std::uint64_t offset_basis = 0xcbf29ce484222325ULL;
  static constexpr std::uint64_t prime = 0x100000001b3ULL;

  constexpr StableHash& add_byte(std::uint8_t byte) {
    value_ = (value_ ^ byte) * prime;
    return *this;
  }
  /// Adds the eight bytes of `word`, least significant first, whatever the host's
  /// byte order.
  constexpr StableHash& add_u64(std::uint64_t word) {
    for (int i = 0; i < 8; ++i) add_byte(static_cast<std::uint8_t>(word >> (8 * i)));
    return *this;
  }
  constexpr StableHash& add_text(std::string_view text) {
    for (char c : text) add_byte(static_cast<std::uint8_t>(c));
    return *this;
  }
  constexpr std::uint64_t value() const { return value_; }

 private:
  std::uint64_t value_ = offset_basis;
};

constexpr std::uint64_t stable_hash(std::string_view text) { return StableHash{}.add_text(text).value(); }

/// A hash as printed (fingerprints, input hashes): 16 lowercase hex digits.
inline std::string fingerprint_hex(std::uint64_t hash) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace govsim
