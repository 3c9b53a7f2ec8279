#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace govsim {

// The typed, directed edges of the influence network. "A TYPE B" reads as a
// sentence: "cswo reports_to chief_executive", "council delegates ijb".
#define GOVSIM_LINK_TYPES(X)                                                      \
  X(line_manages)   /* A manages B's post; B's concerns go up to A */             \
  X(accountable_to) /* A (actor) must explain and justify conduct to B (forum) */ \
  X(advises)        /* A gives B professional advice */                           \
  X(reports_to)     /* A sends B reports */                                       \
  X(member_of)      /* A sits on body B, voting or not */                         \
  X(has_access_to)  /* A may raise matters with B directly */                     \
  X(directs)        /* A (an IJB) issues binding directions to B */               \
  X(delegates)      /* A delegates functions to B, keeping its statutory duty */  \
  X(commissions)    /* A buys services from B */                                  \
  X(escalates_to)   /* a protocol route: A escalates concerns to B */

enum class LinkType {
#define GOVSIM_LINK_ENUM(name) name,
  GOVSIM_LINK_TYPES(GOVSIM_LINK_ENUM)
#undef GOVSIM_LINK_ENUM
};

std::string_view to_string(LinkType type);
std::optional<LinkType> parse_link_type(std::string_view name);
std::span<const std::string_view> link_type_names();

/// Links along which a concern can travel upwards from their source agent.
/// (line_manages goes the other way: a concern travels from the managed to the manager.)
bool carries_escalation(LinkType type);

/// What a link does, as a verb phrase: "reports to", "manages", "may go directly to".
std::string_view link_phrase(LinkType type);

}  // namespace govsim
