# The HTML report of an experiment (`--report FILE.html` of compare, sweep and
# results) is one self-contained page whose plots headless Chromium draws:
#   KIND=COMPARE  govsim compare typical-scottish-ijb weak-scottish-ijb --reps 40 --report
#   KIND=SWEEP    a small sweep (two arrangements x three values of a parameter)
#                 with --report, then `govsim results STORE --report`: the same page
# Checks: nothing is fetched (no src=, no <link>, no script); the page has each
# kind of plot (a forest plot and distributions for every headline measure, and
# for a sweep each measure against the parameter); and in a Chromium screenshot
# of the page at 1400 px, every plot is drawn: its rectangle holds ink and the
# plots' colours, not a blank box. The report is left at WORK/KIND.html (for the
# layout tests, and to look at).
# Variables: GOVSIM, WORK, KIND (required); CHROMIUM (optional).
#   cmake -DGOVSIM=build/sim/govsim -DWORK=/tmp/er -DKIND=COMPARE -P tests/cli/experiment_report.cmake
if(NOT GOVSIM OR NOT WORK OR NOT KIND MATCHES "^(COMPARE|SWEEP)$")
  message(FATAL_ERROR "give -DGOVSIM=<govsim> -DWORK=<folder> -DKIND=COMPARE|SWEEP")
endif()
if(NOT CHROMIUM)
  find_program(CHROMIUM NAMES chromium chromium-browser google-chrome)
endif()
if(NOT CHROMIUM)
  message(FATAL_ERROR "chromium is not installed (bash scripts/install-deps.sh installs it)")
endif()
string(TOLOWER "${KIND}" kind)
file(MAKE_DIRECTORY "${WORK}")
set(report "${WORK}/${kind}.html")
file(REMOVE "${report}")

