# The HTML report reads well on a wall, a phone and paper, as headless Chromium
# lays it out:
#   MODE=WIDE   at 1400 px nothing runs off the right edge;
#   MODE=PHONE  at 390 px nothing runs off the right edge;
#   MODE=PRINT  printed (on the paper its print CSS asks for, else US Letter,
#               Chromium's default) it takes at most MAX_PAGES pages, and no
#               page but the last ends with a heading; with PAPER (A4, Letter)
#               its pages are that size, as pdfinfo reads them.
# Variables: GOVSIM, WORK (required); ARRANGEMENT (typical-scottish-ijb), MODE
# (WIDE, PHONE or PRINT); optionally REPORT, an existing report to check instead
# of running govsim (to try a fix by hand), CHROMIUM, MAX_PAGES (3), PAPER and
# SHOW_ELEMENTS (5), how many of the elements that run off the edge to name.
#   cmake -DGOVSIM=build/sim/govsim -DWORK=/tmp/layout -DMODE=PHONE -P tests/cli/report_layout.cmake
# The report itself never holds test code: WIDE and PHONE measure a copy of it.
if(NOT DEFINED ARRANGEMENT OR ARRANGEMENT STREQUAL "")
  set(ARRANGEMENT typical-scottish-ijb)
endif()
if(NOT DEFINED MODE)
  set(MODE WIDE)
endif()
string(TOUPPER "${MODE}" MODE)
if(NOT DEFINED MAX_PAGES)
  set(MAX_PAGES 3)
endif()
if(NOT SHOW_ELEMENTS MATCHES "^[1-9][0-9]*$")
  set(SHOW_ELEMENTS 5)
endif()
if(NOT MODE MATCHES "^(WIDE|PHONE|PRINT)$")
  message(FATAL_ERROR "MODE must be WIDE, PHONE or PRINT, not '${MODE}'")
endif()
if(NOT WORK)
  message(FATAL_ERROR "give -DWORK=<folder for the report and Chromium's files>")
endif()
if(NOT CHROMIUM)
  find_program(CHROMIUM NAMES chromium chromium-browser google-chrome)
endif()
if(NOT CHROMIUM)
  message(FATAL_ERROR "chromium is not installed (bash scripts/install-deps.sh installs it)")
endif()
string(TOLOWER "${MODE}" mode)
file(MAKE_DIRECTORY "${WORK}")
set(profile "${WORK}/chromium-profile-${ARRANGEMENT}-${mode}")
file(REMOVE_RECURSE "${profile}")
set(chromium_flags --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars
    "--user-data-dir=${profile}")

# The report, from the default scenario.
if(REPORT)
  set(report "${REPORT}")
  set(described "${REPORT}")
