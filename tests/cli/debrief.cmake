# `govsim debrief SESSION.json -o HANDOUT`: a session record written here, as
# `govsim train` writes one, turned into a handout, or refused in one located
# line with nothing written.
#   CASE=WRITES    a .md and a .html handout, and the default (.html beside the
#                  record); each names the room's choice by its label, never an id
#   CASE=MALFORMED a record that is not JSON: file:line:col of the fault
#   CASE=UNKNOWN   a record naming an option the scenario lacks: file:line:col of it
# Variables: GOVSIM, WORK, CASE.
if(NOT WORK OR NOT CASE)
  message(FATAL_ERROR "give -DWORK=<folder> and -DCASE=WRITES|MALFORMED|UNKNOWN")
endif()
file(MAKE_DIRECTORY "${WORK}")
string(TOLOWER "${CASE}" name)
set(record "${WORK}/debrief-${name}.json")

# One room's session of the default scenario on the weak arrangement, whose many
# gaps make the longest handout of the built-ins: the decision taken with safeguards.
set(option adopt_with_safeguards)
if(CASE STREQUAL "UNKNOWN")
  set(option adopt_wit)
endif()
set(text [=[{
  "schema": "govsim-training-session",
  "schema_version": 1,
  "govsim": "0.1.0",
  "scenario": "expedited-discharge",
  "arrangement": "weak-scottish-ijb",
  "seed": 1,
  "started": "2026-12-07T09:30:00Z",
  "finished": true,
  "choices": [
    {
      "point": "adopt-target",
      "option": "@OPTION@",
      "day": 5,
      "chosen_at": "2026-12-07T09:41:12Z",
      "weighed": 0,
      "advised": 1,
      "advice_on_record": true
    }
  ],
  "notes": "The room asked who tells the lead member when people are harmed."
}
]=])
string(REPLACE "@OPTION@" "${option}" text "${text}")
if(CASE STREQUAL "MALFORMED")
  # A comma left out after the seed: the reader stops at the end of the next key,
  # line 8, column 11.
  string(REPLACE "\"seed\": 1," "\"seed\": 1" text "${text}")
endif()
file(WRITE "${record}" "${text}")

function(debrief expected_exit expected)
  execute_process(COMMAND "${GOVSIM}" debrief ${ARGN} WORKING_DIRECTORY "${WORK}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL expected_exit)
    message(FATAL_ERROR "govsim debrief ${ARGN}: exit ${rc}, expected ${expected_exit}\n${out}${err}")
  endif()
  if(NOT "${out}${err}" MATCHES "${expected}")
    message(FATAL_ERROR "govsim debrief ${ARGN}: output does not match ${expected}\n${out}${err}")
  endif()
endfunction()

if(CASE STREQUAL "WRITES")
  foreach(handout debrief-writes.md debrief-writes.html)
    file(REMOVE "${WORK}/${handout}")
  endforeach()
  debrief(0 "^handout: handout.md\n$" "${record}" -o handout.md)
  debrief(0 "^handout: handout.html\n$" "${record}" -o handout.html)
  debrief(0 "^handout: [^\n]*debrief-writes.html\n$" "${record}")
  foreach(handout handout.md handout.html debrief-writes.html)
    if(NOT EXISTS "${WORK}/${handout}")
      message(FATAL_ERROR "govsim debrief said it wrote ${handout}, but there is no ${WORK}/${handout}")
    endif()
    file(READ "${WORK}/${handout}" written)
    foreach(words "Training debrief: A health board's 72-hour discharge target"
                  "Adopt it, with a check that care is in place before each discharge"
                  "The branches not taken" "The top accountability gaps" "Questions for discussion"
                  "Improvement plan" "The room asked who tells the lead member")
      string(FIND "${written}" "${words}" at)
      if(at LESS 0)
        message(FATAL_ERROR "${handout} does not hold \"${words}\"")
      endif()
    endforeach()
    foreach(id adopt_with_safeguards adopt-target 72-hour-discharge-target)
      string(FIND "${written}" "${id}" at)
      if(NOT at LESS 0)
        message(FATAL_ERROR "${handout} shows the id '${id}' where a reader should see a name or label")
      endif()
    endforeach()
  endforeach()
  # Never over the record it reads: a record named .html is its own default handout.
  set(own "${WORK}/debrief-own.html")
  file(WRITE "${own}" "${text}")
  debrief(2 "^[^\n]*debrief-own[^:\n]*: error: is an input of this command [^\n]*choose another file for --output\n$"
          "${own}")
  file(READ "${own}" after)
  if(NOT after STREQUAL text)
    message(FATAL_ERROR "the session record was changed by a debrief that was refused")
  endif()
  return()
endif()

set(handout "${WORK}/debrief-${name}.html")
file(REMOVE "${handout}")
if(CASE STREQUAL "MALFORMED")
  debrief(2 "^[^\n]*debrief-malformed.json:8:11: error: not valid JSON: [^\n]*\n$" "${record}" -o "${handout}")
elseif(CASE STREQUAL "UNKNOWN")
  debrief(2 "^[^\n]*debrief-unknown.json:13:17: error: 'adopt_wit' is not an option of 'adopt-target' \\(did you mean 'adopt_with_safeguards'\\?\\); this record was not written for this version of scenario 'expedited-discharge': correct the id in the record\n$"
          "${record}" -o "${handout}")
else()
  message(FATAL_ERROR "CASE must be WRITES, MALFORMED or UNKNOWN, not '${CASE}'")
endif()
if(EXISTS "${handout}")
  message(FATAL_ERROR "a refused debrief left ${handout} behind")
endif()
