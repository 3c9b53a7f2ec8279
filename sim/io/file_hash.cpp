#include "io/file_hash.hpp"

#include "io/stable_hash.hpp"

namespace govsim {

std::string content_hash(std::string_view bytes) { return "fnv1a64:" + fingerprint_hex(stable_hash(bytes)); }

}  // namespace govsim
