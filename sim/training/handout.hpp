#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "training/training_session.hpp"

namespace govsim {

/// What a run led to, as the handout says it.
struct HandoutOutcome {
  double harm = 0.0;                           ///< people harmed by the end of the run
  std::optional<double> council_knew_day;      ///< none: the council never knew of the harm
  std::optional<double> days_harm_to_council;  ///< none: no harm, or the council never knew
  int gaps = 0;                                ///< accountability gaps the run opened
};

/// An option the room did not take at a decision, played out on the same seed.
struct HandoutBranch {
  std::string label;
  bool good_practice = false;
  bool advised = false;  ///< professional advice on record recommended it
  bool weighed = false;  ///< the decider's own weighing would have taken it
  HandoutOutcome outcome;
  std::string difference;  ///< "“…” would have harmed 41 fewer people and …"
};

/// One decision the room took, and what followed.
struct HandoutDecision {
  std::string question;
  std::string decider;  ///< by name
  std::string day;      ///< "day 5"
  std::string desk;     ///< what advice was on the decider's desk
  std::string chosen;   ///< the room's choice, by its label
  bool chosen_good_practice = false;
  std::string weighing;  ///< whether the decider's own weighing would have chosen differently
  HandoutOutcome followed;
  std::string followed_words;  ///< the same in a sentence
  std::vector<HandoutBranch> not_taken;
  std::vector<std::string> discussion;  ///< the scenario's prompts for this decision
};

/// One of the most severe accountability gaps of the room's run, with the
/// guidance it relates to and what the plan would do about it.
struct HandoutGap {
  std::string heading;        ///< the gap type's plain heading
  std::string when;           ///< "day 14", or "in the arrangement itself"
  std::optional<double> day;  ///< none: in the arrangement itself
  int severity = 3;
  int occurrences = 1;        ///< gaps of this type in the run
  std::string what_happened;  ///< the first of them, in a sentence
  std::string rule;           ///< the rule it breaks
  std::string guidance;       ///< quotation or paraphrase, with its source
  std::string question;
};

/// A row of the improvement plan, as in an after-action report's improvement plan.
struct ImprovementItem {
  std::string issue, recommendation, owner, by_when;
};

/// The one-page debrief of a training session (docs/training.md, "The
/// handout"): everything in names and labels a councillor reads, never ids.
struct Handout {
  std::string title;        ///< the scenario's description, else its name in words
  std::string scenario;     ///< its name in words
  std::string arrangement;  ///< the arrangement's description, else its name in words
  std::string seed;
  std::string date;  ///< of the session: "7 December 2026"
  bool finished = true;
  std::string unfinished;  ///< when not finished, what the room had still to decide
  std::vector<HandoutDecision> decisions;
  HandoutOutcome room_run;
  std::string room_run_words;
  int gaps_in_run = 0;          ///< every gap of the room's run, the arrangement's own included
  int gaps_in_arrangement = 0;  ///< of those, the gaps in the arrangement itself
  std::vector<HandoutGap> top_gaps;
  std::vector<std::string> discussion;  ///< the decisions' prompts, then one per top gap
  std::vector<ImprovementItem> plan;    ///< one row per gap type in the room's run
  std::string notes;                    ///< the facilitator's
};

/// How many gaps the handout discusses: the most severe, then earliest, one per type.
inline constexpr std::size_t handout_top_gaps = 3;

/// Builds the handout of a session, finished or not; plays each option not
/// taken (what_if), so it takes a few runs' time.
Handout build_handout(const TrainingSession& session);

/// "The room's run had 12 accountability gaps (5 in the arrangement itself); the
/// most severe, then earliest, one of each kind:", shared by both writers.
std::string gaps_sentence(const Handout& handout);

void write_handout_markdown(const Handout& handout, std::ostream& out);
/// One self-contained page: no scripts, links or fetched resources; prints on
/// at most two A4 pages.
void write_handout_html(const Handout& handout, std::ostream& out);

/// Throws InputError, naming `option`, unless `path` ends in .md or .html.
void require_handout_extension(const std::string& path, const std::string& option = "--output");
/// Writes the session's handout as Markdown or HTML, chosen by the extension
/// (.md, .html), whole or not at all; throws InputError for another extension.
void write_handout(const TrainingSession& session, const std::string& path);

}  // namespace govsim
