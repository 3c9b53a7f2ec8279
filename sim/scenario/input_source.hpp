#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govsim {

enum class InputKind { arrangement, scenario, experiment };

/// The text of an input and the name to use for it in messages and provenance.
struct InputText {
  std::string name;  ///< the path given, or "scenarios/<path>" for a built-in
  std::string text;
  bool builtin = false;
};

/// The default size limit of an arrangement or scenario file (io/input_limits.hpp
/// holds the limit in force, which --max-input-mb may raise).
inline constexpr std::size_t max_input_bytes = 5 * 1024 * 1024;

/// Reads `name`: a file if one exists at that path, else the built-in of that
/// kind with that name (with or without its number, e.g. "01-expedited-discharge"
/// or "expedited-discharge", or the path provenance names it by,
/// "scenarios/arrangements/<name>.yaml"). Throws InputError saying what to do otherwise.
InputText read_input(std::string_view name, InputKind kind);

/// An arrangement has agents and a jurisdiction at its top level; a scenario has
/// neither. Told from the text without parsing it (the size limit comes first);
/// a file that is not YAML at all is taken for a scenario, whose loader reports
/// where the YAML breaks.
bool looks_like_an_arrangement(std::string_view text);

struct BuiltinEntry {
  std::string name;  ///< the file's stem, as `govsim list` shows it
  std::string path;  ///< "scenarios/arrangements/<name>.yaml"
  std::string_view text;
};

/// The built-in files of one kind, in order.
std::vector<BuiltinEntry> builtins(InputKind kind);

}  // namespace govsim
