# Seeds each fuzz target's corpus (CORPUS/<target>/) from the files that ship
# with govsim: the built-in arrangements and scenarios, the test data, and short
# copies of the golden logs. Run by the fuzz_seeds target at every `make fuzz`;
# libFuzzer adds what it finds beside the seeds (named by their SHA-1), so the
# corpus grows from run to run. Nothing here is checked in.
#   cmake -DSOURCE=<project> -DCORPUS=<build>/corpus -P seed_corpus.cmake

function(seed target)
  file(MAKE_DIRECTORY "${CORPUS}/${target}")
  foreach(file IN LISTS ARGN)
    get_filename_component(name "${file}" NAME)
    configure_file("${file}" "${CORPUS}/${target}/seed-${name}" COPYONLY)
  endforeach()
endfunction()

file(GLOB arrangements "${SOURCE}/scenarios/arrangements/*.yaml")
seed(arrangement_loader_fuzz ${arrangements} "${SOURCE}/tests/data/unseen/glenmoray.yaml"
     "${SOURCE}/tests/data/typos.yaml" "${SOURCE}/tests/data/not-yaml.yaml")

file(GLOB scenarios "${SOURCE}/scenarios/*.yaml")
seed(scenario_loader_fuzz ${scenarios} "${SOURCE}/tests/data/unseen/winter-pressure.yaml"
     "${SOURCE}/tests/data/typo-scenario.yaml")

# Logs: a whole golden log's events no longer match its fingerprint after any
# mutation, so the reader would stop at the end every time. The short copies
# keep the header's first fields and a few events, declare that many, and carry
# no fingerprint (the reader then checks only the count), so a mutated event
# can get through to the analysis.
file(GLOB logs "${SOURCE}/tests/golden/*.jsonl")
file(MAKE_DIRECTORY "${CORPUS}/event_log_fuzz")
foreach(log IN LISTS logs)
  get_filename_component(name "${log}" NAME_WE)
  file(READ "${log}" text)
  string(LENGTH "${text}" size)
  if(size LESS 65536)
    configure_file("${log}" "${CORPUS}/event_log_fuzz/seed-${name}.jsonl" COPYONLY)
  endif()
  foreach(events 3 40)
    set(rest "${text}")
    set(head "")
    foreach(line RANGE ${events})  # the header and `events` lines after it
      string(FIND "${rest}" "\n" end)
      if(end EQUAL -1)
        break()
      endif()
      math(EXPR end "${end} + 1")
      string(SUBSTRING "${rest}" 0 ${end} piece)
      string(SUBSTRING "${rest}" ${end} -1 rest)
      string(APPEND head "${piece}")
    endforeach()
    string(REGEX REPLACE "\"events\":[0-9]+,\"fingerprint\":\"[0-9a-f]+\"" "\"events\":${events}" head "${head}")
    file(WRITE "${CORPUS}/event_log_fuzz/seed-${name}-first-${events}.jsonl" "${head}")
  endforeach()
endforeach()
