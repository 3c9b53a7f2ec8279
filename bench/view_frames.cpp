// Frame time of the view on the national arrangement (about 1,500 agents in 32
// council areas), animated, in a real window — run it under xvfb-run for the
// software-GL (llvmpipe) figure of issue 6: median at most 16.7 ms at 1280x720.
//
//   xvfb-run -a bench_view_frames [--frames N] [--size WxH] [--max-median MS]
//
// Prints one JSON object; exits 1 when the median is over --max-median.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "app/view_modes.hpp"

int main(int argc, char** argv) {
  std::size_t frames = 300;
  unsigned width = 1280, height = 720;
  double max_median = 16.7;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--frames") == 0)
      frames = std::strtoull(argv[i + 1], nullptr, 10);
    else if (std::strcmp(argv[i], "--size") == 0)
      std::sscanf(argv[i + 1], "%ux%u", &width, &height);
    else if (std::strcmp(argv[i], "--max-median") == 0)
      max_median = std::atof(argv[i + 1]);
  }
  try {
    govsim::view::ViewSource source;
    source.arrangement = "national";
    const auto run = govsim::view::load_run(source);
    const auto t = govsim::view::bench_frames(*run, frames, {width, height});
    std::printf(
        "{\"frames\": %zu, \"median_ms\": %.2f, \"p95_ms\": %.2f, \"agents\": %zu, \"size\": \"%ux%u\", "
        "\"labels\": %zu, \"max_median_ms\": %.1f}\n",
        t.frames, t.median_ms, t.p95_ms, t.agents, width, height, t.labels, max_median);
    return t.median_ms <= max_median ? 0 : 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bench_view_frames: %s\n", error.what());
    return 2;
  }
}
