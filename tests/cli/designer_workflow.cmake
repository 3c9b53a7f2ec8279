# A designer keeps a protocol and its scenarios in one folder and runs them
# from anywhere: `arrangement:` in a scenario is read from the scenario's
# folder; a path that leads nowhere is reported at that line; and
# `govsim run PROTOCOL.yaml` runs the default scenario on the protocol.
set(dir "${WORK}/designer-workflow")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}/scenarios")
file(READ "${SOURCE_DIR}/scenarios/arrangements/typical-scottish-ijb.yaml" protocol)
file(WRITE "${dir}/my-protocol.yaml" "${protocol}")
file(READ "${SOURCE_DIR}/scenarios/06-constituent-complaint.yaml" scenario)
string(REGEX REPLACE "\narrangement:[^\n]*" "" scenario "${scenario}")
file(WRITE "${dir}/scenarios/complaint.yaml" "arrangement: ../my-protocol.yaml\n${scenario}")
file(WRITE "${dir}/scenarios/lost.yaml" "arrangement: ../nowhere.yaml\n${scenario}")

function(expect description rc_wanted pattern)
  execute_process(COMMAND "${GOVSIM}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL rc_wanted OR NOT "${err}${out}" MATCHES "${pattern}")
    message(FATAL_ERROR "${description}: exit ${rc} (wanted ${rc_wanted}), output:\n${err}${out}")
  endif()
endfunction()

expect("a scenario's arrangement path is read from the scenario's folder" 0 "checked 1 file: 0 errors"
       check "${dir}/scenarios/complaint.yaml")
expect("and runs from another folder" 0 "govsim run: constituent-complaint"
       run "${dir}/scenarios/complaint.yaml")
expect("a path that leads nowhere is reported at the scenario's line" 2
       "lost.yaml:1:14: error: arrangement '../nowhere.yaml' is neither a file"
       check "${dir}/scenarios/lost.yaml")
expect("an arrangement given to run runs the default scenario on it" 0
       "my-protocol.yaml is an arrangement; running the default scenario \\(expedited-discharge\\).*govsim run: expedited-discharge"
       run "${dir}/my-protocol.yaml")
expect("an arrangement given to run with another arrangement is refused" 2
       "this is an arrangement, not a scenario, and --arrangement names another"
       run "${dir}/my-protocol.yaml" --arrangement weak-scottish-ijb)
expect("a built-in English arrangement's name runs England's default scenario on it" 0
       "english-council-dass is an arrangement; running the default scenario for England \\(english-discharge-to-assess\\).*govsim run: english-discharge-to-assess on english-council-dass"
       run english-council-dass)
file(READ "${SOURCE_DIR}/scenarios/arrangements/english-council-dass.yaml" english)
file(WRITE "${dir}/our-county.yaml" "${english}")
expect("an English arrangement file runs England's default scenario" 0
       "our-county.yaml is an arrangement; running the default scenario for England.*0 errors|govsim run: english-discharge-to-assess"
       run "${dir}/our-county.yaml")
