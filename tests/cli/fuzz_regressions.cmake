# Replays every input in tests/data/fuzz-regressions/ (crashes, hangs and other
# hostile inputs found by `make fuzz`, minimised) through the real govsim
# commands a user would give it:
#   arrangement/*  govsim check FILE
#   scenario/*     govsim check FILE, govsim run FILE --days 30
#   log/*          govsim view --log FILE --screenshot OUT.png --size 640x400 (if VIEW)
# Each command may refuse its input, but only cleanly: exit 0, 1 or 2 (never 3,
# a bug, nor a signal), within TIMEOUT seconds (30), and nothing on standard error but
# one-line diagnostics ("FILE:LINE:COL: error: ...", "govsim: ..."), never an
# uncaught exception, a failed assertion or a sanitizer report. Every failure is
# listed, then the test fails.
#   cmake -DGOVSIM=<govsim> -DDATA=<fuzz-regressions> -DWORK=<dir> -DVIEW=ON|OFF [-DTIMEOUT=s] -P fuzz_regressions.cmake
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 30)
endif()
set(failures "")
set(commands 0)

# A diagnostic line: a place then a severity, or govsim's own prefix.
set(diagnostic "^([^\n]*: (error|warning|note): |govsim: )")
set(forbidden "terminate called|Assertion|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error|Segmentation fault|Aborted|core dumped|stack-overflow|internal error")

function(replay input)
  math(EXPR count "${commands} + 1")
  set(commands ${count} PARENT_SCOPE)
  execute_process(COMMAND "${GOVSIM}" ${ARGN} WORKING_DIRECTORY "${WORK}" TIMEOUT ${TIMEOUT}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  string(REPLACE ";" " " shown "${ARGN}")
  set(problem "")
  if(NOT rc MATCHES "^[0-9]+$")
    set(problem "did not exit: ${rc}")  # a signal, or the timeout
  elseif(rc GREATER 2)
    set(problem "exit ${rc} (0, 1 or 2 expected)")
  elseif(err MATCHES "${forbidden}")
    set(problem "standard error shows a crash (${CMAKE_MATCH_0})")
  else()
    string(REPLACE "\r" "" lines "${err}")
    string(REPLACE ";" "," lines "${lines}")
    string(REPLACE "\n" ";" lines "${lines}")
    foreach(line IN LISTS lines)
      if(NOT line STREQUAL "" AND NOT line MATCHES "${diagnostic}")
        set(problem "standard error has a line that is not a diagnostic: '${line}'")
        break()
      endif()
    endforeach()
  endif()
  if(problem)
    string(SUBSTRING "${err}" 0 2000 err_head)
    set(failures "${failures}\n- govsim ${shown}\n  ${problem}\n  ${err_head}" PARENT_SCOPE)
  endif()
endfunction()

file(MAKE_DIRECTORY "${WORK}")
file(GLOB arrangements LIST_DIRECTORIES false "${DATA}/arrangement/*")
file(GLOB scenarios LIST_DIRECTORIES false "${DATA}/scenario/*")
file(GLOB logs LIST_DIRECTORIES false "${DATA}/log/*")
list(LENGTH arrangements a)
list(LENGTH scenarios s)
list(LENGTH logs l)
if(a EQUAL 0 OR s EQUAL 0 OR l EQUAL 0)
  message(FATAL_ERROR "${DATA}: each of arrangement/, scenario/ and log/ should hold at least one input")
endif()

foreach(file IN LISTS arrangements)
  replay("${file}" check "${file}")
endforeach()
foreach(file IN LISTS scenarios)
  replay("${file}" check "${file}")
  replay("${file}" run "${file}" --days 30)
endforeach()
if(VIEW)
  foreach(file IN LISTS logs)
    get_filename_component(name "${file}" NAME_WE)
    replay("${file}" view --log "${file}" --screenshot "${WORK}/fuzz-regression-${name}.png" --size 640x400)
  endforeach()
else()
  message(STATUS "the view is not built: the ${l} logs are not replayed")
endif()

if(failures)
  message(FATAL_ERROR "fuzz regressions: these commands did not refuse their input cleanly:${failures}")
endif()
message(STATUS "fuzz regressions: ${commands} commands refused or took their input cleanly")
