#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace govsim {

/// User text made safe to quote in a one-line message: control characters are
/// escaped (a newline becomes \n, a NUL byte \0, others \xNN), bytes that are
/// not UTF-8 are shown as \xNN, and text longer than `limit` characters is cut
/// with an ellipsis — so a quoted key can never print a second line that looks
/// like a finding, nor echo a 4 MB value back.
std::string printable(std::string_view text, std::size_t limit = 60);

/// A file's path made safe to quote as printable() makes text, but kept whole
/// up to 500 characters and, past that, cut in the middle so that the file's
/// own name always shows: a path in a deep folder (a CI checkout, a build tree)
/// must still name the file it is about.
std::string printable_path(std::string_view path);

/// A whole message kept to one line: control characters and bytes that are not
/// UTF-8 escaped as by printable(), and anything past `limit` characters cut.
std::string one_line(std::string_view message, std::size_t limit = 1000);

/// Whether the text holds a NUL byte, or bytes that are not UTF-8; for naming
/// such input as what it is rather than as a parse error.
bool has_nul_byte(std::string_view text);
/// The byte offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace govsim
