# Runs GOVSIM with ARGS; fails unless it exits with EXIT (a status, or several
# as "0|1") and (if given) its
# standard output and error together match the regular expression EXPECT.
execute_process(COMMAND "${GOVSIM}" ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc MATCHES "^(${EXIT})$")
  message(FATAL_ERROR "govsim ${ARGS}: exit ${rc}, expected ${EXIT}\n${out}${err}")
endif()
if(EXPECT AND NOT "${out}${err}" MATCHES "${EXPECT}")
  message(FATAL_ERROR "govsim ${ARGS}: output does not match ${EXPECT}\n${out}${err}")
endif()
