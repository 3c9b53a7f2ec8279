#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace govsim {

// What flows through the network (docs/model.md, 2.4), plus the paper that puts a decision
// point to its decider.
#define GOVSIM_ITEM_TYPES(X)                                                           \
  X(concern)             /* something is wrong, or may be */                           \
  X(advice)              /* formal professional advice */                              \
  X(report)              /* an account to a forum or a manager */                      \
  X(question)            /* a forum or member asks an actor to explain */              \
  X(decision)            /* notice of a decision taken */                              \
  X(direction)           /* an IJB's binding direction to council or NHS board */      \
  X(complaint)           /* from a service user or constituent */                      \
  X(information_request) /* a request for information or advice */                     \
  X(harm_notice)         /* a service user was harmed: an adult protection referral */ \
  X(decision_request)    /* a decision point's question, put to the decider */

enum class ItemType {
#define GOVSIM_ITEM_ENUM(name) name,
  GOVSIM_ITEM_TYPES(GOVSIM_ITEM_ENUM)
#undef GOVSIM_ITEM_ENUM
};

std::string_view to_string(ItemType type);
std::optional<ItemType> parse_item_type(std::string_view name);
std::span<const std::string_view> item_type_names();

}  // namespace govsim
