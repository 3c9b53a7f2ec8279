#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace govsim {

/// What an agent is: a person, a body that decides at meetings, an organisation,
/// or a cohort of the public.
enum class AgentKind { person, body, organisation, cohort };

// Every role an agent can hold (docs/arrangements.md, "Roles"; the statutory posts
// and their sources in docs/domain.md), with the kind of agent that holds it.
// One person may hold several roles (a CSWO who is also head of service).
#define GOVSIM_ROLES(X)                                                                        \
  X(councillor, person)                 /* an elected member */                                \
  X(lead_member, person)                /* cabinet portfolio holder for social care */         \
  X(leader, person)                     /* leader of the council */                            \
  X(scrutiny_committee, body)           /* councillors who scrutinise decisions */             \
  X(cabinet, body)                      /* the executive: leader and portfolio holders */      \
  X(full_council, body)                 /* all councillors; keeps the statutory duties */      \
  X(chief_executive, person)            /* head of paid service */                             \
  X(dass, person)                       /* Director of Adult Social Services (England) */      \
  X(cswo, person)                       /* Chief Social Work Officer (Scotland) */             \
  X(dcs, person)                        /* Director of Children's Services (England) */        \
  X(ijb, body)                          /* integration joint board */                          \
  X(ijb_chief_officer, person)          /* the IJB's chief officer */                          \
  X(ijb_chief_finance_officer, person)  /* the IJB's chief finance (s95) officer */            \
  X(health_board, body)                 /* NHS board */                                        \
  X(health_board_non_executive, person) /* a health board member; votes on an IJB */           \
  X(professional_adviser, person)       /* GP, nurse, hospital doctor on an IJB */             \
  X(hospital, organisation)             /* acute hospital and its discharge teams */           \
  X(head_of_service, person)            /* an operational post, e.g. head of adult services */ \
  X(operational_manager, person)        /* manages frontline teams */                          \
  X(frontline_team, organisation)       /* social workers and care staff */                    \
  X(provider, organisation)             /* a commissioned care provider */                     \
  X(regulator, organisation)            /* Care Inspectorate (Scotland) / CQC (England) */     \
  X(ombudsman, organisation)            /* SPSO (Scotland) / LGSCO (England) */                \
  X(constituents, cohort)               /* the public who elect and complain */                \
  X(service_users, cohort)              /* people who use or need care */

enum class Role {
#define GOVSIM_ROLE_ENUM(name, kind) name,
  GOVSIM_ROLES(GOVSIM_ROLE_ENUM)
#undef GOVSIM_ROLE_ENUM
};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view name);
/// Every role's name, in declaration order (for "did you mean" and docs).
std::span<const std::string_view> role_names();

AgentKind kind_of(Role role);
std::string_view to_string(AgentKind kind);

/// Elected members: councillors in any capacity. Personal information never
/// reaches them (ADASS guidance; councillors' code of conduct).
bool is_elected_member(Role role);
/// Bodies made of elected members, which can act as a council forum.
bool is_council_forum(Role role);
/// The statutory social work lead: the CSWO in Scotland, the DASS in England.
bool is_statutory_social_work_officer(Role role);
/// Roles a council or board must keep filled (a vacancy with no deputy is a gap).
bool is_statutory_post(Role role);
/// A role as a reader says it: "the Chief Social Work Officer", "a councillor".
std::string_view role_words(Role role);

}  // namespace govsim