else()
  set(report "${WORK}/layout-${ARRANGEMENT}.html")
  set(described "the report of `govsim run --arrangement ${ARRANGEMENT}`")
  file(REMOVE "${report}")
  execute_process(COMMAND "${GOVSIM}" run --arrangement "${ARRANGEMENT}" --report "${report}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT EXISTS "${report}")
    message(FATAL_ERROR "govsim run --arrangement ${ARRANGEMENT} --report ${report} failed (${rc}): ${out}${err}")
  endif()
endif()
file(READ "${report}" html)

if(MODE STREQUAL "WIDE" OR MODE STREQUAL "PHONE")
  if(MODE STREQUAL "WIDE")
    set(width 1400)
  else()
    set(width 390)
  endif()
  # Measured once the page has loaded: is the page wider than the window, and
  # which elements reach past its right edge? Elements inside a box that
  # scrolls or clips within the window (a table with overflow-x:auto, an SVG)
  # are not counted; the page's own overflow-x:hidden hides nothing from this.
  # Listed: the outermost such elements first (where the overflow starts),
  # then the innermost (what is too wide), five at most.
  set(probe [==[
<script>
addEventListener('load', function () { setTimeout(function () {
  var limit = window.innerWidth + 1, root = document.documentElement, body = document.body;
  function name(e) {
    var s = e.tagName.toLowerCase(), c = e.getAttribute('class');
    if (e.id) s += '#' + e.id;
    if (c && c.trim()) s += '.' + c.trim().split(/\s+/).join('.');
    return s;
  }
  function inside_a_box(e) {
    for (var a = e.parentElement; a && a !== body && a !== root; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= limit) return true;
    return false;
  }
  var over = [], set = new Set(), all = body.getElementsByTagName('*');
  for (var i = 0; i < all.length; ++i) {
    var e = all[i], r = e.getBoundingClientRect();
    if (e.id === 'layout-verdict' || (r.width === 0 && r.height === 0)) continue;
    if (r.right > limit && !inside_a_box(e)) { over.push(e); set.add(e); }
  }
  var outer = over.filter(function (e) { return !set.has(e.parentElement); });
  var inner = over.filter(function (e) {
    for (var j = 0; j < e.children.length; ++j) if (set.has(e.children[j])) return false;
    return outer.indexOf(e) < 0;
  });
  var wide = root.scrollWidth > limit;
  var lines = ['layout-verdict: ' + (wide || over.length ? 'OVERFLOW' : 'OK'),
               'inner-width: ' + window.innerWidth, 'scroll-width: ' + root.scrollWidth,
               'overflowing-elements: ' + over.length + ' (' + outer.length + ' outermost)'];
  var headings = document.querySelectorAll('h1, h2, h3');
  function place(e) {
    var s = e.closest('section'), h = null;
    for (var k = 0; k < headings.length; ++k)
      if (headings[k] !== e && headings[k].compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) h = headings[k];
    return (s && s.id ? ' in section#' + s.id : '') +
           (h ? ' under "' + h.textContent.replace(/\s+/g, ' ').trim().slice(0, 40) + '"' : '');
  }
  outer.concat(inner).slice(0, @SHOW@).forEach(function (e) {
    var r = e.getBoundingClientRect();
    lines.push('element: ' + (outer.indexOf(e) >= 0 ? 'outermost ' : 'innermost ') + name(e) + place(e) +
               ' (left ' + Math.round(r.left) + ', right ' + Math.round(r.right) + ' px): "' +
               (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40) + '"');
  });
  var text = lines.join('\n'), pre = document.createElement('pre');
  pre.id = 'layout-verdict';
  pre.textContent = text;
  body.appendChild(pre);
  if (window.parent !== window) window.parent.postMessage(text, '*');
}, 0); });
</script>
]==])
  string(REPLACE "@SHOW@" "${SHOW_ELEMENTS}" probe "${probe}")
  string(FIND "${html}" "</body>" at REVERSE)
  if(at LESS 0)
    message(FATAL_ERROR "${report} has no </body>")
  endif()
  string(SUBSTRING "${html}" 0 ${at} before)
  string(SUBSTRING "${html}" ${at} -1 after)
  get_filename_component(stem "${report}" NAME_WE)
  set(copy "${WORK}/${stem}-${mode}-measured.html")
  file(WRITE "${copy}" "${before}${probe}${after}")
  set(page "${copy}")
  if(width LESS 500)
    # Headless Chromium will not make a window narrower than 500 px (--dump-dom
    # lays out at 500 whatever --window-size says), so a narrower page is laid
    # out in a frame of exactly that width, which passes the verdict up.
    set(page "${WORK}/${stem}-${mode}-frame.html")
    file(WRITE "${page}" "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0}iframe{display:block;border:0;width:${width}px;height:2000px}</style></head><body><iframe src=\"${stem}-${mode}-measured.html\"></iframe><pre id=\"layout-verdict\"></pre><script>addEventListener('message',function(m){document.getElementById('layout-verdict').textContent=m.data;});</script></body></html>\n")
  endif()
  execute_process(COMMAND "${CHROMIUM}" ${chromium_flags} --window-size=${width},2000 --virtual-time-budget=5000
                          --dump-dom "file://${page}"
                  OUTPUT_VARIABLE dom ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
  if(NOT dom MATCHES "<pre id=\"layout-verdict\">(layout-verdict: [^<]*)</pre>")
    message(FATAL_ERROR "chromium (exit ${rc}) gave no layout verdict for ${page}: ${err}")
  endif()
  set(verdict "${CMAKE_MATCH_1}")
  string(REPLACE "&lt;" "<" verdict "${verdict}")
  string(REPLACE "&gt;" ">" verdict "${verdict}")
  string(REPLACE "&nbsp;" " " verdict "${verdict}")
  string(REPLACE "&amp;" "&" verdict "${verdict}")
  if(NOT verdict MATCHES "inner-width: ${width}\n")
    message(FATAL_ERROR "the page was laid out at the wrong width, not ${width} px:\n${verdict}")
  endif()
  message("${verdict}")
  if(NOT verdict MATCHES "^layout-verdict: OK\n")
    message(FATAL_ERROR "at ${width} px, ${described} runs off the right edge (the elements are listed above; measured in ${copy})")
  endif()
  message(STATUS "at ${width} px nothing runs off the right edge")
  return()
endif()

# PRINT: the report as Chromium prints it, without the date, title, address and
# page numbers Chromium adds in the margins (that flag's name changed in
# Chromium 111).
execute_process(COMMAND "${CHROMIUM}" --version OUTPUT_VARIABLE version ERROR_QUIET)
string(STRIP "${version}" version)
set(no_header --no-pdf-header-footer)
if(version MATCHES "([0-9]+)\\.[0-9]+\\.[0-9]+" AND CMAKE_MATCH_1 LESS 111)
  set(no_header --print-to-pdf-no-header)
endif()
get_filename_component(stem "${report}" NAME_WE)
set(pdf "${WORK}/${stem}.pdf")
file(REMOVE "${pdf}")
execute_process(COMMAND "${CHROMIUM}" ${chromium_flags} "--print-to-pdf=${pdf}" ${no_header} "file://${report}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
if(NOT rc EQUAL 0 OR NOT EXISTS "${pdf}")
  message(FATAL_ERROR "chromium (${version}) did not print ${report} (${rc}): ${out}${err}")
endif()

# Pages: from pdfinfo when poppler-utils is installed, otherwise counted as the
# PDF's "/Type /Page" objects (Chromium does not hide them in object streams).
find_program(PDFINFO pdfinfo)
set(pages "")
if(PDFINFO)
  execute_process(COMMAND "${PDFINFO}" "${pdf}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
  if(rc EQUAL 0 AND info MATCHES "\nPages: +([0-9]+)")
    set(pages ${CMAKE_MATCH_1})
  endif()
endif()
if(pages STREQUAL "")
  file(STRINGS "${pdf}" type_lines REGEX "/Type */Page")
  set(pages 0)
  foreach(line IN LISTS type_lines)
    string(REGEX MATCHALL "/Type */Pages?" types "${line}")
    foreach(type IN LISTS types)
      if(NOT type MATCHES "s$")
        math(EXPR pages "${pages} + 1")
      endif()
    endforeach()
  endforeach()
endif()
message(STATUS "${described} prints on ${pages} pages (at most ${MAX_PAGES}); ${version}, ${no_header}: ${pdf}")
set(problems "")
if(PAPER)
  if(NOT PDFINFO)
    message(STATUS "pdfinfo is not installed (Debian: poppler-utils): not checking the paper is ${PAPER}")
  elseif(NOT info MATCHES "\nPage size:[^\n]*\\(${PAPER}\\)")
    string(REGEX MATCH "Page size:[^\n]*" size "${info}")
    string(APPEND problems "\n  prints on paper other than ${PAPER}: ${size}")
  endif()
endif()
if(pages LESS 1)
  message(FATAL_ERROR "found no pages in ${pdf}")
endif()
if(pages GREATER MAX_PAGES)
  string(APPEND problems "\n  prints on ${pages} pages, more than ${MAX_PAGES}")
endif()

# No page but the last ends with a heading whose section starts on the next.
find_program(PDFTOTEXT pdftotext)
if(NOT PDFTOTEXT)
  message(STATUS "pdftotext is not installed (Debian: poppler-utils): not checking for headings stranded at the foot of a page")
else()
  # The report's headings, as text.
  string(REGEX MATCHALL "<h[23][^>]*>([^<]|<[^/]|</[^h])*</h[23]>" tagged "${html}")
  set(headings "")
  foreach(heading IN LISTS tagged)
    string(REGEX REPLACE "<[^>]*>" "" heading "${heading}")
    foreach(entity "&lt;;<" "&gt;;>" "&quot;;\"" "&#39;;'" "&nbsp;; " "&middot;;·" "&amp;;&")
      string(REGEX REPLACE "^([^;]*);(.*)$" "\\1" from "${entity}")
      string(REGEX REPLACE "^([^;]*);(.*)$" "\\2" to "${entity}")
      string(REPLACE "${from}" "${to}" heading "${heading}")
    endforeach()
    string(REGEX REPLACE "[ \t\r\n]+" " " heading "${heading}")
    string(STRIP "${heading}" heading)
    string(REGEX REPLACE "[];[]" "," heading "${heading}")  # list separators, here and in the pages
    if(NOT heading STREQUAL "")
      list(APPEND headings "${heading}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES headings)
  string(ASCII 12 form_feed)  # pdftotext ends each page with one
  string(ASCII 1 break)
  math(EXPR before_last "${pages} - 1")
  set(numbers "")
  if(before_last GREATER 0)
    foreach(n RANGE 1 ${before_last})
      list(APPEND numbers ${n})
    endforeach()
  endif()
  foreach(n IN LISTS numbers)
    execute_process(COMMAND "${PDFTOTEXT}" -f ${n} -l ${n} "${pdf}" -
                    OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "pdftotext could not read page ${n} of ${pdf}")
    endif()
    # The page's text with each line break one mark, so a heading that wraps
    # over two lines is still seen whole, but only as whole lines.
    string(REPLACE "\r" "" flat "${text}")
    string(REGEX REPLACE "[];[]" "," flat "${flat}")
    string(REPLACE "${form_feed}" "\n" flat "${flat}")
    string(REGEX REPLACE "[ \t]+" " " flat "${flat}")
    string(REGEX REPLACE " *\n[ \n]*" "${break}" flat "${flat}")
    string(REGEX REPLACE "^[ ${break}]+|[ ${break}]+$" "" flat "${flat}")
    string(LENGTH "${flat}" flat_length)
    foreach(heading IN LISTS headings)
      string(LENGTH "${heading}" length)
      if(length GREATER flat_length)
        continue()
      endif()
      math(EXPR from "${flat_length} - ${length}")
      string(SUBSTRING "${flat}" ${from} -1 tail)
      string(REPLACE "${break}" " " tail "${tail}")
      set(on_a_new_line TRUE)
      if(from GREATER 0)
        math(EXPR before "${from} - 1")
        string(SUBSTRING "${flat}" ${before} 1 mark)
        if(NOT mark STREQUAL break)
          set(on_a_new_line FALSE)
        endif()
      endif()
      if(on_a_new_line AND tail STREQUAL heading)
        math(EXPR next "${n} + 1")
        string(APPEND problems "\n  page ${n} of ${pages} ends with the heading \"${heading}\"; what it heads starts on page ${next}")
        break()
      endif()
    endforeach()
  endforeach()
  if(NOT problems MATCHES "ends with the heading")
    list(LENGTH headings heading_count)
    message(STATUS "no page before the last ends with one of the report's ${heading_count} headings")
  endif()
endif()
if(NOT problems STREQUAL "")
  message("printed, ${described} does not read well on paper:${problems}")
  message(FATAL_ERROR "printing ${report} fails the checks above (the PDF: ${pdf})")
endif()
