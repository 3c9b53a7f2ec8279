#include "scene/gap_mark.hpp"

#include "analysis/plain_words.hpp"

namespace govsim::view {

GapMark mark_of(GapType type) {
  switch (type) {
    case GapType::harm_before_awareness:
      return {MarkShape::triangle, "H", gap_heading(type)};
    case GapType::many_hands:
      return {MarkShape::triangle, "MH", gap_heading(type)};
    case GapType::rubber_stamp:
      return {MarkShape::circle, "RS", gap_heading(type)};
    case GapType::no_consequence:
      return {MarkShape::circle, "NC", gap_heading(type)};
    case GapType::silent:
      return {MarkShape::circle, "S", gap_heading(type)};
    case GapType::advice_bypass:
      return {MarkShape::circle, "AB", gap_heading(type)};
    case GapType::blocked_escalation:
      return {MarkShape::diamond, "B", gap_heading(type)};
    case GapType::vacancy:
      return {MarkShape::diamond, "V", gap_heading(type)};
    case GapType::confidentiality:
      return {MarkShape::diamond, "C", gap_heading(type)};
    case GapType::no_owner:
      return {MarkShape::square, "O", gap_heading(type)};
    case GapType::no_forum:
      return {MarkShape::square, "F", gap_heading(type)};
    case GapType::self_accountability:
      return {MarkShape::square, "SA", gap_heading(type)};
    case GapType::delegation_blind_spot:
      return {MarkShape::square, "D", gap_heading(type)};
    case GapType::outside_delegation:
      return {MarkShape::circle, "OD", gap_heading(type)};
  }
  return {MarkShape::circle, "?", "Gap"};
}

}  // namespace govsim::view
