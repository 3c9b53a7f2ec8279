#pragma once

#include <string>
#include <vector>

#include "io/input_error.hpp"

namespace govsim {

/// One line of the scheme of delegation: a type of decision and who may take it.
/// Officers decide within the scheme; key decisions stay with councillors (ADASS guidance).
struct DelegatedDecision {
  std::string decision;               ///< e.g. "hospital_discharge_procedure"
  std::vector<std::string> taken_by;  ///< agent ids; exactly one is accountable (RACI)
  std::string advice_from;            ///< whose recorded professional advice it needs
  bool key_decision = false;          ///< reserved to councillors
  bool social_work_function = false;  ///< needs CSWO/DASS advice on record
  SourcePlace place;
};

/// The position of the CSWO (Scotland) or DASS (England) in the council. The
/// qualifications come from the file; access and operational posts are read from
/// the network itself, so they cannot disagree with it.
struct StatutoryOfficerPosition {
  std::string agent;           ///< id of the post holder
  bool qualified = true;       ///< a qualified social worker
  bool registered = true;      ///< registered with the SSSC / Social Work England
  bool proper_officer = true;  ///< designated a "proper officer" of the council
  bool sufficient_seniority = true;
  bool on_corporate_management_team = true;
  SourcePlace place;
};

}  // namespace govsim
