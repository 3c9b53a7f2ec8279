#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>

namespace govsim {

/// gnuplot could not draw: it is not installed, it failed, or it took too
/// long. The message is one line a user can act on; `govsim` prints it as
/// "govsim: error: …".
class GnuplotError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws GnuplotError ("gnuplot is not installed: run `make deps` …") unless a
/// `gnuplot` program is on PATH; a command asked for pictures calls it before
/// any work, so a missing program costs nothing.
void require_gnuplot();

/// Runs gnuplot (no shell, no init file: `gnuplot -d`) with `script` on its
/// standard input, and returns the SVG element the script draws to standard
/// output (`set terminal svg`; no `set output`), ready to inline in HTML: the
/// XML prologue is dropped, every id in it is prefixed with `id_prefix` (so
/// several plots share a page) and its <title> is `title`. Throws GnuplotError
/// when gnuplot is missing, fails (naming the first line it printed to
/// standard error), prints no SVG, or runs longer than `timeout` (then it is
/// killed).
std::string gnuplot_svg(const std::string& script, std::string_view id_prefix, std::string_view title,
                        std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// `text` as a gnuplot string literal, safe to put in a script: single-quoted
/// (where gnuplot substitutes neither `backquoted commands` nor @macros, and
/// reads no escapes), a quote doubled, and control characters — a newline
/// would end the command — and bytes that are not UTF-8 escaped as printable()
/// shows them. Scripts must use the terminal's `noenhanced` text, so that ^, _
/// and @ in a label print as themselves.
std::string gnuplot_string(std::string_view text);

}  // namespace govsim
