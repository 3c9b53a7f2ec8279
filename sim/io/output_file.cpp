#include "io/output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "io/input_error.hpp"
#include "io/printable.hpp"

namespace govsim {
namespace {

namespace fs = std::filesystem;

enum class Destination { standard_output, written_through, replaced_whole };

struct Resolved {
  Destination destination = Destination::replaced_whole;
  fs::path file;  ///< the file itself, symbolic links followed
  bool exists = false;
};

[[noreturn]] void refuse(const std::string& path, const std::string& why) { throw InputError({path}, why); }

// A character device is written through only when it is a terminal: another
// device (a disk, /dev/full, /dev/null) is nothing a user means as an output.
bool is_terminal(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return false;
  const bool terminal = ::isatty(fd) == 1;
  ::close(fd);
  return terminal;
}

Resolved resolve(const std::string& path) {
  if (path == "-") return {Destination::standard_output, {}, false};
  std::error_code error;
  const fs::path given(path);
  const fs::file_status link = fs::symlink_status(given, error);
  if (!fs::exists(link)) {
    const fs::path folder = given.parent_path().empty() ? fs::path(".") : given.parent_path();
    if (!fs::is_directory(folder, error))
      refuse(path, "cannot write here: the folder '" + printable_path(folder.string()) +
                       "' does not exist (create it first, or choose another place)");
    return {Destination::replaced_whole, given, false};
  }
  fs::path file = given;
  if (fs::is_symlink(link)) {
    // Followed to the file it names, which is written in its place and may be
    // new; the link itself is kept.
    for (int hops = 0; fs::is_symlink(fs::symlink_status(file, error)); ++hops) {
      const fs::path next = fs::read_symlink(file, error);
      if (error || hops == 40)
        refuse(path, "is a symbolic link that cannot be followed: name the file itself");
      file = next.is_absolute() ? next : file.parent_path() / next;
    }
    if (!fs::exists(fs::symlink_status(file, error))) {
      const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
      if (!fs::is_directory(folder, error))
        refuse(path, "is a symbolic link into a folder that does not exist ('" +
                         printable_path(folder.string()) + "'): name the file itself, or another place");
      return {Destination::replaced_whole, file, false};
    }
    file = fs::canonical(file, error);
  }
  const fs::file_status status = fs::status(file, error);
  switch (status.type()) {
    case fs::file_type::regular:
      return {Destination::replaced_whole, file, true};
    case fs::file_type::fifo:
      return {Destination::written_through, file, true};
    case fs::file_type::directory:
      refuse(path, "is a folder, not a file: name a file in it");
    case fs::file_type::character:
      if (is_terminal(file)) return {Destination::written_through, file, true};
      refuse(path,
             "is a device, not a file: govsim writes to a regular file, a FIFO, a terminal or - "
             "(standard output)");
    default:
      refuse(path,
             "is not a regular file: govsim writes to a regular file, a FIFO, a terminal or - "
             "(standard output)");
  }
}

bool has_input_extension(const fs::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".yaml" || extension == ".yml";
}

// An arrangement, scenario or experiment kept under another extension still
// starts one of its lines with a key only those files have.
bool looks_like_an_input(const fs::path& file) {
  if (has_input_extension(file)) return true;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  static constexpr std::array keys = {
      "jurisdiction:", "agents:",          "scheme_of_delegation:", "cohorts:",
      "injects:",      "decision_points:", "arrangements:",         "replications:"};
  for (int lines = 0; lines < 2000 && std::getline(in, line); ++lines)
    for (const char* key : keys)
      if (line.starts_with(key)) return true;
  return false;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
  return fs::weakly_canonical(fs::absolute(a, error), error) ==
         fs::weakly_canonical(fs::absolute(b, error), error);
}

std::atomic<unsigned> partial_count{0};

// A hidden name beside the target, unique to this process and write.
fs::path partial_beside(const fs::path& target, const std::string& extension) {
  return target.parent_path() /
         ("." + target.filename().string() + ".partial-" + std::to_string(static_cast<long>(::getpid())) +
          "-" + std::to_string(partial_count++) + extension);
}

void finish_replacing(const fs::path& partial, const Resolved& target, const std::string& path) {
  std::error_code error;
  // A replaced file keeps the permissions it had.
  if (target.exists) fs::permissions(partial, fs::status(target.file, error).permissions(), error);
  fs::rename(partial, target.file, error);
  if (error) {
    std::error_code ignored;
    fs::remove(partial, ignored);
    refuse(path, "cannot write output file: " + error.message());
  }
}

void write_through(const Resolved& target, const std::string& path,
                   const std::function<void(std::ostream&)>& write) {
  if (target.destination == Destination::standard_output) {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) refuse(path, "cannot write to standard output");
    return;
  }
  // No truncation is asked for: a FIFO or a terminal has nothing to truncate.
  std::ofstream out(target.file, std::ios::binary | std::ios::out | std::ios::app);
  if (!out) refuse(path, std::string("cannot open for writing: ") + std::strerror(errno));
  write(out);
  out.flush();
  if (!out) refuse(path, "write failed (was the reader closed?)");
}

}  // namespace

