# The documentation stands alone: no page under docs/, no README.md, no built-in
# scenario or arrangement (YAML and Markdown under scenarios/) and no source file
# under sim/ or viz/ may refer to documents outside the repository — the project's
# working notes (DESIGN.md, DOMAIN.md, "DESIGN §4"), its source texts ("seed 000",
# "seed 003", seeds/...) or paths such as ../shared/. They cite the original Acts,
# guidance and reports instead (docs/domain.md). Each mention is printed as
# FILE:LINE: and the test fails if there is any.
#
# Every pattern is matched whatever its case, with one exception: the repository's
# own page docs/domain.md, spelt as its file is named, in lower case — as
# "docs/domain.md" anywhere, or as a relative link "domain.md" from a page under
# docs/. "DOMAIN.md", "Domain.md" or a bare "domain.md" elsewhere still count.
#
#   cmake -DSOURCE_DIR=/path/to/repository -P tests/cli/docs_stand_alone.cmake
#
# SOURCE_DIR defaults to the repository this script is in.
cmake_minimum_required(VERSION 3.25)  # as the project: modern if() and while()
if(NOT DEFINED SOURCE_DIR)
  get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
if(NOT IS_DIRECTORY "${SOURCE_DIR}/docs")
  message(FATAL_ERROR "SOURCE_DIR '${SOURCE_DIR}' is not the repository: it has no docs/")
endif()

# Matched against each file in lower case, so every pattern is case-insensitive.
set(patterns
    "design\\.md"
    "domain\\.md"
    "design §"
    "seed[ _-]?000"
    "seed[ _-]?003"
    "seeds/"
    "\\.\\./shared")
string(REPLACE ";" "|" pattern "${patterns}")

# The files that must stand alone.
file(GLOB_RECURSE docs LIST_DIRECTORIES false "${SOURCE_DIR}/docs/*")
set(files "")
foreach(path IN LISTS docs)
  # Pictures are not text; everything else under docs/ is.
  if(NOT path MATCHES "\\.(png|jpe?g|gif|ico|pdf|webp)$")
    list(APPEND files "${path}")
  endif()
endforeach()
if(EXISTS "${SOURCE_DIR}/README.md")
  list(APPEND files "${SOURCE_DIR}/README.md")
endif()
file(GLOB_RECURSE scenarios LIST_DIRECTORIES false
     "${SOURCE_DIR}/scenarios/*.yaml" "${SOURCE_DIR}/scenarios/*.yml" "${SOURCE_DIR}/scenarios/*.md")
list(APPEND files ${scenarios})
foreach(dir sim viz)
  file(GLOB_RECURSE sources LIST_DIRECTORIES false
       "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.hpp" "${SOURCE_DIR}/${dir}/*.h"
       "${SOURCE_DIR}/${dir}/*.cc" "${SOURCE_DIR}/${dir}/*.in" "${SOURCE_DIR}/${dir}/*.md"
       "${SOURCE_DIR}/${dir}/*.cmake" "${SOURCE_DIR}/${dir}/CMakeLists.txt")
  list(APPEND files ${sources})
endforeach()
list(REMOVE_DUPLICATES files)
list(SORT files)
list(LENGTH files file_count)
if(file_count LESS 10)
  message(FATAL_ERROR "found only ${file_count} files to check under ${SOURCE_DIR}: is it the repository?")
endif()

# Every mention, as FILE:LINE: the line. Found by position in the whole file, not by
# splitting it into a CMake list, which would break lines at semicolons.
set(mentions 0)
foreach(path IN LISTS files)
  file(READ "${path}" text)
  file(RELATIVE_PATH name "${SOURCE_DIR}" "${path}")
  # Hide the links to docs/domain.md (same length, so positions stay put).
  set(masked "${text}")
  if(EXISTS "${SOURCE_DIR}/docs/domain.md")
    string(REPLACE "docs/domain.md" "docs/dom@in.md" masked "${masked}")
    if(name MATCHES "^docs/")
      string(REGEX REPLACE "(^|[^/])domain\\.md" "\\1dom@in.md" masked "${masked}")
    endif()
  endif()
  string(TOLOWER "${masked}" lower)
  if(NOT lower MATCHES "${pattern}")
    continue()
  endif()
  set(rest "${lower}")
  set(offset 0)
  set(last_line 0)
  while(TRUE)
    string(REGEX MATCH "${pattern}" hit "${rest}")
    if(hit STREQUAL "")
      break()
    endif()
    string(FIND "${rest}" "${hit}" at)
    string(LENGTH "${hit}" hit_length)
    math(EXPR position "${offset} + ${at}")
    string(SUBSTRING "${lower}" 0 ${position} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines line)
    math(EXPR line "${line} + 1")
    if(NOT line EQUAL last_line)
      # The whole line, as written, for the message.
      string(FIND "${before}" "\n" start REVERSE)
      math(EXPR start "${start} + 1")
      string(SUBSTRING "${text}" ${start} -1 from_start)
      string(FIND "${from_start}" "\n" length)
      string(SUBSTRING "${from_start}" 0 ${length} shown)
      string(STRIP "${shown}" shown)
      string(SUBSTRING "${text}" ${position} ${hit_length} as_written)
      message(NOTICE "${name}:${line}: mentions '${as_written}', a document outside the repository: ${shown}")
      math(EXPR mentions "${mentions} + 1")
      set(last_line ${line})
    endif()
    math(EXPR next "${at} + ${hit_length}")
    string(SUBSTRING "${rest}" ${next} -1 rest)
    math(EXPR offset "${offset} + ${next}")
  endwhile()
endforeach()

if(mentions GREATER 0)
  message(FATAL_ERROR
          "${mentions} line(s) refer to documents outside the repository (above). Cite the original "
          "Act, guidance or report by its title instead, as docs/domain.md does, or point to a page "
          "under docs/.")
endif()
message(STATUS "checked ${file_count} files: none refers to documents outside the repository")
