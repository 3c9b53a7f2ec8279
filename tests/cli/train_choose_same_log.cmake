# A training session's run is the run `govsim run --choose` makes: the session
# record a trained choice writes carries the fingerprint of its log, and the
# headless run with the same choice prints the same fingerprint (and one
# without it a different one).
#   cmake -DGOVSIM=build/sim/govsim -DWORK=/tmp/t -P tests/cli/train_choose_same_log.cmake
if(NOT GOVSIM OR NOT WORK)
  message(FATAL_ERROR "give -DGOVSIM=<govsim> -DWORK=<folder>")
endif()
file(MAKE_DIRECTORY "${WORK}")
file(REMOVE "${WORK}/trained.json" "${WORK}/trained.png")
execute_process(COMMAND "${GOVSIM}" train --choose adopt-target=adopt_with_safeguards --size 1280x720
                        --screenshot "${WORK}/trained.png" --session "${WORK}/trained.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govsim train failed (${rc}): ${out}${err}")
endif()
file(READ "${WORK}/trained.json" record)
string(JSON trained GET "${record}" fingerprint)
string(JSON option GET "${record}" choices 0 option)
if(NOT option STREQUAL "adopt_with_safeguards")
  message(FATAL_ERROR "the session record does not hold the room's choice: ${record}")
endif()
function(fingerprint_of var)
  execute_process(COMMAND "${GOVSIM}" run ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "fingerprint: ([0-9a-f]+)")
    message(FATAL_ERROR "govsim run ${ARGN} failed (${rc}): ${out}${err}")
  endif()
  set(${var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()
fingerprint_of(headless --choose adopt-target=adopt_with_safeguards)
fingerprint_of(weighed)
if(NOT trained STREQUAL headless)
  message(FATAL_ERROR "the trained session's log (${trained}) is not the log of `govsim run --choose` (${headless})")
endif()
if(trained STREQUAL weighed)
  message(FATAL_ERROR "the room's choice changed nothing: the session's log is the weighed run's (${weighed})")
endif()
message(STATUS "trained and headless: ${trained}; weighed: ${weighed}")

# The record reopens: --resume reruns the same choices (here, to the end of the run).
execute_process(COMMAND "${GOVSIM}" train --resume "${WORK}/trained.json" --size 1280x720
                        --screenshot "${WORK}/resumed.png" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/resumed.png")
  message(FATAL_ERROR "govsim train --resume failed (${rc}): ${out}${err}")
endif()
