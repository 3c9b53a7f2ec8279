// libFuzzer target: the arrangement loader, as `govsim check FILE` and
// `govsim export dot` drive it. An InputError (text that is not YAML at all) and
// findings are the expected outcomes for bad input; any other exception, an
// abort or a sanitizer report is a finding (docs: tests/data/fuzz-regressions/).

#include <cstddef>
#include <cstdint>
#include <sstream>

#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "fuzz_support.hpp"
#include "io/input_error.hpp"
#include "model/graphviz_export.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace govsim;
  if (fuzz::too_large(size)) return 0;
  try {
    LoadedArrangement loaded = load_arrangement({"fuzz-arrangement.yaml", fuzz::text_of(data, size), false});
    // As check_arrangement: the deeper checks only on a well-formed file.
    if (!loaded.findings.has_errors()) {
      check_statutory_rules(loaded.arrangement, loaded.findings);
      check_static_gaps(loaded.arrangement, loaded.findings);
      std::ostringstream dot;
      write_dot(loaded.arrangement, dot);
    }
    loaded.findings.sort_by_place();
    for (const Finding& finding : loaded.findings.items()) (void)finding.format();
  } catch (const InputError&) {
    // Not YAML, or empty: reported as file:line:col, exit 2.
  }
  return 0;
}
