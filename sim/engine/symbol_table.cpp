#include "engine/symbol_table.hpp"

#include "io/stable_hash.hpp"

namespace govsim {

SymbolTable::SymbolTable() {
  texts_.emplace_back();
  hashes_.push_back(0);
}

Symbol SymbolTable::intern(std::string_view text) {
  if (text.empty()) return no_symbol;
  if (auto found = index_.find(text); found != index_.end()) return found->second;
  const auto symbol = static_cast<Symbol>(texts_.size());
  const std::string& stored = texts_.emplace_back(text);
  hashes_.push_back(stable_hash(stored));
  index_.emplace(std::string_view(stored), symbol);
  return symbol;
}

Symbol SymbolTable::find(std::string_view text) const {
  if (auto found = index_.find(text); found != index_.end()) return found->second;
  return no_symbol;
}

std::size_t SymbolTable::memory_bytes() const {
  std::size_t bytes = hashes_.capacity() * sizeof(std::uint64_t) +
                      index_.size() * (sizeof(std::string_view) + sizeof(Symbol) + 2 * sizeof(void*));
  for (const auto& text : texts_) bytes += sizeof(std::string) + (text.size() > 15 ? text.capacity() : 0);
  return bytes;
}

}  // namespace govsim