function(run_govsim)
  execute_process(COMMAND "${GOVSIM}" ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
                  WORKING_DIRECTORY "${WORK}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "govsim ${ARGN} failed (${rc}): ${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

if(KIND STREQUAL "COMPARE")
  run_govsim(compare typical-scottish-ijb weak-scottish-ijb --reps 40 --quiet --report "${report}")
  if(NOT out MATCHES "\nreport: [^\n]*compare.html\n$")
    message(FATAL_ERROR "compare does not name the report it wrote:\n${out}")
  endif()
  set(kinds forest distribution)
else()
  file(WRITE "${WORK}/questions.yaml" [=[
name: questions
description: How often forums question what they are told, in two areas
arrangements: [typical-scottish-ijb, weak-scottish-ijb]
parameters:
  forum_question_probability: [0.2, 0.5, 0.8]
replications: 30
seed: 5
]=])
  file(REMOVE "${WORK}/questions.sqlite" "${WORK}/questions.sqlite-wal" "${WORK}/questions.sqlite-shm"
       "${WORK}/at-the-end.html")
  run_govsim(sweep questions.yaml -o questions.sqlite --quiet --report "${WORK}/at-the-end.html")
  if(NOT out MATCHES "report: [^\n]*at-the-end.html\n$")
    message(FATAL_ERROR "sweep does not name the report it wrote:\n${out}")
  endif()
  run_govsim(results questions.sqlite --report "${report}")
  if(NOT out MATCHES "\nreport: [^\n]*sweep.html\n$")
    message(FATAL_ERROR "results does not name the report it wrote:\n${out}")
  endif()
  file(SHA256 "${WORK}/at-the-end.html" swept)
  file(SHA256 "${report}" summarised)
  if(NOT swept STREQUAL summarised)
    message(FATAL_ERROR "sweep --report and results --report wrote different pages from one store")
  endif()
  set(kinds forest distribution parameter)
endif()

# Self-contained, and every kind of plot there.
file(READ "${report}" html)
foreach(fetch "src=" "<link" "<script" "url(http" "@import")
  string(FIND "${html}" "${fetch}" at)
  if(at GREATER -1)
    message(FATAL_ERROR "${report} is not self-contained: it holds '${fetch}'")
  endif()
endforeach()
foreach(plot IN LISTS kinds)
  string(REGEX MATCHALL "<svg class=\"plot-${plot}\"" found "${html}")
  list(LENGTH found n)
  if(n LESS 8)
    message(FATAL_ERROR "${report} has ${n} ${plot} plots, not one for each of the 8 headline measures")
  endif()
endforeach()
if(KIND STREQUAL "SWEEP" AND NOT html MATCHES "<text>forum_question_probability \\(probability\\)</text>")
  message(FATAL_ERROR "the parameter plots do not name forum_question_probability on their x axis")
endif()

# The screenshot, 1400 px wide and tall enough for the whole page (its layout
# does not depend on the window's height).
set(flags --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --hide-scrollbars "--user-data-dir=${WORK}/chromium-profile-${kind}")
set(shot "${WORK}/${kind}.png")
file(REMOVE "${shot}")
set(height 14000)
execute_process(COMMAND "${CHROMIUM}" ${flags} --window-size=1400,${height} --virtual-time-budget=5000
                        "--screenshot=${shot}" "file://${report}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
if(NOT EXISTS "${shot}")
  message(FATAL_ERROR "chromium (exit ${rc}) took no screenshot of ${report}: ${err}")
endif()
file(READ "${shot}" head LIMIT 24 HEX)
if(NOT head MATCHES "^89504e470d0a1a0a0000000d4948445200000578")  # PNG, 1400 (0x578) wide
  message(FATAL_ERROR "${shot} is not a 1400 px wide PNG: ${head}")
endif()

# Where each plot is, laid out at 1400 px in a frame, and what the screenshot
# holds there: the share of pixels that are not white, and how many have the
# plots' colours (saturated: blue bars and boxes, orange means, bands). A page
# of its own (the report holds no script), allowed to read the files beside it.
file(WRITE "${WORK}/${kind}-check.html" "<!DOCTYPE html><html><head><meta charset=\"utf-8\">
<style>html,body{margin:0}iframe{display:block;border:0;width:1400px;height:${height}px}</style></head><body>
<pre id=\"verdict\">no verdict</pre><iframe id=\"page\" src=\"${kind}.html\"></iframe><script>
var loaded = 0, image = new Image();
function check() {
  if (++loaded < 2) return;
  var canvas = document.createElement('canvas');
  canvas.width = image.width; canvas.height = image.height;
  var g = canvas.getContext('2d');
  g.drawImage(image, 0, 0);
  var lines = [], blank = 0, plots = document.getElementById('page').contentDocument.querySelectorAll('figure svg');
  for (var i = 0; i < plots.length; ++i) {
    var r = plots[i].getBoundingClientRect(), x = Math.round(r.left), y = Math.round(r.top);
    var w = Math.round(r.width), h = Math.round(r.height);
    var name = plots[i].getAttribute('class') + ' ' + plots[i].parentElement.id;
    if (w < 50 || h < 50 || y + h > image.height) { lines.push('plot ' + name + ': not in the picture'); ++blank; continue; }
    var d = g.getImageData(x, y, w, h).data, ink = 0, colour = 0;
    for (var p = 0; p < d.length; p += 4) {
      var max = Math.max(d[p], d[p + 1], d[p + 2]), min = Math.min(d[p], d[p + 1], d[p + 2]);
      if (max < 235 || max - min > 12) ++ink;
      if (max - min > 60) ++colour;
    }
    var share = ink / (w * h);
    var ok = share > 0.02 && colour > 40;
    if (!ok) ++blank;
    lines.push('plot ' + name + ' at ' + x + ',' + y + ' ' + w + 'x' + h + ': ink ' + (100 * share).toFixed(1) +
               '%, coloured ' + colour + ' px' + (ok ? '' : '  <- BLANK'));
  }
  document.getElementById('verdict').textContent =
      'verdict: ' + (plots.length && !blank ? 'DRAWN' : 'BLANK') + '\\nplots: ' + plots.length + '\\n' + lines.join('\\n');
}
document.getElementById('page').onload = check;
image.onload = check;
image.onerror = function () { document.getElementById('verdict').textContent = 'verdict: no picture'; };
image.src = '${kind}.png';
</script></body></html>
")
execute_process(COMMAND "${CHROMIUM}" ${flags} --allow-file-access-from-files --window-size=1400,1000
                        --virtual-time-budget=20000 --dump-dom "file://${WORK}/${kind}-check.html"
                OUTPUT_VARIABLE dom ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 180)
if(NOT dom MATCHES "<pre id=\"verdict\">(verdict: [^<]*)</pre>")
  message(FATAL_ERROR "chromium (exit ${rc}) gave no verdict on ${shot}: ${err}")
endif()
set(verdict "${CMAKE_MATCH_1}")
string(REPLACE "&lt;" "<" verdict "${verdict}")
string(REPLACE "&gt;" ">" verdict "${verdict}")
string(REPLACE "&amp;" "&" verdict "${verdict}")
message("${verdict}")
if(NOT verdict MATCHES "^verdict: DRAWN\n")
  message(FATAL_ERROR "in the screenshot ${shot}, some plots of ${report} are blank or missing (listed above)")
endif()
list(LENGTH kinds kind_count)
math(EXPR expected "8 * ${kind_count}")
if(NOT verdict MATCHES "\nplots: ${expected}\n")
  message(FATAL_ERROR "the screenshot shows the wrong number of plots, not ${expected}")
endif()
message(STATUS "every one of the ${expected} plots of ${report} is drawn in ${shot}")
