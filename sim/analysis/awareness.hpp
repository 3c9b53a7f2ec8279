#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/event_log.hpp"
#include "model/arrangement.hpp"

namespace govsim {

/// Who knew of one subject, and when, read from a run's log.
struct SubjectAwareness {
  std::string subject;
  double harm_total = 0.0;
  std::optional<double> first_harm_day;
  std::optional<double> council_knows_day;      ///< first elected member or council body aware
  std::optional<double> accountable_knows_day;  ///< first accountable agent aware (model/accountability.hpp)
  double harm_before_accountable_awareness = 0.0;              ///< harm while no accountable agent knew
  std::vector<std::pair<std::string, double>> first_known_by;  ///< agent, day, in the order they learned
};

SubjectAwareness awareness_of(const EventLog& log, const Arrangement& arrangement, std::string_view subject);

/// The subjects of a log in order of first appearance.
std::vector<std::string> subjects_of(const EventLog& log);

}  // namespace govsim
