#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/gap.hpp"
#include "model/arrangement.hpp"
#include "model/link_type.hpp"
#include "scenario/scenario.hpp"

namespace govsim {

/// An id as words: "care-after-discharge" and "care_after_discharge" both read
/// "care after discharge". For anything a file gives no title to.
std::string humanise(std::string_view id);

/// The text with its first letter a capital, to start a sentence or a heading.
std::string capitalised(std::string text);

/// "1 person", "3 people".
std::string people(double count);

/// "A", "A and B", "A, B and C".
std::string listed(const std::vector<std::string>& names);

/// How an item travelled one hop of an escalation path ("line management",
/// "a referral"), from the channel the log records.
std::string channel_phrase(std::string_view channel);

/// A gap type as a plain heading ("Harm before anyone accountable knew").
std::string_view gap_heading(GapType type);

/// The words a person reads for what the simulation knows by id: agents by
/// their names, subjects and conditions by their titles, options by their
/// labels, decision types humanised. Reports, summaries and the view all name
/// things through one of these, so an id never reaches a reader (ids stay in
/// --json and the JSON report).
class PlainWords {
 public:
  PlainWords(const Arrangement& arrangement, const Scenario& scenario);

  /// An agent's name; an id the arrangement lacks, humanised.
  std::string agent(std::string_view id) const;
  std::string agents(const std::vector<std::string>& ids) const;
  /// Whether the agent is one elected member (not a body members sit on).
  bool is_elected_member(std::string_view id) const;
  std::string subject(std::string_view id) const;
  std::string condition(std::string_view name) const;
  /// A condition's value as its reader knows it: a share as a percentage, an
  /// eligibility threshold as its band of need, anything else as a number.
  std::string condition_value(std::string_view name, double value) const;
  /// An option's label, found by the subject or decision point it belongs to.
  std::string option(std::string_view subject, std::string_view option) const;
  std::string decision_type(std::string_view decision) const;
  /// A response (lever) by its label.
  std::string response(std::string_view id) const;
  /// A role, from its id ("cswo"), in words.
  std::string role(std::string_view id) const;

  /// A sentence written for designers (a `check` finding) in a reader's words:
  /// quoted ids and snake_case names become names and titles, and citations of
  /// sources, which a report lists in its own section, are dropped.
  std::string reworded(std::string_view sentence) const;

  const Arrangement& arrangement() const { return arrangement_; }
  const Scenario& scenario() const { return scenario_; }

 private:
  const Arrangement& arrangement_;
  const Scenario& scenario_;
};

}  // namespace govsim
