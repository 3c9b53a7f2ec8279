#!/usr/bin/env bash
# Installs the Debian 12 packages govsim needs, and only those that are missing,
# so that a second `make run` costs nothing. Uses sudo when not run as root.
#   bash scripts/install-deps.sh          what make build, run and test need
#   bash scripts/install-deps.sh --fuzz   and clang with libFuzzer, for make fuzz
set -euo pipefail

packages=(
  # toolchain
  g++ cmake make pkg-config
  # the simulation core
  libboost-graph-dev   # Boost.Graph: the influence network
  libboost-math-dev    # Boost.Math: Student t quantiles for confidence intervals
  libspdlog-dev        # logging
  libyaml-cpp-dev      # arrangement and scenario files
  libcli11-dev         # the govsim command line
  nlohmann-json3-dev   # event log (JSON Lines) and reports
  libsqlite3-dev       # sweep result store
  catch2               # tests (Catch2 v2)
  # the view
  libsfml-dev          # window and drawing
  libimgui-dev         # panels, sliders, tooltips
  libx11-dev           # the view checks the X display before SFML opens it
  xvfb xauth           # a real X server for view tests
  fonts-dejavu-core    # a legible font the view can rely on
  # reports
  graphviz             # `dot` draws escalation paths as SVG in HTML reports
  gnuplot-nox          # draws the plots of experiment reports (compare/results/sweep --report) as SVG
  chromium             # headless screenshot test of the HTML report
  poppler-utils        # pdfinfo, pdftotext, pdftoppm: the report's print layout test and picture
)

case "${1:-}" in
  "") ;;
  --fuzz)
    packages+=(
      # make fuzz only: the libFuzzer targets in tests/fuzz/ build with clang 14
      clang                # Debian's clang (14)
      libfuzzer-14-dev     # libFuzzer
      libclang-rt-14-dev   # the sanitizer runtimes (only recommended by clang, so named here)
    ) ;;
  *) echo "install-deps: unknown option '$1' (the only one is --fuzz)" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install as root: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
