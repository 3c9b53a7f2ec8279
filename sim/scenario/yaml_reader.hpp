#pragma once

#include <yaml-cpp/yaml.h>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/finding.hpp"
#include "model/distribution.hpp"
#include "scenario/input_source.hpp"

namespace govsim {

/// Parses an input's YAML. Throws InputError (file, line, column) when the text
/// is not YAML or is empty: nothing further can be checked in such a file.
YAML::Node parse_yaml(const InputText& input);

/// The place of a node in its file (yaml-cpp counts from 0; people from 1).
SourcePlace place_of(const YAML::Node& node, const std::string& file);

/// Reports each key written twice in one mapping (`what`, e.g. "an agent") as a
/// `duplicate-key` error at the second, naming the first's line. yaml-cpp keeps
/// both and reads only the first, so the second would otherwise be silently
/// ignored. Returns whether there was any.
bool report_duplicate_keys(const YAML::Node& map, const std::string& file, Findings& findings,
                           std::string_view what);

/// Reads one YAML mapping with a fixed set of keys, recording every problem in
/// `findings` instead of stopping at the first: unknown keys (with a suggestion),
/// keys written twice, wrong types, values out of range. Getters return nothing when the key is
/// absent or its value was unusable, so callers fall back to defaults.
class YamlMap {
 public:
  YamlMap(const YAML::Node& node, const std::string& file, Findings& findings, std::string what,
          std::span<const std::string_view> keys);

  bool valid() const { return valid_; }
  bool has(std::string_view key) const { return valid_ && node_[std::string(key)]; }
  YAML::Node get(std::string_view key) const { return node_[std::string(key)]; }
  SourcePlace place() const { return place_of(node_, file_); }
  SourcePlace place(std::string_view key) const;

  std::optional<std::string> text(std::string_view key) const;
  std::optional<double> number(std::string_view key, double min, double max) const;
  std::optional<int> integer(std::string_view key, int min, int max) const;
  std::optional<bool> flag(std::string_view key) const;
  /// A single string or a list of strings, each with its place.
  std::vector<std::pair<std::string, SourcePlace>> text_list(std::string_view key) const;
  /// A distribution of non-negative values (see docs/arrangements.md): a number,
  /// or {exponential: m}, {uniform: [a, b]}, {lognormal: [mean, sd]},
  /// {triangular: [min, mode, max]}, {constant: v}.
  std::optional<Distribution> distribution(std::string_view key) const;
  /// Reports that a required `key` is missing, with `needs` saying what it holds
  /// ("a decision point needs 'options': …"). When the mapping has exactly one
  /// unknown key, that is taken for the missing one misspelt or misnamed
  /// (`choices:` for `options:`): its error is reworded to say what to write
  /// instead and no second error is added, so one mistake is one error.
  void missing(std::string_view key, const std::string& needs) const;

  const std::string& file() const { return file_; }
  Findings& findings() const { return *findings_; }

 private:
  void wrong_type(std::string_view key, std::string_view expected) const;

  YAML::Node node_;
  std::string file_;
  Findings* findings_;
  std::string what_;
  bool valid_ = false;
  /// The unknown keys of this mapping, each with its finding's index.
  std::vector<std::pair<std::string, std::size_t>> unknown_;
};

/// Reads a distribution from any node (see YamlMap::distribution).
std::optional<Distribution> read_distribution(const YAML::Node& node, const std::string& file,
                                              Findings& findings, std::string_view what);

}  // namespace govsim