void OutputPlan::reads(const std::string& path_or_name) {
  std::error_code error;
  if (!path_or_name.empty() && path_or_name != "-" && fs::exists(path_or_name, error))
    inputs_.emplace_back(path_or_name);
}

void OutputPlan::writes(const std::string& option, const std::string& path) {
  if (path.empty()) return;
  const Resolved target = resolve(path);
  if (target.destination == Destination::standard_output) {
    for (const Named& other : outputs_)
      if (other.path == "-")
        refuse(path, other.option + " and " + option +
                         " both write to standard output: send one of them to a file");
    standard_output_ = true;
    outputs_.push_back({option, path});
    return;
  }
  for (const fs::path& input : inputs_)
    if (same_file(target.file, input))
      refuse(path, "is an input of this command (" + printable_path(input.string()) +
                       "): govsim never writes over its inputs; choose another file for " + option);
  if (target.destination == Destination::replaced_whole && target.exists && looks_like_an_input(target.file))
    refuse(path,
           "is an arrangement, scenario or experiment file: govsim never overwrites one; choose another "
           "file for " +
               option + " (a log ends .jsonl, a report .json, .md or .html, a results store .sqlite)");
  for (const Named& other : outputs_)
    if (other.path != "-" && same_file(resolve(other.path).file, target.file))
      refuse(path, other.option + " and " + option + " both name this file: give each output its own file");
  outputs_.push_back({option, path});
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const Resolved target = resolve(path);
  if (target.destination != Destination::replaced_whole) return write_through(target, path, write);
  const fs::path partial = partial_beside(target.file, "");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out)
      refuse(path, std::string("cannot write output file: ") + std::strerror(errno) +
                       " (check the folder is writable)");
    try {
      write(out);
      out.flush();
    } catch (...) {
      out.close();
      std::error_code ignored;
      fs::remove(partial, ignored);
      throw;
    }
    if (!out) {
      out.close();
      std::error_code ignored;
      fs::remove(partial, ignored);
      refuse(path, "cannot write output file: the write failed (is the disk full?)");
    }
  }
  finish_replacing(partial, target, path);
}

void write_output_through_file(const std::string& path, const std::string& extension,
                               const std::function<void(const fs::path&)>& write) {
  const Resolved target = resolve(path);
  const fs::path partial = target.destination == Destination::replaced_whole
                               ? partial_beside(target.file, extension)
                               : partial_beside(fs::temp_directory_path() / "govsim-output", extension);
  auto discard = [&] {
    std::error_code ignored;
    fs::remove(partial, ignored);
  };
  try {
    write(partial);
  } catch (...) {
    discard();
    throw;
  }
  std::error_code error;
  if (!fs::is_regular_file(partial, error)) {
    discard();
    refuse(path, "cannot write output file here (check the folder is writable)");
  }
  if (target.destination == Destination::replaced_whole) return finish_replacing(partial, target, path);
  try {
    write_through(target, path, [&](std::ostream& out) {
      std::ifstream in(partial, std::ios::binary);
      out << in.rdbuf();
    });
  } catch (...) {
    discard();
    throw;
  }
  discard();
}

}  // namespace govsim
