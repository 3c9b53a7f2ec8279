#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/input_error.hpp"
#include "model/network.hpp"
#include "model/parameters.hpp"

namespace govsim {

enum class Jurisdiction { scotland, england };
/// How health and social care are integrated: an integration joint board, the
/// Highland lead agency model, or (England) no integration authority.
enum class Integration { ijb, lead_agency, none };

std::string_view to_string(Jurisdiction jurisdiction);
std::string_view to_string(Integration integration);

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

/// Who may see personal (case-level) information. Elected members never may:
/// they get aggregates (ADASS guidance; councillors' code of conduct).
struct ConfidentialityRules {
  bool personal_information_to_elected_members = false;
  bool aggregates_to_scrutiny = true;
  SourcePlace place;
};

/// A local arrangement: the written protocol of one council area, loaded from a
/// YAML file. The network holds the agents and links; the rest is the protocol.
struct Arrangement {
  std::string name;
  std::string description;
  std::string source;  ///< the file it came from
  SourcePlace place;   ///< the top of the file, for findings about the whole arrangement
  Jurisdiction jurisdiction = Jurisdiction::scotland;
  Integration integration = Integration::ijb;

  Network network;
  std::unordered_map<std::string, AgentVertex> by_id;
  std::vector<DelegatedDecision> scheme_of_delegation;
  StatutoryOfficerPosition statutory_officer;
  ConfidentialityRules confidentiality;
  /// Whether a decision one person takes under delegated powers is written down
  /// (a decision record). A board's decisions are always minuted. England's
  /// Openness of Local Government Bodies Regulations 2014 (reg 7) require a
  /// written record of officers' decisions; Scottish schemes of delegation and
  /// standing orders usually do (an assumption, docs/arrangements.md).
  bool delegated_decisions_recorded = true;
  std::vector<ParameterSetting> parameters;  ///< the file's `parameters:` block

  std::optional<AgentVertex> find(std::string_view id) const {
    auto found = by_id.find(std::string(id));
    if (found == by_id.end()) return std::nullopt;
    return found->second;
  }
  const Agent& agent(AgentVertex v) const { return network[v]; }
  /// An agent id; "@ROLE" for whoever holds that role — so one scenario can run
  /// on arrangements that name people differently; "@ROLE[word]" for the holder
  /// whose id, name or area contains the word (`@frontline_team[hospital]`; the
  /// only holder if there is one, so a scenario still runs on an arrangement
  /// that names its one team otherwise);
  /// "@statutory_officer" for the CSWO (Scotland) or DASS (England) named as
  /// such; "@A|@B" for the first alternative anyone here answers to (an IJB's
  /// chief officer where there is one, else the DASS). Where several match,
  /// the first in declaration order (`govsim check` makes a bare "@ROLE" held
  /// by several an error).
  std::optional<AgentVertex> resolve(std::string_view reference) const;
  /// Every agent a reference may mean, in declaration order: one for an id, all
  /// that match for "@ROLE" or "@ROLE[word]".
  std::vector<AgentVertex> candidates(std::string_view reference) const;
  /// The scheme of delegation's entry for a decision type (either
  /// jurisdiction's name of a shared type), or null when it has none.
  const DelegatedDecision* delegation(std::string_view decision) const;
  /// Every agent that holds `role`, in declaration order.
  std::vector<AgentVertex> holders(Role role) const;
  /// The statutory social work role of this jurisdiction: CSWO or DASS.
  Role statutory_social_work_role() const {
    return jurisdiction == Jurisdiction::scotland ? Role::cswo : Role::dass;
  }
};

/// One alternative of an agent reference, read: "@ROLE[word]" gives the role's
/// name and the word, "@ROLE" the name alone, an agent's id neither.
struct RoleReference {
  std::string_view role, word;
  bool by_role = false;
};
RoleReference read_role_reference(std::string_view alternative);
/// The last alternative of "@A|@B" (the whole reference when there is one).
std::string_view last_alternative(std::string_view reference);

}  // namespace govsim
