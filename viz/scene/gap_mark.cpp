#include "scene/gap_mark.hpp"

namespace govsim::view {

GapMark mark_of(GapType type) {
  switch (type) {
    case GapType::harm_before_awareness:
      return {MarkShape::triangle, "H", "Harm before anyone accountable knew"};
    case GapType::many_hands:
      return {MarkShape::triangle, "MH", "Many hands: nobody answers for the whole"};
    case GapType::rubber_stamp:
      return {MarkShape::circle, "RS", "Rubber stamp: noted without a question"};
    case GapType::no_consequence:
      return {MarkShape::circle, "NC", "No consequence: required action not closed"};
    case GapType::silent:
      return {MarkShape::circle, "S", "Silent: never reached a forum"};
    case GapType::advice_bypass:
      return {MarkShape::circle, "AB", "Advice bypassed"};
    case GapType::blocked_escalation:
      return {MarkShape::diamond, "B", "Blocked escalation"};
    case GapType::vacancy:
      return {MarkShape::diamond, "V", "Vacant post"};
    case GapType::confidentiality:
      return {MarkShape::diamond, "C", "Confidentiality: personal data misrouted"};
    case GapType::no_owner:
      return {MarkShape::square, "O", "No single owner"};
    case GapType::no_forum:
      return {MarkShape::square, "F", "No forum to answer to"};
    case GapType::self_accountability:
      return {MarkShape::square, "SA", "Accountable to itself"};
    case GapType::delegation_blind_spot:
      return {MarkShape::square, "D", "Delegation blind spot"};
  }
  return {MarkShape::circle, "?", "Gap"};
}

}  // namespace govsim::view
