#pragma once

#include <string_view>

#include "engine/provenance.hpp"
#include "io/finding.hpp"
#include "model/arrangement.hpp"
#include "scenario/input_source.hpp"

namespace govsim {

/// An arrangement as loaded, with every well-formedness problem found in it.
struct LoadedArrangement {
  Arrangement arrangement;
  Findings findings;
  InputFile input;  ///< for a run's provenance
};

/// Loads an arrangement file (docs/arrangements.md). Throws InputError only when
/// the text cannot be read as YAML at all; every other problem — unknown keys,
/// unknown roles or ids, wrong types, negative latencies, a line management
/// cycle, a body with no members — is recorded in `findings` and loading goes on,
/// so one pass reports them all.
LoadedArrangement load_arrangement(const InputText& input);

/// For commands that need a usable arrangement: loads by name or path and throws
/// InputError with the first error when there is one.
LoadedArrangement load_arrangement_or_throw(std::string_view name);

}  // namespace govsim
