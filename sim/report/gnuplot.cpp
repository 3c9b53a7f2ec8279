// Running gnuplot to draw the plots of experiment reports as inline SVG.
//
// Why gnuplot: it is made for plots (error bars, filled bands, box-like shapes,
// axes and ticks that read well with no tuning), takes its whole plot as a
// script, so a plot is a string govsim writes and tests can read, draws SVG
// (`set terminal svg`) that inlines in a self-contained HTML file, and is one
// Debian package (gnuplot-nox, without X) — just as Graphviz `dot` draws the
// escalation paths of run reports. Drawing the plots by hand in SVG would mean
// writing axes, tick choice and text layout again; a plotting library would
// mean a dependency in the build rather than one program at run time.
//
// How it is run, safely: posix_spawnp with an argument vector (no shell, so no
// label can become a command), `-d` (no ~/.gnuplot or system init file changes
// the picture), the script on a pipe to its standard input (no temporary
// file), its SVG read back from its standard output and its messages from
// standard error, every other descriptor closed in the child, a deadline after
// which it is killed, and SIGPIPE held off while writing, so a gnuplot that
// dies early cannot kill govsim. Labels go into scripts only through
// gnuplot_string(). (The run report's `dot` is run through std::system with
// its temporary files quoted, and falls back to a list when `dot` is missing;
// these plots have no such fallback, so a missing gnuplot is an error before
// any work is done.)
#include "report/gnuplot.hpp"
#include "report/html_text.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "io/printable.hpp"

extern char** environ;

namespace govsim {
namespace {

constexpr const char* missing_message =
    "gnuplot is not installed: run `make deps` (or apt-get install gnuplot-nox)";
// A plot of govsim's is tens of kilobytes; anything past this is a runaway.
constexpr std::size_t max_output_bytes = std::size_t{64} << 20;

bool on_path(const char* program) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  while (true) {
    const std::size_t colon = rest.find(':');
    std::string folder(rest.substr(0, colon));
    if (folder.empty()) folder = ".";
    const std::string candidate = folder + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) return false;
    rest.remove_prefix(colon + 1);
  }
}

// A pipe whose ends are closed on exec; the child gets copies through dup2.
struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
      throw GnuplotError(std::string("could not start gnuplot: ") + std::strerror(errno));
    read = ends[0];
    write = ends[1];
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  void close_read() {
    if (read >= 0) ::close(read);
    read = -1;
  }
  void close_write() {
    if (write >= 0) ::close(write);
    write = -1;
  }
};

// Holds SIGPIPE off in this thread while it lives; a SIGPIPE raised meanwhile
// (writing to a gnuplot that has exited) is taken off the queue, not delivered.
class SigpipeHeld {
 public:
  SigpipeHeld() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    already_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &pipe_, &previous_);
  }
  ~SigpipeHeld() {
    if (!already_pending_) {
      const timespec none{0, 0};
      while (sigtimedwait(&pipe_, nullptr, &none) == SIGPIPE) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  SigpipeHeld(const SigpipeHeld&) = delete;
  SigpipeHeld& operator=(const SigpipeHeld&) = delete;

 private:
  sigset_t pipe_{}, previous_{};
  bool already_pending_ = false;
};

struct Finished {
  int status = 0;
  std::string out, err;
};

Finished run(const std::string& script, std::chrono::milliseconds timeout) {
  Pipe in, out, err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
  // Whatever govsim has open (a results store, an output being written) stays out of gnuplot.
  posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
  std::array<char*, 3> argv{const_cast<char*>("gnuplot"), const_cast<char*>("-d"), nullptr};
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "gnuplot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) throw GnuplotError(missing_message);
  if (spawned != 0) throw GnuplotError(std::string("could not start gnuplot: ") + std::strerror(spawned));
  in.close_read();
  out.close_write();
  err.close_write();
  for (int fd : {in.write, out.read, err.read}) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

  SigpipeHeld held;
  Finished f;
  std::size_t written = 0;
  bool timed_out = false, too_long = false;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  if (script.empty()) in.close_write();
  while (in.write >= 0 || out.read >= 0 || err.read >= 0) {
    std::vector<pollfd> fds;
    if (in.write >= 0) fds.push_back({in.write, POLLOUT, 0});
    if (out.read >= 0) fds.push_back({out.read, POLLIN, 0});
    if (err.read >= 0) fds.push_back({err.read, POLLIN, 0});
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == in.write) {
        const ssize_t n = ::write(in.write, script.data() + written, script.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == script.size()) in.close_write();
        continue;
      }
      std::array<char, 65536> buffer;
      const ssize_t n = ::read(p.fd, buffer.data(), buffer.size());
      if (n > 0) {
        std::string& text = p.fd == out.read ? f.out : f.err;
        text.append(buffer.data(), static_cast<std::size_t>(n));
        if (f.out.size() + f.err.size() > max_output_bytes) too_long = true;
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        if (p.fd == out.read)
          out.close_read();
        else
          err.close_read();
      }
    }
    if (too_long) break;
  }
  if (timed_out || too_long) ::kill(pid, SIGKILL);
  while (::waitpid(pid, &f.status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    std::ostringstream seconds;
    seconds << static_cast<double>(timeout.count()) / 1000.0;
    throw GnuplotError("gnuplot took longer than " + seconds.str() + " s to draw a plot and was stopped");
  }
  if (too_long) throw GnuplotError("gnuplot wrote more than 64 MB for one plot and was stopped");
  return f;
}

