# Runs GOVSIM with ARGS and --json twice, on 1 thread and on 2, and fails unless
# the two outputs are the same once the lines naming the threads and the time
# taken are dropped: results must not depend on how the work was shared out.
foreach(threads 1 2)
  execute_process(COMMAND "${GOVSIM}" ${ARGS} --json --quiet --threads ${threads}
                  OUTPUT_VARIABLE out_${threads} ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "govsim ${ARGS} --threads ${threads}: exit ${rc}\n${out_${threads}}${err}")
  endif()
  string(REGEX REPLACE "\"(threads|seconds)\": [0-9.e+-]+,?\n" "" out_${threads} "${out_${threads}}")
endforeach()
string(LENGTH "${out_1}" length)
if(length LESS 200)
  message(FATAL_ERROR "govsim ${ARGS}: too little output to compare\n${out_1}")
endif()
if(NOT out_1 STREQUAL out_2)
  file(WRITE "${WORK}/threads-1.json" "${out_1}")
  file(WRITE "${WORK}/threads-2.json" "${out_2}")
  message(FATAL_ERROR "govsim ${ARGS}: 1 and 2 threads differ (see ${WORK}/threads-1.json and threads-2.json)")
endif()
