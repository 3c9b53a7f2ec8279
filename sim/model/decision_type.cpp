#include "model/decision_type.hpp"

#include <array>

namespace govsim {
namespace {

// Names follow the statutes they come from: adult protection inquiries under the
// Adult Support and Protection (Scotland) Act 2007 s4 are safeguarding enquiries
// under the Care Act 2014 s42; Scotland's hospital discharge procedure is
// England's discharge to assess (Hospital Discharge and Community Support
// Guidance, 2022). Key by nature: what seed guidance calls key decisions made by
// councillors — eligibility and the care budget (ADASS, "Working with elected
// members").
constexpr std::array types{
    DecisionType{"practice_direction", "",
                 "a professional direction to social work staff on how they practise", false},
    DecisionType{"hospital_discharge_procedure", "discharge_to_assess_procedure",
                 "how people leave hospital and who assesses their care needs", false},
    DecisionType{"eligibility_criteria", "", "who qualifies for adult social care", true},
    DecisionType{"adult_social_care_budget", "",
                 "the adult social care budget, or the budget delegated to the IJB", true},
    DecisionType{"adult_protection_inquiry", "safeguarding_enquiry",
                 "whether to inquire into an adult at risk of harm", false},
    DecisionType{"care_package", "", "an individual's package of care", false},
    DecisionType{"child_protection_inquiry", "child_protection_enquiry",
                 "whether to inquire into a child at risk of significant harm", false},
    DecisionType{"service_change", "",
                 "closing, opening or recommissioning a service (a care home, day centre)", true},
};

}  // namespace

std::span<const DecisionType> shared_decision_types() { return types; }

std::optional<DecisionType> shared_decision_type(std::string_view name) {
  for (const DecisionType& type : types)
    if (type.name == name || (!type.england_name.empty() && type.england_name == name)) return type;
  return std::nullopt;
}

bool same_decision_type(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const auto shared = shared_decision_type(a);
  return shared && shared_decision_type(b) && shared->name == shared_decision_type(b)->name;
}

}  // namespace govsim
