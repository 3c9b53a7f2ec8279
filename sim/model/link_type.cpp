#include "model/link_type.hpp"

#include "io/detail/enum_names.hpp"

namespace govsim {
namespace {
GOVSIM_ENUM_NAMES(LinkType, GOVSIM_LINK_TYPES);
}  // namespace

std::string_view to_string(LinkType type) { return names.name(type); }
std::optional<LinkType> parse_link_type(std::string_view name) { return names.parse(name); }
std::span<const std::string_view> link_type_names() { return names.names; }

bool carries_escalation(LinkType type) {
  return type == LinkType::escalates_to || type == LinkType::reports_to || type == LinkType::accountable_to ||
         type == LinkType::has_access_to;
}

std::string_view link_phrase(LinkType type) {
  switch (type) {
    case LinkType::line_manages:
      return "manages";
    case LinkType::accountable_to:
      return "answers to";
    case LinkType::advises:
      return "advises";
    case LinkType::reports_to:
      return "reports to";
    case LinkType::member_of:
      return "sits on";
    case LinkType::has_access_to:
      return "may go directly to";
    case LinkType::directs:
      return "directs";
    case LinkType::delegates:
      return "delegates to";
    case LinkType::commissions:
      return "commissions";
    case LinkType::escalates_to:
      return "escalates to";
  }
  return "is linked to";
}

}  // namespace govsim
