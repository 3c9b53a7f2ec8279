#include "analysis/gap.hpp"

#include <array>

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {

GOVSIM_ENUM_NAMES(GapType, GOVSIM_GAP_TYPES);

constexpr std::array types{
#define GOVSIM_GAP_VALUE(name) GapType::name,
    GOVSIM_GAP_TYPES(GOVSIM_GAP_VALUE)
#undef GOVSIM_GAP_VALUE
};

}  // namespace

std::string_view to_string(GapType type) { return names.name(type); }
std::optional<GapType> parse_gap_type(std::string_view name) { return names.parse(name); }

std::span<const GapType> all_gap_types() { return types; }

std::string_view rule_of(GapType type) {
  switch (type) {
    case GapType::no_owner:
      return "each function needs exactly one accountable agent";
    case GapType::no_forum:
      return "whoever decides must answer to a forum that can question them";
    case GapType::silent:
      return "a matter must reach a forum with authority over it within the window";
    case GapType::rubber_stamp:
      return "a forum must question what is reported to it, not only note it";
    case GapType::no_consequence:
      return "an action a forum requires must be closed by its deadline";
    case GapType::advice_bypass:
      return "decisions on social work functions need the CSWO's or DASS's professional advice on record, "
             "and "
             "reasons recorded when it is overruled";
    case GapType::blocked_escalation:
      return "a concern above an agent's threshold must have somewhere to go, and be acknowledged at the top";
    case GapType::self_accountability:
      return "the same person cannot be both actor and forum, or adviser and decider";
    case GapType::many_hands:
      return "when several bodies' decisions cause harm, someone must answer for the whole chain";
    case GapType::delegation_blind_spot:
      return "a council keeps its statutory duty for what it delegates, so it must hear about it";
    case GapType::vacancy:
      return "a statutory post must be filled, or covered by a deputy";
    case GapType::confidentiality:
      return "personal information never reaches elected members, and scrutiny gets aggregates instead";
    case GapType::harm_before_awareness:
      return "someone accountable should know of a risk before people are harmed by it";
    case GapType::outside_delegation:
      return "a decision is taken by whom the scheme of delegation gives it to, and a key decision by "
             "councillors";
  }
  return "";
}

std::string_view where_found(GapType type) {
  switch (type) {
    case GapType::no_owner:
    case GapType::no_forum:
    case GapType::self_accountability:
      return "arrangement";
    case GapType::blocked_escalation:
    case GapType::vacancy:
    case GapType::outside_delegation:
      return "both";
    default:
      return "run";
  }
}

}  // namespace govsim
