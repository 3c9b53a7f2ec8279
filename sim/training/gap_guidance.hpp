#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "analysis/gap.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// What the handout of a training session says of one type of accountability
/// gap: the guidance it relates to, what to do about it, who would own that and
/// by when. Every quotation is word for word as docs/domain.md gives it, with
/// the source it names there; where docs/domain.md has no quotation, the
/// guidance is paraphrased and its source named (docs/domain.md section 8).
struct GapGuidance {
  GapType type = GapType::silent;
  /// The jurisdiction the entry is written for; none: both.
  std::optional<Jurisdiction> jurisdiction;
  std::string_view lead;       ///< words before the quotation ("Elected members should")
  std::string_view quotation;  ///< word for word; empty when paraphrased
  std::string_view paraphrase;
  std::string_view source;
  std::string_view recommendation;
  std::string_view owner;     ///< a role a social worker recognises
  std::string_view by_when;   ///< a relative date, the default for the gap type
  std::string_view question;  ///< for the room to discuss
};

/// The entry for a gap type in a jurisdiction: the jurisdiction's own if it has
/// one, else the one for both. Every type has one in each jurisdiction.
const GapGuidance& guidance_for(GapType type, Jurisdiction jurisdiction);
/// Every entry, for tests and docs.
std::span<const GapGuidance> all_gap_guidance();

/// The guidance as a reader takes it in: `Elected members should “take
/// responsibility for remaining informed” (Audit Scotland ...)`, or the
/// paraphrase with its source in brackets.
std::string guidance_sentence(const GapGuidance& guidance);

}  // namespace govsim
