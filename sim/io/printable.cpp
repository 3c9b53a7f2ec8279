#include "io/printable.hpp"

#include <cstdio>
#include <vector>

namespace govsim {
namespace {

// The length of the UTF-8 sequence starting at text[i], or 0 when the bytes
// there are not valid UTF-8 (overlong forms and surrogates included).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned min = 0;
  unsigned code = 0;
  if ((lead & 0xE0) == 0xC0)
    length = 2, min = 0x80, code = lead & 0x1F;
  else if ((lead & 0xF0) == 0xE0)
    length = 3, min = 0x800, code = lead & 0x0F;
  else if ((lead & 0xF8) == 0xF0)
    length = 4, min = 0x10000, code = lead & 0x07;
  else
    return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

void append_escaped_byte(std::string& out, unsigned char c) {
  switch (c) {
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\0':
      out += "\\0";
      return;
    default: {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
}

// The text as printable characters, each already escaped, stopping after
// `limit` of them; the caller decides where an ellipsis goes.
std::vector<std::string> printable_characters(std::string_view text, std::size_t limit) {
  std::vector<std::string> characters;
  for (std::size_t i = 0; i < text.size() && characters.size() < limit;) {
    const std::size_t length = utf8_length(text, i);
    const auto c = static_cast<unsigned char>(text[i]);
    std::string shown;
    if (length == 0 || c < 0x20 || c == 0x7F) {
      append_escaped_byte(shown, c);
      i += 1;
    } else {
      shown.assign(text.substr(i, length));
      i += length;
    }
    characters.push_back(std::move(shown));
  }
  return characters;
}

std::string escaped(std::string_view text, std::size_t limit) {
  std::string out;
  const auto characters = printable_characters(text, limit + 1);
  for (std::size_t k = 0; k < characters.size() && k < limit; ++k) out += characters[k];
  if (characters.size() > limit) out += "…";
  return out;
}

}  // namespace

std::string printable(std::string_view text, std::size_t limit) { return escaped(text, limit); }

std::string one_line(std::string_view message, std::size_t limit) { return escaped(message, limit); }

std::string printable_path(std::string_view path) {
  // A path is cut in its middle, never its end: the file's own name is what a
  // reader needs to act on, and a deep build or checkout folder is what grows.
  constexpr std::size_t head = 200;
  constexpr std::size_t tail = 300;
  const auto characters = printable_characters(path, std::string_view::npos);
  std::string out;
  if (characters.size() <= head + tail) {
    for (const auto& c : characters) out += c;
    return out;
  }
  for (std::size_t k = 0; k < head; ++k) out += characters[k];
  out += "…";
  for (std::size_t k = characters.size() - tail; k < characters.size(); ++k) out += characters[k];
  return out;
}

bool has_nul_byte(std::string_view text) { return text.find('\0') != std::string_view::npos; }

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace govsim
