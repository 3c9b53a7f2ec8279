#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace govsim {

/// An input that shaped a run, with a hash of its bytes so a log can be matched
/// to the exact files that produced it.
struct InputFile {
  std::string role;  ///< "arrangement", "scenario"
  std::string name;  ///< as given: a path or a built-in name
  std::string hash;  ///< "fnv1a64:<16 hex digits>" of the file's bytes
};

/// Where a log came from; written as the first line of a JSON Lines log.
struct Provenance {
  std::string govsim_version;
  std::string model;
  std::uint64_t seed = 0;
  std::uint64_t replication = 0;
  std::vector<InputFile> inputs;
};

}  // namespace govsim
