#pragma once

// What the fuzz targets share: turning libFuzzer's bytes into an input, and the
// built-in arrangements and scenarios, loaded once per process and looked up by
// name without touching the file system (a fuzzed file must not make a target
// read whatever path it names).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "io/file_stem.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/input_source.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim::fuzz {

/// Inputs above the project's limit are refused by read_input before any loader
/// sees them, so the loaders are not fuzzed beyond it.
inline bool too_large(std::size_t size) { return size > max_input_bytes; }

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// The built-in of `kind` that `name` names, as read_input would resolve it: by
/// its stem, with or without its number ("01-expedited-discharge",
/// "expedited-discharge"), or by a path ending in that stem. Null if none.
inline const BuiltinEntry* find_builtin(std::string_view name, InputKind kind) {
  static const auto arrangements = builtins(InputKind::arrangement);
  static const auto scenarios = builtins(InputKind::scenario);
  const auto& entries = kind == InputKind::arrangement ? arrangements : scenarios;
  const std::string stem = file_stem(std::string(name));
  for (const BuiltinEntry& entry : entries) {
    const auto dash = entry.name.find('-');
    const bool numbered =
        dash != std::string::npos && dash > 0 && entry.name.find_first_not_of("0123456789") == dash;
    if (stem == entry.name || (numbered && stem == entry.name.substr(dash + 1))) return &entry;
  }
  return nullptr;
}

/// A built-in arrangement, loaded once.
inline const LoadedArrangement* builtin_arrangement(std::string_view name) {
  static std::map<std::string, std::unique_ptr<LoadedArrangement>> cache;
  const BuiltinEntry* entry = find_builtin(name, InputKind::arrangement);
  if (!entry) return nullptr;
  auto& slot = cache[entry->name];
  if (!slot)
    slot =
        std::make_unique<LoadedArrangement>(load_arrangement({entry->path, std::string(entry->text), true}));
  return slot.get();
}

/// A built-in scenario, loaded once.
inline const LoadedScenario* builtin_scenario(std::string_view name) {
  static std::map<std::string, std::unique_ptr<LoadedScenario>> cache;
  const BuiltinEntry* entry = find_builtin(name, InputKind::scenario);
  if (!entry) return nullptr;
  auto& slot = cache[entry->name];
  if (!slot)
    slot = std::make_unique<LoadedScenario>(load_scenario({entry->path, std::string(entry->text), true}));
  return slot.get();
}

}  // namespace govsim::fuzz
