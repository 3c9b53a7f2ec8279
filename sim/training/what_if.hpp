#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/run_report.hpp"
#include "training/training_session.hpp"

namespace govsim {

/// One option at a decision point, played out on the same seed with the room's
/// earlier choices: what it leads to.
struct Branch {
  int option = 0;
  std::string label;
  bool room = false;           ///< the room's choice
  bool advised = false;        ///< what professional advice on record recommended
  bool good_practice = false;  ///< the scenario's `good_practice:` option, else the advised one
  bool weighed = false;        ///< what the decider's own weighing would have taken
  double harm = 0.0;           ///< people harmed by the end of the run
  double unmet_need = 0.0;
  std::optional<double> council_knew_day;      ///< none: the council never knew of the harm
  std::optional<double> days_harm_to_council;  ///< none: no harm, or the council never knew
  int gaps = 0;                                ///< accountability gaps the run opened
  ChosenRun run;
  RunReport report;
};

/// Every option of the decision the room took at `choice` (an index into the
/// session's choices), on the same seed, each with the room's choices before it
/// and later decisions by each decider's own weighing in every branch, so that
/// the branches differ only in this answer. Where no decision follows, the
/// room's branch is the session's own run.
std::vector<Branch> what_if(const TrainingSession& session, std::size_t choice);

/// The branch to set beside the room's: good practice if the room did not take
/// it, else the option with the most harm (what the room avoided). Index into branches.
std::size_t contrast_branch(const std::vector<Branch>& branches);

}  // namespace govsim
