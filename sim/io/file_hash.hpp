#pragma once

#include <string>
#include <string_view>

namespace govsim {

/// "fnv1a64:<16 hex digits>" of some bytes: identifies an input file's exact
/// content in a log's provenance.
std::string content_hash(std::string_view bytes);

}  // namespace govsim
