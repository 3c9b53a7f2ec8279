#include "io/did_you_mean.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdint>

#include "io/printable.hpp"

namespace govsim {
namespace {

// Suggestion work is bounded so that a file full of misspellings is still
// checked in time linear in its size: words and candidates longer than this get
// no suggestion, at most this many candidates are tried, and the distance is only
// computed within a band around the diagonal, giving up once over the limit.
constexpr std::size_t longest_word = 64;
constexpr std::size_t most_candidates = 5000;
// And a whole command compares at most this many pairs (about a second):
// a file with thousands of different misspellings still has every one listed,
// but only the first few thousand get a suggestion.
constexpr std::uint64_t most_comparisons = 3'000'000;
std::atomic<std::uint64_t> comparisons{0};

char folded(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// The case-insensitive edit distance of a and b if it is at most `limit`, else
// limit + 1 (Ukkonen's cut-off: only cells within `limit` of the diagonal count).
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t over = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  std::array<std::size_t, longest_word + 1> previous{}, current{};
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = std::min(j, over);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t from = i > limit ? i - limit : 1;
    const std::size_t to = std::min(b.size(), i + limit);
    current[0] = std::min(i, over);
    if (from > 1) current[from - 1] = over;
    std::size_t row_best = current[0];
    for (std::size_t j = from; j <= to; ++j) {
      const bool same = folded(a[i - 1]) == folded(b[j - 1]);
      const std::size_t up = j <= i - 1 + limit ? previous[j] : over;
      current[j] = std::min({up + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1), over});
      row_best = std::min(row_best, current[j]);
    }
    if (to < b.size()) current[to + 1] = over;
    if (row_best > limit) return over;
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], over);
}

template <typename Range>
std::string closest(std::string_view word, const Range& candidates) {
  if (word.empty() || word.size() > longest_word) return "";
  const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  std::size_t best_distance = allowed + 1;
  std::string_view best;
  std::size_t tried = 0;
  for (std::string_view candidate : candidates) {
    if (++tried > most_candidates) break;
    if (candidate.size() > longest_word) continue;
    if (comparisons.fetch_add(1, std::memory_order_relaxed) >= most_comparisons) return "";
    const std::size_t d = edit_distance_within(word, candidate, best_distance - 1);
    if (d < best_distance) best_distance = d, best = candidate;
    if (best_distance == 0) break;
  }
  // A word that is the start of a longer name ("hospital_discharge") also counts.
  if (best.empty() && word.size() >= 4) {
    tried = 0;
    for (std::string_view candidate : candidates) {
      if (++tried > most_candidates) break;
      if (candidate.size() > word.size() && candidate.substr(0, word.size()) == word) {
        best = candidate;
        break;
      }
    }
  }
  if (best.empty()) return "";
  return " (did you mean '" + printable(best) + "'?)";
}

template <typename Range>
std::string closest_or_list(std::string_view word, const Range& candidates, std::size_t most_listed) {
  std::string found = closest(word, candidates);
  if (!found.empty() || std::empty(candidates)) return found;
  std::string list = "; use one of: ";
  std::size_t listed = 0;
  for (std::string_view candidate : candidates) {
    if (listed == most_listed) {
      list += ", …";
      break;
    }
    list += (listed++ == 0 ? "" : ", ") + printable(candidate);
  }
  return list;
}

}  // namespace

std::string did_you_mean_or_list(std::string_view word, std::span<const std::string_view> candidates,
                                 std::size_t most_listed) {
  return closest_or_list(word, candidates, most_listed);
}

std::string did_you_mean_or_list(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t most_listed) {
  return closest_or_list(word, candidates, most_listed);
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  return closest(word, candidates);
}

}  // namespace govsim
