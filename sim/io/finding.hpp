#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "io/input_error.hpp"

namespace govsim {

/// A problem found in an input file by loading or by a rule. Errors make a file
/// unusable or unlawful; warnings are weaknesses worth a look.
struct Finding {
  enum class Severity { error, warning };
  SourcePlace place;
  Severity severity = Severity::error;
  std::string message;
  std::string rule;                 ///< stable id, e.g. "cswo-non-voting" or a gap type "no_forum"
  std::vector<std::string> agents;  ///< agent ids involved, where a rule names them

  /// "file:line:col: error: message [rule]"
  std::string format() const {
    std::string text = InputError::format(place, message);
    if (severity == Severity::warning) text.replace(text.find(": error: "), 9, ": warning: ");
    if (!rule.empty()) text.append(" [").append(rule).append("]");
    return text;
  }
};

/// Findings gathered while loading and checking one file, in the order found.
class Findings {
 public:
  void error(SourcePlace place, std::string message, std::string rule) {
    items_.push_back({std::move(place), Finding::Severity::error, std::move(message), std::move(rule), {}});
  }
  void warning(SourcePlace place, std::string message, std::string rule) {
    items_.push_back({std::move(place), Finding::Severity::warning, std::move(message), std::move(rule), {}});
  }
  /// Names the agents of the finding just added.
  void involving(std::vector<std::string> agents) { items_.back().agents = std::move(agents); }
  /// Rewords the finding at `index` (its place in the order found; valid until
  /// sort_by_place).
  void reword(std::size_t index, std::string message) { items_.at(index).message = std::move(message); }
  std::size_t size() const { return items_.size(); }
  bool has_errors() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Finding& f) { return f.severity == Finding::Severity::error; });
  }
  std::size_t count(Finding::Severity severity) const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                  [&](const Finding& f) { return f.severity == severity; }));
  }
  bool has_rule(std::string_view rule) const {
    return std::any_of(items_.begin(), items_.end(), [&](const Finding& f) { return f.rule == rule; });
  }
  const std::vector<Finding>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  /// Orders by line and column so output reads top to bottom; stable for ties.
  void sort_by_place() {
    std::stable_sort(items_.begin(), items_.end(), [](const Finding& a, const Finding& b) {
      return a.place.line != b.place.line ? a.place.line < b.place.line : a.place.column < b.place.column;
    });
  }

 private:
  std::vector<Finding> items_;
};

}  // namespace govsim
