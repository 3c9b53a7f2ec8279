#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace govsim {

/// An interned string: agent ids, subjects and notes are stored once per log and
/// referred to by number, which keeps a log record small.
using Symbol = std::uint32_t;
/// The empty string; means "none" in a log record.
inline constexpr Symbol no_symbol = 0;

class SymbolTable {
 public:
  SymbolTable();

  /// The symbol for `text`, added if new. Equal texts give equal symbols.
  Symbol intern(std::string_view text);
  /// The symbol for `text` if it has been interned, else no_symbol.
  Symbol find(std::string_view text) const;
  std::string_view text(Symbol symbol) const { return texts_[symbol]; }
  /// Stable hash of the symbol's text (0 for no_symbol), kept so that log
  /// fingerprints do not rehash strings.
  std::uint64_t hash(Symbol symbol) const { return hashes_[symbol]; }
  std::size_t size() const { return texts_.size(); }
  std::size_t memory_bytes() const;

 private:
  struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A deque keeps each string where it is as the table grows, so the views used
  // as map keys stay valid.
  std::deque<std::string> texts_;
  std::vector<std::uint64_t> hashes_;
  std::unordered_map<std::string_view, Symbol, TransparentHash, std::equal_to<>> index_;
};

}  // namespace govsim
