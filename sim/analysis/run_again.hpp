#pragma once

#include <string>
#include <vector>

#include "engine/provenance.hpp"

namespace govsim {

/// The `govsim run` command that makes a logged run again, from what its log
/// says of itself: its inputs, seed and replication, and whatever it was given
/// beyond its files (`--set`, `--areas`, `--days`, `--choose`). Names with
/// spaces or quotes are quoted for a POSIX shell.
std::string run_again_command(const Provenance& provenance);

/// ", with hold_limit_days = 60 set for this run", or nothing: how a report's
/// first lines say that the run is not a plain run of its files.
std::string set_for_this_run_words(const Provenance& provenance);

}  // namespace govsim