// Every id in the SVG, and every reference to one, with `prefix` in front.
std::string prefix_ids(std::string svg, std::string_view prefix) {
  const std::string p(prefix);
  for (const std::string_view from : {"id='", "id=\"", "href='#", "href=\"#", "url(#"}) {
    const std::string to = std::string(from) + p;
    for (std::size_t at = svg.find(from); at != std::string::npos; at = svg.find(from, at + to.size()))
      svg.replace(at, from.size(), to);
  }
  return svg;
}

}  // namespace

void require_gnuplot() {
  if (!on_path("gnuplot")) throw GnuplotError(missing_message);
}

std::string gnuplot_string(std::string_view text) {
  const std::string safe = one_line(text);
  std::string out = "'";
  for (char c : safe) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string gnuplot_svg(const std::string& script, std::string_view id_prefix, std::string_view title,
                        std::chrono::milliseconds timeout) {
  const Finished f = run(script, timeout);
  if (WIFSIGNALED(f.status) || !WIFEXITED(f.status) || WEXITSTATUS(f.status) != 0) {
    // gnuplot names the problem on a line of its own, after the line it quotes.
    std::string first;
    for (std::size_t at = 0; at < f.err.size();) {
      const std::size_t end = f.err.find('\n', at);
      std::string line = f.err.substr(at, end == std::string::npos ? std::string::npos : end - at);
      at = end == std::string::npos ? f.err.size() : end + 1;
      if (line.find_first_not_of(" \t^") == std::string::npos) continue;
      first = line;
      if (line.find("line ") != std::string::npos) break;
    }
    throw GnuplotError("gnuplot could not draw a plot: " +
                       (first.empty() ? std::string("it exited with status ") +
                                            std::to_string(WIFEXITED(f.status) ? WEXITSTATUS(f.status) : -1)
                                      : one_line(first, 200)));
  }
  const std::size_t start = f.out.find("<svg");
  const std::size_t end = f.out.rfind("</svg>");
  if (start == std::string::npos || end == std::string::npos || end < start)
    throw GnuplotError("gnuplot drew no SVG: is its svg terminal missing?");
  std::string svg = prefix_ids(f.out.substr(start, end + 6 - start), id_prefix);
  const std::string gnuplot_title = "<title>Gnuplot</title>";
  if (const std::size_t at = svg.find(gnuplot_title); at != std::string::npos)
    svg.replace(at, gnuplot_title.size(), "<title>" + html_text(title) + "</title>");
  return svg;
}

}  // namespace govsim
