#include "model/link_defaults.hpp"

namespace govsim {

LinkDefaults defaults_for(LinkType type) {
  switch (type) {
    case LinkType::line_manages:
      return {0.5, false};  // a word with one's manager
    case LinkType::accountable_to:
      return {1.0, true};
    case LinkType::advises:
      return {1.0, true};
    case LinkType::reports_to:
      return {1.0, true};
    case LinkType::member_of:
      return {0.0, true};
    case LinkType::has_access_to:
      return {1.0, false};  // a call or an email, unless minuted
    case LinkType::directs:
      return {2.0, true};
    case LinkType::delegates:
      return {2.0, true};
    case LinkType::commissions:
      return {2.0, true};
    case LinkType::escalates_to:
      return {1.0, true};
  }
  return {1.0, true};
}

}  // namespace govsim
