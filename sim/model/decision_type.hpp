#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace govsim {

/// A kind of decision a scheme of delegation gives to someone. Built-in
/// scenarios name only these, so they run on any arrangement whose scheme
/// uses them (docs/arrangements.md, "Decision types"). The English name, where
/// the law calls the same thing otherwise, means the same type.
struct DecisionType {
  std::string_view name;          ///< as Scottish councils' schemes call it
  std::string_view england_name;  ///< the same decision in England, or empty
  std::string_view meaning;       ///< one line for docs and hints
  bool key_by_nature = false;     ///< usually reserved to councillors
};

/// The shared vocabulary, in the order docs/arrangements.md lists it.
std::span<const DecisionType> shared_decision_types();
/// The shared type a name means (either jurisdiction's name), if it is one.
std::optional<DecisionType> shared_decision_type(std::string_view name);
/// Whether two names mean the same decision type: the same name, or the
/// Scottish and English names of one shared type.
bool same_decision_type(std::string_view a, std::string_view b);

}  // namespace govsim
