#include "io/did_you_mean.hpp"

#include <algorithm>
#include <cctype>

namespace govsim {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1)});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

template <typename Range>
std::string closest(std::string_view word, const Range& candidates) {
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  std::size_t best_distance = allowed + 1;
  std::string_view best;
  for (std::string_view candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) best_distance = d, best = candidate;
  }
  // A word that is the start of a longer name ("hospital_discharge") also counts.
  if (best.empty() && word.size() >= 4)
    for (std::string_view candidate : candidates)
      if (candidate.size() > word.size() && candidate.substr(0, word.size()) == word) {
        best = candidate;
        break;
      }
  if (best.empty()) return "";
  return " (did you mean '" + std::string(best) + "'?)";
}

}  // namespace

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  return closest(word, candidates);
}

}  // namespace govsim
