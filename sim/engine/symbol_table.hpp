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
  // The index views the texts it owns: a copy must index its own copies, not
  // the original's (a log copied for a training session outlives its source).
  SymbolTable(const SymbolTable& other) : texts_(other.texts_), hashes_(other.hashes_) { reindex(); }
  SymbolTable& operator=(const SymbolTable& other) {
    if (this != &other) {
      texts_ = other.texts_;
      hashes_ = other.hashes_;
      reindex();
    }
    return *this;
  }
  SymbolTable(SymbolTable&&) = default;
  SymbolTable& operator=(SymbolTable&&) = default;

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
  void reindex() {
    index_.clear();
    for (std::size_t i = 1; i < texts_.size(); ++i) index_.emplace(texts_[i], static_cast<Symbol>(i));
  }
  std::deque<std::string> texts_;
  std::vector<std::uint64_t> hashes_;
  std::unordered_map<std::string_view, Symbol, TransparentHash, std::equal_to<>> index_;
};

}  // namespace govsim
