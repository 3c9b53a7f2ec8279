#include "scenario/input_source.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/did_you_mean.hpp"
#include "io/file_stem.hpp"
#include "io/input_error.hpp"
#include "io/input_limits.hpp"
#include "io/printable.hpp"
#include "scenario/builtin_library.hpp"

namespace govsim {
namespace {

std::string_view kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::arrangement:
      return "arrangement";
    case InputKind::experiment:
      return "experiment";
    default:
      return "scenario";
  }
}

bool is_of_kind(std::string_view path, InputKind kind) {
  const bool in_arrangements = path.starts_with("arrangements/");
  const bool in_experiments = path.starts_with("experiments/");
  if (kind == InputKind::arrangement) return in_arrangements;
  if (kind == InputKind::experiment) return in_experiments;
  return !in_arrangements && !in_experiments;
}

// "01-expedited-discharge" is also known as "expedited-discharge".
std::string without_number(const std::string& stem) {
  std::size_t digits = 0;
  while (digits < stem.size() && std::isdigit(static_cast<unsigned char>(stem[digits]))) ++digits;
  if (digits > 0 && digits < stem.size() && stem[digits] == '-') return stem.substr(digits + 1);
  return stem;
}

// "2" or "02" names "02-eligibility-cut".
bool is_number_of(std::string_view name, const std::string& stem) {
  if (name.empty() || !std::all_of(name.begin(), name.end(),
                                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  const auto dash = stem.find('-');
  if (dash == std::string::npos) return false;
  try {
    return std::stoi(std::string(name)) == std::stoi(stem.substr(0, dash));
  } catch (const std::exception&) {
    return false;
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw InputError({path.string()}, "cannot read file: " + error.message());
  const std::size_t limit = input_limits().yaml_bytes;
  if (size > limit) {
    std::ostringstream message;
    message << "file is too large (" << describe_size(size)
            << "; arrangement and scenario files are limited to " << describe_size(limit)
            << "): is this the right file? (--max-input-mb raises the limit)";
    throw InputError({path.string()}, message.str());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path.string()}, "cannot open file for reading (check its permissions)");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::vector<BuiltinEntry> builtins(InputKind kind) {
  std::vector<BuiltinEntry> entries;
  for (const BuiltinFile& file : builtin_files())
    if (is_of_kind(file.path, kind))
      entries.push_back({file_stem(file.path), "scenarios/" + std::string(file.path), file.text});
  return entries;
}

InputText read_input(std::string_view name, InputKind kind) {
  const std::filesystem::path path{std::string(name)};
  std::error_code error;
  if (std::filesystem::is_directory(path, error))
    throw InputError({std::string(name)}, "is a folder, not a file: name a .yaml file");
  if (std::filesystem::exists(path, error)) {
    InputText input{std::string(name), read_file(path), false};
    // A saved log given where a file to load is expected would otherwise be
    // refused as YAML with an unknown key 'schema', which says nothing useful.
    if (input.text.starts_with("{\"schema\":\"govsim-event-log\""))
      throw InputError({std::string(name), 1, 1},
                       "this is a saved run (a govsim event log), not " +
                           std::string(kind == InputKind::scenario ? "a " : "an ") +
                           std::string(kind_name(kind)) + ": replay it with `govsim view --log " +
                           printable_path(name) + "`, or report on it with `govsim report " +
                           printable_path(name) + " -o REPORT.html`");
    return input;
  }

  const auto entries = builtins(kind);
  std::vector<std::string> known;
  for (const auto& entry : entries) {
    if (name == entry.name || name == entry.path || name == without_number(entry.name) ||
        is_number_of(name, entry.name))
      return {entry.path, std::string(entry.text), true};
    known.push_back(entry.name);
  }
  // A misspelt path is answered with the closest file beside where it points,
  // spelt as the user would type it.
  std::string suggestion = did_you_mean(name, known);
  if (suggestion.empty() && path.has_parent_path() &&
      std::filesystem::is_directory(path.parent_path(), error)) {
    std::vector<std::string> beside;
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path(), error)) {
      if (beside.size() == 500) break;
      if (entry.is_regular_file(error))
        beside.push_back((path.parent_path() / entry.path().filename()).string());
    }
    std::sort(beside.begin(), beside.end());
    suggestion = did_you_mean(name, beside);
  }
  throw InputError({std::string(name)}, "no such file, and no built-in " + std::string(kind_name(kind)) +
                                            " of that name" + suggestion +
                                            "; `govsim list` shows the built-ins");
}

bool looks_like_an_arrangement(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.starts_with("agents:") || line.starts_with("jurisdiction:")) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace govsim
