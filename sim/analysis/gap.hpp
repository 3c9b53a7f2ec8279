#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govsim {

// The thirteen accountability gap types (docs/gaps.md defines each precisely; docs/domain.md gives the source
// of each).
#define GOVSIM_GAP_TYPES(X) \
  X(no_owner)               \
  X(no_forum)               \
  X(silent)                 \
  X(rubber_stamp)           \
  X(no_consequence)         \
  X(advice_bypass)          \
  X(blocked_escalation)     \
  X(self_accountability)    \
  X(many_hands)             \
  X(delegation_blind_spot)  \
  X(vacancy)                \
  X(confidentiality)        \
  X(harm_before_awareness)  \
  X(outside_delegation)

enum class GapType {
#define GOVSIM_GAP_ENUM(name) name,
  GOVSIM_GAP_TYPES(GOVSIM_GAP_ENUM)
#undef GOVSIM_GAP_ENUM
};

std::string_view to_string(GapType type);
std::optional<GapType> parse_gap_type(std::string_view name);
std::span<const GapType> all_gap_types();
/// The rule a gap of this type breaks, in a sentence a councillor understands.
std::string_view rule_of(GapType type);
/// Found in the arrangement itself, in the log of a run, or either.
std::string_view where_found(GapType type);

/// A missing link in an accountability chain: who, what, when, and why it matters.
struct Gap {
  GapType type = GapType::silent;
  std::string subject;              ///< the matter; empty for gaps in the arrangement itself
  std::optional<double> day;        ///< when it opened; none for static gaps
  std::vector<std::string> agents;  ///< agent ids involved
  std::vector<std::string> links;   ///< "from type to" for the links involved
  int severity = 3;                 ///< 1 (minor) to 5 (critical)
  std::string explanation;          ///< one plain-English sentence citing the rule
};

}  // namespace govsim
