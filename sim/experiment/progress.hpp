#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace govsim {

/// How long runs report their progress: a bar redrawn in place on a terminal
/// (runs done of all, rate, time left), a plain line every few seconds when
/// standard error is a file or a pipe (a cluster job's log), nothing when quiet.
class Progress {
 public:
  enum class Style { bar, lines, quiet };
  /// `style` from where the output goes: bar on a terminal, lines otherwise.
  static Style style_for(bool quiet);

  Progress(std::ostream& out, Style style, std::string what, std::uint64_t total,
           std::uint64_t already_done = 0);
  /// One more run done; redraws when it is time to.
  void step(std::uint64_t runs = 1);
  /// The last line: how many, how long, at what rate.
  void finish(const std::string& ending = "");
  std::uint64_t done() const { return done_; }

 private:
  void draw(bool last);
  std::ostream& out_;
  Style style_;
  std::string what_;
  std::uint64_t total_, done_, start_done_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace govsim
