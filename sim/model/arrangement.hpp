#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/input_error.hpp"
#include "model/area.hpp"
#include "model/delegation.hpp"
#include "model/network.hpp"
#include "model/parameters.hpp"

namespace govsim {

enum class Jurisdiction { scotland, england };
/// How health and social care are integrated: an integration joint board, the
/// Highland lead agency model, or (England) no integration authority.
enum class Integration { ijb, lead_agency, none };

std::string_view to_string(Jurisdiction jurisdiction);
std::string_view to_string(Integration integration);

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
  /// The council areas the file declares under `areas:`, in file order; empty
  /// for a file of one council (see area_ids()).
  std::vector<Area> areas;

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

  // --- council areas ----------------------------------------------------------
  // An arrangement of several councils scopes what it says to each: "@ROLE"
  // means the holder in that area, the area's own scheme of delegation and
  // statutory officer apply there. The area "" is the whole file (one council).

  /// Every area, in order: those declared under `areas:`, then any other named
  /// by an agent's `area:`; {""} when no agent names one.
  std::vector<std::string> area_ids() const;
  /// The declared area of that id, or null.
  const Area* area(std::string_view id) const;
  /// "Fife": the declared name, else the id in words; "" for the whole file.
  std::string area_name(std::string_view id) const;
  /// Whether `v` serves `area`: an agent of that area or one that also serves it
  /// (`serves:`, a health board of several councils), a national agent (no
  /// area), and every agent for the area "".
  bool in_area(AgentVertex v, std::string_view area) const;
  std::vector<AgentVertex> holders(Role role, std::string_view area) const;
  /// As candidates(reference), with roles looked up among the agents serving
  /// `area` and "@statutory_officer" meaning that area's; an agent's id means
  /// that agent wherever it serves.
  std::vector<AgentVertex> candidates(std::string_view reference, std::string_view area) const;
  std::optional<AgentVertex> resolve(std::string_view reference, std::string_view area) const;
  /// The area's own scheme of delegation if it declares one, else the file's.
  const std::vector<DelegatedDecision>& scheme_of_delegation_of(std::string_view area) const;
  const DelegatedDecision* delegation(std::string_view decision, std::string_view area) const;
  /// The area's CSWO or DASS: its own `statutory_officer:` block; else the
  /// file's, where that names an agent serving the area; else the one holder
  /// of the statutory role in the area, in the default position (qualified,
  /// registered, on the corporate management team); else nobody (agent "").
  StatutoryOfficerPosition statutory_officer_of(std::string_view area) const;
  /// Whether `id` is the CSWO or DASS of any area.
  bool is_statutory_officer(std::string_view id) const;
  /// Every scheme of delegation the file writes: the file's own (for area ""),
  /// then each area's that declares one, with that area's id.
  std::vector<std::pair<std::string, const std::vector<DelegatedDecision>*>> schemes() const;
  /// The area `v` belongs to: its `area:`, or "" (national, or a one-council file).
  const std::string& area_of(AgentVertex v) const { return network[v].area; }
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
