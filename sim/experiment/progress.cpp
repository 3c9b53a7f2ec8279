#include "experiment/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <sstream>

namespace govsim {
namespace {

std::string duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  std::ostringstream out;
  const auto s = static_cast<long long>(std::llround(seconds));
  if (s >= 3600)
    out << s / 3600 << "h" << std::setw(2) << std::setfill('0') << (s % 3600) / 60 << "m";
  else if (s >= 60)
    out << s / 60 << "m" << std::setw(2) << std::setfill('0') << s % 60 << "s";
  else
    out << s << "s";
  return out.str();
}

}  // namespace

Progress::Style Progress::style_for(bool quiet) {
  if (quiet) return Style::quiet;
  return isatty(fileno(stderr)) ? Style::bar : Style::lines;
}

Progress::Progress(std::ostream& out, Style style, std::string what, std::uint64_t total,
                   std::uint64_t already_done)
    : out_(out),
      style_(style),
      what_(std::move(what)),
      total_(total),
      done_(already_done),
      start_done_(already_done),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {
  if (style_ != Style::quiet && already_done > 0)
    out_ << "govsim: " << what_ << ": " << already_done << " of " << total_ << " runs already in the store\n";
}

void Progress::step(std::uint64_t runs) {
  done_ += runs;
  const auto now = std::chrono::steady_clock::now();
  // A bar at most ten times a second; a line every five seconds.
  const auto every = style_ == Style::bar ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
  if (style_ != Style::quiet && now - last_draw_ >= every) {
    last_draw_ = now;
    draw(false);
  }
}

void Progress::draw(bool last) {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_ - start_done_) / elapsed : 0.0;
  const double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : NAN;
  std::ostringstream text;
  text << std::fixed << std::setprecision(0) << done_ << "/" << total_ << " runs, " << rate << "/s, "
       << (last ? "took " + duration(elapsed) : duration(left) + " left");
  if (style_ == Style::bar) {
    constexpr int width = 30;
    const int filled =
        total_ ? static_cast<int>(width * static_cast<double>(done_) / static_cast<double>(total_)) : width;
    out_ << "\r" << what_ << " [" << std::string(static_cast<std::size_t>(filled), '#')
         << std::string(static_cast<std::size_t>(width - filled), '.') << "] " << text.str() << "\x1b[K";
    if (last) out_ << '\n';
  } else {
    out_ << "govsim: " << what_ << ": " << text.str() << '\n';
  }
  out_.flush();
}

void Progress::finish(const std::string& ending) {
  if (style_ == Style::quiet) return;
  draw(true);
  if (!ending.empty()) out_ << "govsim: " << ending << '\n';
}

}  // namespace govsim
