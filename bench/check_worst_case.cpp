// `govsim check` on the worst inputs under the 5 MB limit, to show that it stays
// roughly linear in the file's size (issue: a file of misspelt names once took
// hours, because every unknown name was compared with every id in full).
//
//   bench_check_worst_case [--mb M] [--write FOLDER] [--govsim PATH] [--max-seconds S]
//
// Builds, for sizes up to M MB (default 5):
//   misspelt-links   the national arrangement (1,500 ids) followed by links whose
//                    ends are all misspelt ids: each needs a suggestion;
//   long-unknown     one link naming an unknown id M MB long.
// and times `govsim check` of each in a process of its own (--govsim PATH, by
// default the govsim beside this build), printing one JSON object per file. With
// --write, also leaves the files in FOLDER. Exits 1 if the check of a 5 MB file
// takes longer than --max-seconds (default 10).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "scenario/input_source.hpp"

namespace {

std::string national_text() {
  for (const auto& entry : govsim::builtins(govsim::InputKind::arrangement))
    if (entry.name == "national") return std::string(entry.text);
  return {};
}

// The ids of the national arrangement, each with two letters swapped.
std::string misspelt_links(std::size_t bytes) {
  std::string text = national_text();
  std::vector<std::string> ids;
  for (std::size_t at = text.find("\n  - id: "); at != std::string::npos;
       at = text.find("\n  - id: ", at + 1)) {
    const std::size_t start = at + 9, end = text.find_first_of(" \n#", start);
    ids.push_back(text.substr(start, end - start));
  }
  if (ids.empty()) ids.push_back("cswo");
  // Into the links section, which the scheme of delegation follows.
  const std::size_t links_end = text.find("\nscheme_of_delegation:");
  std::string links;
  std::size_t k = 0;
  while (text.size() + links.size() < bytes) {
    std::string a = ids[k % ids.size()], b = ids[(k * 7 + 3) % ids.size()];
    if (a.size() > 3) std::swap(a[1], a[2]);
    if (b.size() > 3) std::swap(b[b.size() - 2], b[b.size() - 1]);
    links += "  - " + a + " reports_to " + b + "\n";
    ++k;
  }
  return text.substr(0, links_end + 1) + links + text.substr(links_end + 1);
}

std::string long_unknown(std::size_t bytes) {
  const std::string text = national_text();
  const std::size_t links_end = text.find("\nscheme_of_delegation:");
  const std::string link = "  - " +
                           std::string(bytes > text.size() + 64 ? bytes - text.size() - 64 : 1, 'x') +
                           " reports_to fife.full_council\n";
  return text.substr(0, links_end + 1) + link + text.substr(links_end + 1);
}

// Runs `govsim check FILE` in a process of its own, as a user would, and
// measures its wall time and peak memory.
struct Measured {
  double seconds = 0.0;
  double peak_mb = 0.0;
  int status = -1;
};

Measured time_check(const std::string& govsim, const std::string& file) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = ::fork();
  if (child == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(govsim.c_str(), govsim.c_str(), "check", file.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(child, &status, 0, &usage);
  Measured m;
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  m.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 5.0, max_seconds = 10.0;
  std::string folder;
  std::string govsim = (std::filesystem::path(argv[0]).parent_path() / ".." / "sim" / "govsim").string();
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mb") == 0 && i + 1 < argc)
      mb = std::atof(argv[++i]);
    else if (std::strcmp(argv[i], "--write") == 0 && i + 1 < argc)
      folder = argv[++i];
    else if (std::strcmp(argv[i], "--max-seconds") == 0 && i + 1 < argc)
      max_seconds = std::atof(argv[++i]);
    else if (std::strcmp(argv[i], "--govsim") == 0 && i + 1 < argc)
      govsim = argv[++i];
  }
  namespace fs = std::filesystem;
  const fs::path where = folder.empty() ? fs::temp_directory_path() / "govsim-check-bench" : fs::path(folder);
  fs::create_directories(where);
  // Just under the limit: the worst a user may hand to check.
  const auto largest = static_cast<std::size_t>(mb * 1024 * 1024) - 1024;
  bool slow = false;
  for (const char* kind : {"misspelt-links", "long-unknown"}) {
    // From about the national arrangement's own size (0.6 MB) to the limit.
    for (const std::size_t bytes : {largest / 4, largest / 2, largest}) {
      const std::string text =
          std::strcmp(kind, "long-unknown") == 0 ? long_unknown(bytes) : misspelt_links(bytes);
      const fs::path file = where / (std::string(kind) + "-" + std::to_string(bytes / 1024) + "k.yaml");
      std::ofstream(file, std::ios::binary) << text;
      const Measured m = time_check(govsim, file.string());
      std::printf(
          "{\"file\": \"%s\", \"bytes\": %zu, \"exit\": %d, \"seconds\": %.3f, \"peak_memory_mb\": %.1f}\n",
          file.filename().c_str(), text.size(), m.status, m.seconds, m.peak_mb);
      std::fflush(stdout);
      if (bytes == largest && m.seconds > max_seconds) slow = true;
      if (folder.empty()) fs::remove(file);
    }
  }
  return slow ? 1 : 0;
}
