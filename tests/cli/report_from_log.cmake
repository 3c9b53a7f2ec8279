# `govsim report LOG -o FILE` writes, from a saved log, the very report
# `govsim run --report FILE` wrote for that run: byte for byte, in each format.
set(dir "${WORK}/report-from-log")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
foreach(extension json md html)
  execute_process(COMMAND "${GOVSIM}" run --arrangement weak-scottish-ijb --log "${dir}/run.jsonl"
                          --report "${dir}/run.${extension}"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "govsim run failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND "${GOVSIM}" report "${dir}/run.jsonl" -o "${dir}/again.${extension}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "govsim report failed (${rc}): ${err}")
  endif()
  file(SHA256 "${dir}/run.${extension}" ran)
  file(SHA256 "${dir}/again.${extension}" reported)
  if(NOT ran STREQUAL reported)
    message(FATAL_ERROR "the .${extension} report from the log differs from the one `run` wrote: "
                        "diff ${dir}/run.${extension} ${dir}/again.${extension}")
  endif()
endforeach()
# The log is an input: a report over it is refused, and the log is untouched.
file(SHA256 "${dir}/run.jsonl" before)
execute_process(COMMAND "${GOVSIM}" report "${dir}/run.jsonl" -o "${dir}/run.jsonl"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
file(SHA256 "${dir}/run.jsonl" after)
if(rc EQUAL 0 OR NOT before STREQUAL after)
  message(FATAL_ERROR "govsim report over its own log exited ${rc} and left the log ${after}: ${err}")
endif()
# A designer's own files, run from their folder, reported on from another: the
# log names them relative to where the run was made, so they are looked for
# beside the log too; a log whose files are nowhere says which and what to do.
file(MAKE_DIRECTORY "${dir}/mine")
file(READ "${SOURCE_DIR}/scenarios/arrangements/typical-scottish-ijb.yaml" protocol)
file(WRITE "${dir}/mine/protocol.yaml" "${protocol}")
execute_process(COMMAND "${GOVSIM}" run protocol.yaml --log run.jsonl --report run.md WORKING_DIRECTORY "${dir}/mine"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govsim run in the designer's folder failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${GOVSIM}" report mine/run.jsonl -o again.md WORKING_DIRECTORY "${dir}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
file(SHA256 "${dir}/mine/run.md" ran)
file(SHA256 "${dir}/again.md" reported)
if(NOT rc EQUAL 0 OR NOT ran STREQUAL reported)
  message(FATAL_ERROR "a report from another folder failed (${rc}) or differs: ${err}")
endif()
file(RENAME "${dir}/mine/protocol.yaml" "${dir}/mine/moved.yaml")
execute_process(COMMAND "${GOVSIM}" report mine/run.jsonl -o gone.md WORKING_DIRECTORY "${dir}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "the log's arrangement 'protocol.yaml' \\(named in its first line\\) is neither here nor beside the log" OR EXISTS "${dir}/gone.md")
  message(FATAL_ERROR "a log whose arrangement is gone gave exit ${rc}: ${err}")
endif()
# An arrangement edited since the run would name people as they are now, not as
# the run knew them: the report is refused, saying what to do, and nothing is
# written; --arrangement analyses the log against another arrangement on purpose.
file(RENAME "${dir}/mine/moved.yaml" "${dir}/mine/protocol.yaml")
file(READ "${dir}/mine/protocol.yaml" protocol)
string(REPLACE "name: Council leader" "name: Leader of the council" edited "${protocol}")
file(WRITE "${dir}/mine/protocol.yaml" "${edited}")
execute_process(COMMAND "${GOVSIM}" report mine/run.jsonl -o edited.md WORKING_DIRECTORY "${dir}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "the arrangement 'mine/protocol.yaml' has changed since this log was written, so a report from it would not be the run's: run it again"
   OR EXISTS "${dir}/edited.md")
  message(FATAL_ERROR "a report from a log whose arrangement was edited gave exit ${rc}: ${err}")
endif()
execute_process(COMMAND "${GOVSIM}" report mine/run.jsonl -o chosen.md --arrangement mine/protocol.yaml
                WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${dir}/chosen.md")
  message(FATAL_ERROR "a report against an arrangement given on purpose failed (${rc}): ${err}")
endif()
# A run given more than its files (--set, --areas, --days, --choose): its log
# says so, a report from the log is still the run's byte for byte (it was a
# report of the files alone, all 32 councils, before), and the report's "To
# make this run again" command makes the same log again.
set(given_args --arrangement national --areas glasgow,fife --set hold_limit_days=60
               --set holding_per_lost_independence=1 --days 90 --choose glasgow.adopt-target=adopt)
execute_process(COMMAND "${GOVSIM}" run ${given_args} --log given.jsonl --report given.md --report given.json
                WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govsim run ${given_args} failed (${rc}): ${err}")
endif()
foreach(extension md json)
  execute_process(COMMAND "${GOVSIM}" report given.jsonl -o given-again.${extension} WORKING_DIRECTORY "${dir}"
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  file(SHA256 "${dir}/given.${extension}" ran)
  file(SHA256 "${dir}/given-again.${extension}" reported)
  if(NOT rc EQUAL 0 OR NOT ran STREQUAL reported)
    message(FATAL_ERROR "the .${extension} report from the log of a run given --set and --areas failed (${rc}) "
                        "or is not the run's: diff ${dir}/given.${extension} ${dir}/given-again.${extension}\n${err}")
  endif()
endforeach()
file(READ "${dir}/given.md" report)
foreach(words "with holding_per_lost_independence = 1 and hold_limit_days = 60 set for this run")
  string(FIND "${report}" "${words}" at)
  if(at LESS 0)
    message(FATAL_ERROR "the report of a run given --set does not say \"${words}\": ${dir}/given.md")
  endif()
endforeach()
if(NOT report MATCHES "To make this run again: `govsim run ([^`\n]*)`")
  message(FATAL_ERROR "the report gives no command to make the run again: ${dir}/given.md")
endif()
separate_arguments(again_args UNIX_COMMAND "${CMAKE_MATCH_1}")
execute_process(COMMAND "${GOVSIM}" run ${again_args} --log again.jsonl WORKING_DIRECTORY "${dir}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
file(STRINGS "${dir}/given.jsonl" given_header LIMIT_COUNT 1)
file(STRINGS "${dir}/again.jsonl" again_header LIMIT_COUNT 1)
if(NOT rc EQUAL 0 OR NOT given_header STREQUAL again_header)
  message(FATAL_ERROR "`govsim run ${CMAKE_MATCH_1}`, the report's command, exited ${rc} or made another run:\n"
                      "${given_header}\n${again_header}\n${err}")
endif()
