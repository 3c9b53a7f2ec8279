# Every command that writes is given, as its output, one of its own inputs,
# another output, an arrangement, a FIFO, a symbolic link and a special file;
# inputs must come out byte for byte as they went in, and each refusal must be one
# located line with exit status 2. Special files are made here, in WORK, never
# taken from the machine's own /dev.
#   -DGOVSIM=path/to/govsim -DSOURCE=repository root -DWORK=scratch folder -DVIEW=ON|OFF
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(READ "${SOURCE}/scenarios/01-expedited-discharge.yaml" scenario_text)
string(REGEX REPLACE "\narrangement: [^\n]*" "\narrangement: a.yaml" scenario_text "${scenario_text}")
file(WRITE "${WORK}/s.yaml" "${scenario_text}")
file(COPY_FILE "${SOURCE}/scenarios/arrangements/typical-scottish-ijb.yaml" "${WORK}/a.yaml")
file(WRITE "${WORK}/notes" "name: x\njurisdiction: scotland\nagents: []\n")
file(SHA256 "${WORK}/s.yaml" scenario_before)
file(SHA256 "${WORK}/a.yaml" arrangement_before)
file(SHA256 "${WORK}/notes" notes_before)

set(failures "")
function(expect_refused why pattern)
  execute_process(COMMAND "${GOVSIM}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  string(REGEX REPLACE "\n$" "" line "${err}")
  if(NOT rc EQUAL 2)
    set(failures "${failures}\n${why}: govsim ${ARGN} exited ${rc}, expected 2\n${out}${err}" PARENT_SCOPE)
  elseif(line MATCHES "\n")
    set(failures "${failures}\n${why}: more than one line on standard error:\n${err}" PARENT_SCOPE)
  elseif(NOT line MATCHES "^[^ ]+: error: .*${pattern}")
    set(failures "${failures}\n${why}: expected 'FILE: error: ...${pattern}', got:\n${err}" PARENT_SCOPE)
  endif()
endfunction()

expect_refused("the log over the scenario" "is an input of this command" run s.yaml --log s.yaml)
expect_refused("the log over the scenario's arrangement" "is an input of this command" run s.yaml --log a.yaml)
expect_refused("the report over the arrangement" "is an input of this command" run s.yaml --report a.yaml)
expect_refused("the DOT over the arrangement it exports" "is an input of this command"
               export dot a.yaml -a a.yaml)
expect_refused("the DOT over an arrangement, -a not given" "export dot network.dot -a a.yaml" export dot a.yaml)
expect_refused("an arrangement kept under another name" "is an arrangement, scenario or experiment file"
               run s.yaml --log notes)
expect_refused("the log and the report on one file" "--log and --report both name this file"
               run s.yaml --log out.json --report out.json)
expect_refused("the CSV over the arrangement" "is an input of this command"
               validate --reps 2 --fact V1 -a a.yaml --csv a.yaml)
expect_refused("a folder" "is a folder" run s.yaml --log .)
expect_refused("a missing folder" "does not exist" run s.yaml --log no-such-folder/x.jsonl)

# A symbolic link to the scenario is the scenario.
file(CREATE_LINK "s.yaml" "${WORK}/link-to-scenario.jsonl" SYMBOLIC)
expect_refused("a symbolic link to the scenario" "is an input of this command"
               run s.yaml --log link-to-scenario.jsonl)

# A socket stands in for a device node: it is neither a file nor a FIFO.
execute_process(COMMAND python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('${WORK}/s.sock')"
                RESULT_VARIABLE socket_rc)
if(socket_rc EQUAL 0)
  expect_refused("a socket" "is not a regular file" run s.yaml --log s.sock)
  if(NOT IS_SYMLINK "${WORK}/s.sock" AND EXISTS "${WORK}/s.sock")
    execute_process(COMMAND test -S "${WORK}/s.sock" RESULT_VARIABLE still_socket)
    if(NOT still_socket EQUAL 0)
      set(failures "${failures}\nthe socket was replaced by a file")
    endif()
  endif()
endif()

if(VIEW)
  execute_process(COMMAND "${GOVSIM}" run s.yaml --log replayed.png WORKING_DIRECTORY "${WORK}" OUTPUT_QUIET)
  expect_refused("a screenshot over the log it replays" "is an input of this command"
                 view --log replayed.png --screenshot replayed.png --size 640x400)
endif()

file(SHA256 "${WORK}/s.yaml" scenario_after)
file(SHA256 "${WORK}/a.yaml" arrangement_after)
file(SHA256 "${WORK}/notes" notes_after)
if(NOT scenario_after STREQUAL scenario_before OR NOT arrangement_after STREQUAL arrangement_before
   OR NOT notes_after STREQUAL notes_before)
  set(failures "${failures}\nan input was changed")
endif()

# A FIFO is written through: a reader gets the whole log, and the FIFO stays one.
execute_process(COMMAND mkfifo "${WORK}/events.jsonl")
execute_process(COMMAND sh -c "cat events.jsonl > received.jsonl & '${GOVSIM}' run s.yaml --log events.jsonl >/dev/null; wait"
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE fifo_rc)
execute_process(COMMAND test -p "${WORK}/events.jsonl" RESULT_VARIABLE still_fifo)
file(STRINGS "${WORK}/received.jsonl" received_lines)
list(LENGTH received_lines received_count)
if(NOT fifo_rc EQUAL 0 OR NOT still_fifo EQUAL 0 OR received_count LESS 100)
  set(failures "${failures}\na FIFO was not written through (exit ${fifo_rc}, ${received_count} lines, fifo ${still_fifo})")
endif()

# A symbolic link to a log is followed: the log is rewritten, the link kept.
file(WRITE "${WORK}/old.jsonl" "old\n")
file(CREATE_LINK "old.jsonl" "${WORK}/latest.jsonl" SYMBOLIC)
execute_process(COMMAND "${GOVSIM}" run s.yaml --log latest.jsonl WORKING_DIRECTORY "${WORK}"
                OUTPUT_QUIET RESULT_VARIABLE link_rc)
file(READ "${WORK}/old.jsonl" rewritten LIMIT 40)
if(NOT link_rc EQUAL 0 OR NOT IS_SYMLINK "${WORK}/latest.jsonl" OR NOT rewritten MATCHES "govsim-event-log")
  set(failures "${failures}\na symbolic link was not followed and kept (exit ${link_rc})")
endif()

# Standard output takes the log, and nothing else.
execute_process(COMMAND "${GOVSIM}" run s.yaml --log - WORKING_DIRECTORY "${WORK}"
                OUTPUT_VARIABLE printed RESULT_VARIABLE stdout_rc)
if(NOT stdout_rc EQUAL 0 OR NOT printed MATCHES "^{\"schema\":\"govsim-event-log\"" OR printed MATCHES "fingerprint: ")
  set(failures "${failures}\n--log - did not print just the log (exit ${stdout_rc})")
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
