#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govsim {

/// " (did you mean 'x'?)" for the closest candidate within a few typing errors
/// of `word`, or "" when none is close. Candidates are tried in order; the first
/// of equally close ones wins, so the suggestion is deterministic.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// did_you_mean, or, when nothing is close, "; use one of: a, b, c" so that the
/// reader is never left guessing (a list longer than `most_listed` is cut with "…").
std::string did_you_mean_or_list(std::string_view word, std::span<const std::string_view> candidates,
                                 std::size_t most_listed = 40);
std::string did_you_mean_or_list(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t most_listed = 40);

}  // namespace govsim
