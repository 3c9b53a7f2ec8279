# `govsim view --screenshot` writes the PNG, of the size asked for, and a saved
# log replays to the very same picture as the run that wrote it.
set(shot "${WORK}/cli-view-day40.png")
set(replayed "${WORK}/cli-view-day40-replayed.png")
set(log "${WORK}/cli-view.jsonl")
file(REMOVE "${shot}" "${replayed}" "${log}")
execute_process(COMMAND "${GOVSIM}" view --screenshot "${shot}" --at 40 --size 800x600 --as lead_member
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${shot}")
  message(FATAL_ERROR "govsim view --screenshot failed (${rc}): ${out}${err}")
endif()
if(NOT out MATCHES "screenshot: .*cli-view-day40.png \\(day 40, 800x600\\)")
  message(FATAL_ERROR "unexpected output: ${out}")
endif()
# PNG signature, then the IHDR chunk's width and height (big-endian 800 = 0x320, 600 = 0x258).
file(READ "${shot}" head LIMIT 24 HEX)
if(NOT head MATCHES "^89504e470d0a1a0a0000000d494844520000032000000258")
  message(FATAL_ERROR "${shot} is not an 800x600 PNG: ${head}")
endif()
execute_process(COMMAND "${GOVSIM}" run --log "${log}" OUTPUT_QUIET RESULT_VARIABLE rc)
execute_process(COMMAND "${GOVSIM}" view --log "${log}" --screenshot "${replayed}" --at 40 --size 800x600
                        --as lead_member
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govsim view --log failed (${rc}): ${out}${err}")
endif()
file(SHA256 "${shot}" a)
file(SHA256 "${replayed}" b)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "the replayed log drew a different picture from the run")
endif()
