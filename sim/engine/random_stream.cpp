#include "engine/random_stream.hpp"

#include <bit>

#include "engine/enforce.hpp"
#include "io/stable_hash.hpp"

namespace govsim {
namespace {
constexpr std::uint64_t golden_gamma = 0x9e3779b97f4a7c15ULL;
// Distinct constants so that the seed, the index and the gamma of a child are
// mixed along different paths.
constexpr std::uint64_t seed_tag = 0x632be59bd9b4e019ULL;
constexpr std::uint64_t gamma_tag = 0xd1b54a32d192ed03ULL;
// Names and indices are kept apart so that split("7") and split(7) differ.
constexpr std::uint64_t name_tag = 0x8cb92ba72f3d8dd7ULL;
// -pedantic knows no 128-bit integer; g++ and clang both have one.
__extension__ typedef unsigned __int128 uint128;
}  // namespace

RandomStream RandomStream::from_seed(std::uint64_t seed) {
  return RandomStream(mix64(seed ^ seed_tag), golden_gamma);
}

// As SplittableRandom's mixGamma: odd, and with enough bit transitions that the
// Weyl sequence it drives is well spread.
std::uint64_t RandomStream::mix_gamma(std::uint64_t z) {
  z = (z ^ (z >> 33)) * 0xff51afd7ed558ccdULL;
  z = (z ^ (z >> 33)) * 0xc4ceb9fe1a85ec53ULL;
  z = (z ^ (z >> 33)) | 1ULL;
  const int transitions = std::popcount(z ^ (z >> 1));
  return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaULL : z;
}

RandomStream RandomStream::split(std::uint64_t index) const {
  const std::uint64_t key = mix64(index * golden_gamma + seed_tag);
  const std::uint64_t origin = mix64(origin_ ^ key);
  const std::uint64_t gamma = mix_gamma(origin_ + gamma_ * (key ^ gamma_tag));
  return RandomStream(origin, gamma);
}

RandomStream RandomStream::split(std::string_view name) const { return split(stable_hash(name) ^ name_tag); }

std::uint64_t RandomStream::below(std::uint64_t n) {
  GOVSIM_ENFORCE(n > 0, "below(0) has no values to draw from");
  // Lemire's multiply-and-reject: unbiased, and the same on every platform.
  uint128 m = static_cast<uint128>(next_u64()) * n;
  auto low = static_cast<std::uint64_t>(m);
  if (low < n) {
    const std::uint64_t threshold = (0 - n) % n;
    while (low < threshold) {
      m = static_cast<uint128>(next_u64()) * n;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64);
}

}  // namespace govsim
