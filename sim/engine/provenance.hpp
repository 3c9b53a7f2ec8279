#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govsim {

/// An input that shaped a run, with a hash of its bytes so a log can be matched
/// to the exact files that produced it.
struct InputFile {
  std::string role;  ///< "arrangement", "scenario"
  std::string name;  ///< as given: a path or a built-in name
  std::string hash;  ///< "fnv1a64:<16 hex digits>" of the file's bytes
};

/// A named parameter a run was given beyond its files: by `--set`, a sweep's
/// arm or a validation fact. What its files set is pinned by their hashes.
struct ParameterGiven {
  std::string name;
  double value = 0.0;
};

/// Where a log came from; written as the first line of a JSON Lines log.
struct Provenance {
  std::string govsim_version;
  std::string model;
  std::uint64_t seed = 0;
  std::uint64_t replication = 0;
  std::vector<InputFile> inputs;
  /// With the inputs, seed and replication, what it takes to make the run
  /// again: a log of a run with `--set` or `--areas` that did not say so would
  /// be reported and viewed as a run of its files alone.
  std::vector<ParameterGiven> parameters;
  std::vector<std::string> areas;  ///< the councils it was told to play in (`--areas`), beyond its scenario's
  std::optional<double> days;      ///< the run's own length (`--days`), when not the scenario's
  std::vector<std::string> choices;  ///< "POINT=OPTION" forced as a room would (`--choose`)
};

/// The input of this role ("scenario", "arrangement"), or null when the log names none.
inline const InputFile* input_of(const Provenance& provenance, std::string_view role) {
  for (const InputFile& input : provenance.inputs)
    if (input.role == role) return &input;
  return nullptr;
}

}  // namespace govsim
