# The commands of docs/experiments.md must work as the page says: between its
# "<!-- tutorial: start" and "<!-- tutorial: end -->" markers, every yaml block whose
# first line is "# file: NAME" is written to NAME, and every line of an sh block that
# runs `govsim check|sweep|results|compare|run` is run, in the page's order, in an
# empty folder. Each must exit 0, or the status its comment names ("# exits 1").
# To keep it quick, `--reps N` and a written file's `replications: N` are lowered to
# REPS (default 40); the built-in experiments run as they are.
#
#   cmake -DGOVSIM=path/to/govsim -DWORK=folder -DDOC=docs/experiments.md [-DREPS=N] -P experiments_tutorial.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED REPS)
  set(REPS 40)
endif()
file(READ "${DOC}" text)
string(FIND "${text}" "<!-- tutorial: start" start)
string(FIND "${text}" "<!-- tutorial: end -->" end)
if(start EQUAL -1 OR end EQUAL -1 OR end LESS start)
  message(FATAL_ERROR "${DOC} has no section between '<!-- tutorial: start' and '<!-- tutorial: end -->'")
endif()
math(EXPR length "${end} - ${start}")
string(SUBSTRING "${text}" ${start} ${length} tutorial)

set(dir "${WORK}/experiments-tutorial")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

# Fenced blocks in order: ```yaml and ```sh, each up to its closing fence.
string(REGEX MATCHALL "```(yaml|sh)\n[^`]*```" blocks "${tutorial}")
set(commands 0)
foreach(block IN LISTS blocks)
  if(block MATCHES "^```yaml\n# file: ([^\n]+)\n")
    set(name "${CMAKE_MATCH_1}")
    string(REGEX REPLACE "^```yaml\n" "" yaml "${block}")
    string(REGEX REPLACE "```$" "" yaml "${yaml}")
    string(REGEX REPLACE "\nreplications: [0-9]+" "\nreplications: ${REPS}" yaml "${yaml}")
    file(WRITE "${dir}/${name}" "${yaml}")
    continue()
  endif()
  if(NOT block MATCHES "^```sh\n")
    continue()
  endif()
  string(REGEX REPLACE "^```sh\n" "" body "${block}")
  string(REGEX REPLACE "```$" "" body "${body}")
  # One command a line; no line of these blocks holds a semicolon.
  string(REPLACE "\n" ";" lines "${body}")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^govsim (check|sweep|results|compare|run)( |$)")
      continue()
    endif()
    set(expected 0)
    if(line MATCHES "#[^\n]*exits ([0-9]+)")
      set(expected "${CMAKE_MATCH_1}")
    endif()
    string(REGEX REPLACE "[ ]+#.*$" "" command "${line}")
    string(REGEX REPLACE "--reps [0-9]+" "--reps ${REPS}" command "${command}")
    string(REGEX REPLACE "^govsim " "" command "${command}")
    separate_arguments(arguments UNIX_COMMAND "${command}")
    # No progress on standard error from the commands that draw it.
    if(command MATCHES "^(sweep|compare) ")
      list(APPEND arguments --quiet)
    endif()
    execute_process(COMMAND "${GOVSIM}" ${arguments} WORKING_DIRECTORY "${dir}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL expected)
      message(FATAL_ERROR "docs/experiments.md: `${line}` exited ${rc}, expected ${expected}:\n${out}${err}")
    endif()
    math(EXPR commands "${commands} + 1")
  endforeach()
endforeach()
if(commands LESS 15)
  message(FATAL_ERROR "ran only ${commands} commands from ${DOC}: are the tutorial markers and sh blocks intact?")
endif()
message(STATUS "ran ${commands} commands of ${DOC}: each exited as the page says")
