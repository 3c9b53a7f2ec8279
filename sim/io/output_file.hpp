#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace govsim {

/// The files one command reads and the files it will write, checked together
/// before anything is written, so that no output can replace an input, another
/// output, a device or somebody's arrangement. A command names its inputs with
/// `reads`, then each output with `writes`, which throws InputError at the first
/// clash; only then does the command run and write.
///
/// An output may be:
///   "-"                  standard output (at most one output per command);
///   a FIFO or a terminal written through, never replaced;
///   a regular file, or a new name, written whole or not at all (write-then-rename);
///   a symbolic link to one of those, which is followed (the link is kept).
/// Anything else — a folder, a device, a socket, a missing folder — is refused.
class OutputPlan {
 public:
  /// An input of the command: a path, or a built-in name (ignored when no file
  /// of that name exists).
  void reads(const std::string& path_or_name);

  /// Declares an output given to `option` (e.g. "--log"). Throws InputError
  /// naming the path when it is an input, an existing arrangement or scenario,
  /// another output of this command, or a file of a kind that cannot be written.
  /// An empty path (the option not given) is ignored.
  void writes(const std::string& option, const std::string& path);

  /// True when some output declared so far goes to standard output.
  bool uses_standard_output() const { return standard_output_; }

 private:
  struct Named {
    std::string option;
    std::string path;
  };
  std::vector<std::filesystem::path> inputs_;
  std::vector<Named> outputs_;
  bool standard_output_ = false;
};

/// Writes one output as OutputPlan describes: "-" to standard output, a FIFO or
/// terminal through, a regular file atomically. Throws InputError naming the path
/// when it cannot be written.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

/// For writers that can only write to a named file (SFML encodes PNGs only that
/// way): `write` is given a temporary path ending in `extension`, whose bytes then
/// go to `path` as write_output would put them.
void write_output_through_file(const std::string& path, const std::string& extension,
                               const std::function<void(const std::filesystem::path&)>& write);

}  // namespace govsim
