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

}  // namespace govsim
