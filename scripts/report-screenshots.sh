#!/usr/bin/env bash
# Draws the HTML report of the default run (`govsim run --report`) as headless
# Chromium shows it, for the documentation; `make docs-img` runs it.
#   bash scripts/report-screenshots.sh [GOVSIM [FOLDER]]
#     GOVSIM   the binary (build/sim/govsim)
#     FOLDER   where the pictures go (docs/img)
# Writes FOLDER/report-wide.png   1400 px wide, the whole report
#        FOLDER/report-phone.png  390 px wide, the whole report
#        FOLDER/report-print.png  the first printed page, at 60 dpi (needs
#                                 pdftoppm, from poppler-utils; skipped without)
#        FOLDER/training-handout.png  a training handout's first printed page (the same)
set -euo pipefail

govsim=${1:-build/sim/govsim}
folder=${2:-docs/img}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  echo "report-screenshots: chromium is not installed (bash scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mkdir -p "$folder"
work=$(mktemp -d "${TMPDIR:-/tmp}/govsim-report-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$govsim" run --report "$work/report.html" >/dev/null

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=$work/profile")
run_chromium() { "$chromium" "${flags[@]}" "$@" 2>"$work/chromium.log" >"$work/chromium.out"; }

# How tall the report is at a width: measured in a copy (the report itself holds
# no script), laid out in a frame of that width, since headless Chromium makes
# no window narrower than 500 px.
height_at() {
  local width=$1
  sed 's#</body>#<script>addEventListener("load",function(){parent.postMessage(String(document.documentElement.scrollHeight),"*")})</script></body>#' \
    "$work/report.html" >"$work/measured.html"
  cat >"$work/frame.html" <<EOF
<!DOCTYPE html><html><head><style>html,body{margin:0}iframe{display:block;border:0;width:${width}px;height:1000px}</style></head>
<body><iframe src="measured.html"></iframe><pre id="height"></pre>
<script>addEventListener("message",function(m){document.getElementById("height").textContent=m.data})</script></body></html>
EOF
  run_chromium --window-size=1400,1000 --virtual-time-budget=5000 --dump-dom "file://$work/frame.html"
  local height
  height=$(sed -n 's#.*<pre id="height">\([0-9][0-9]*\)</pre>.*#\1#p' "$work/chromium.out")
  if [ -z "$height" ]; then
    echo "report-screenshots: could not measure the report at $width px: $(tail -3 "$work/chromium.log")" >&2
    exit 1
  fi
  # At least 2400 px; at most 16000, a size Chromium still captures in one piece.
  if [ "$height" -lt 2400 ]; then height=2400; fi
  if [ "$height" -gt 16000 ]; then height=16000; fi
  echo "$height"
}

for shot in wide:1400 phone:390; do
  name=${shot%%:*} width=${shot##*:}
  height=$(height_at "$width")
  # --screenshot lays the page out at exactly this size for the picture, narrower
  # than 500 px too (scripts that ran before it saw 500; the report has none).
  run_chromium --window-size="$width,$height" --virtual-time-budget=5000 \
    --screenshot="$folder/report-$name.png" "file://$work/report.html"
  echo "report-screenshots: $folder/report-$name.png (${width}x$height)"
done

# Paper: Chromium prints the page to PDF; a PDF is drawn as a picture only by
# pdftoppm. (Chromium cannot take a screenshot with print styles from the
# command line, so without pdftoppm there is no picture of the printed page.)
if command -v pdftoppm >/dev/null; then
  run_chromium --print-to-pdf="$work/report.pdf" --no-pdf-header-footer "file://$work/report.html"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/report.pdf" "$work/print"
  mv "$work/print.png" "$folder/report-print.png"
  echo "report-screenshots: $folder/report-print.png (first printed page, 60 dpi)"
else
  echo "report-screenshots: pdftoppm is not installed (Debian: poppler-utils): $folder/report-print.png not redrawn" >&2
fi

# The training handout (docs/training.md): a session in which the room adopted
# the target as proposed, debriefed, its first printed page.
if command -v pdftoppm >/dev/null; then
  cat >"$work/session.json" <<'EOF'
{"schema": "govsim-training-session", "schema_version": 1, "scenario": "expedited-discharge",
 "arrangement": null, "seed": 1, "started": "2026-12-07T09:30:00Z", "finished": true,
 "choices": [{"point": "adopt-target", "option": "adopt", "day": 12}],
 "notes": "The room asked who tells the lead member when people are harmed."}
EOF
  "$govsim" debrief "$work/session.json" -o "$work/handout.html" >/dev/null
  run_chromium --print-to-pdf="$work/handout.pdf" --no-pdf-header-footer "file://$work/handout.html"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/handout.pdf" "$work/handout"
  mv "$work/handout.png" "$folder/training-handout.png"
  echo "report-screenshots: $folder/training-handout.png (the handout's first printed page, 60 dpi)"
fi
