#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace govsim {

// Every kind of state change the event log can hold. New kinds go at the end:
// names, not numbers, are written to files and hashed into fingerprints, but
// keeping the order stable keeps old in-memory data comparable too.
#define GOVSIM_LOG_KINDS(X)                                                                             \
  X(run_started)             /* the run began: note names the scenario, other the arrangement */        \
  X(run_ended)               /* the run stopped: value is the end day */                                \
  X(item_raised)             /* actor created an item (a concern, a complaint...) */                    \
  X(item_sent)               /* actor put an item on a link to other; value is the expected latency */  \
  X(item_received)           /* an item arrived in actor's inbox (or a body's agenda) from other */     \
  X(item_escalated)          /* actor passed item up to other along channel; value: the item sent on */ \
  X(item_resolved)           /* actor dealt with an item within its authority */                        \
  X(inject)                  /* the scenario made something happen: note says what */                   \
  X(condition_changed)       /* a condition of services changed: subject names it, value is new */      \
  X(became_aware)            /* actor learned of subject for the first time */                          \
  X(item_lost)               /* an item sent over an unreliable link was never acted on */              \
  X(item_blocked)            /* actor could not pass an item on: note says why */                       \
  X(item_held)               /* actor held an item instead of escalating it */                          \
  X(advice_given)            /* actor advised other on subject: note "against" or "no objection" */     \
  X(decision_requested)      /* a decision point put a question to actor */                             \
  X(decision_taken)          /* actor decided: note is the option; value 1 if advice was on record */   \
  X(advice_overruled)        /* actor decided against recorded advice; flags say if reasons recorded */ \
  X(direction_implemented)   /* actor carried out a direction from other */                             \
  X(meeting_held)            /* body actor met; value is the number of items considered */              \
  X(report_noted)            /* forum actor noted a report from other without a question */             \
  X(question_asked)          /* actor questioned other about subject */                                 \
  X(harm)                    /* a service user in cohort actor was harmed; value is the count */        \
  X(confidentiality_blocked) /* personal information for a member stopped; value: the aggregate sent */ \
  X(personal_disclosed)      /* personal information reached an elected member: a breach */             \
  X(scrutiny_blocked)        /* scrutiny got nothing: personal information and no aggregate */          \
  X(drawn_in)                /* reputational risk drew actor (leader, chief executive) in */            \
  X(action_required)         /* actor required other to act on subject by day value */                  \
  X(action_closed)           /* actor closed a required action on subject */                            \
  X(post_vacated)            /* actor's post fell vacant */                                             \
  X(option_weighed)          /* decider actor weighed option note on subject: value is its score */     \
  X(response_taken)          /* actor took response note on subject; value: its yearly cost, GBP m */   \
  X(item_released)           /* actor released a held item and passed it on */                          \
  X(need_unmet)              /* value people of cohort actor left without care today; note says why */  \
  X(budget_changed)          /* body actor's budget pressure is now value (share over budget) */        \
  X(staffing_changed)        /* staff funded by body actor are now value of their full number */        \
  X(harm_expected) /* value: people of cohort actor expected to come to harm from today's care gaps */

enum class LogKind : std::uint16_t {
#define GOVSIM_ENUM_ENTRY(name) name,
  GOVSIM_LOG_KINDS(GOVSIM_ENUM_ENTRY)
#undef GOVSIM_ENUM_ENTRY
};

/// How many kinds there are.
inline constexpr std::size_t log_kind_count = 0
#define GOVSIM_ENUM_COUNT(name) +1
    GOVSIM_LOG_KINDS(GOVSIM_ENUM_COUNT)
#undef GOVSIM_ENUM_COUNT
    ;

std::string_view to_string(LogKind kind);
std::optional<LogKind> parse_log_kind(std::string_view name);

}  // namespace govsim
