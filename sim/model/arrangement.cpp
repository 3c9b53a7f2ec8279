#include "model/arrangement.hpp"

#include <algorithm>
#include <cctype>

#include "model/decision_type.hpp"

namespace govsim {

std::string_view to_string(Jurisdiction jurisdiction) {
  return jurisdiction == Jurisdiction::scotland ? "scotland" : "england";
}

std::string_view to_string(Integration integration) {
  switch (integration) {
    case Integration::ijb:
      return "ijb";
    case Integration::lead_agency:
      return "lead_agency";
    case Integration::none:
      return "none";
  }
  return "none";
}

RoleReference read_role_reference(std::string_view alternative) {
  if (!alternative.starts_with('@')) return {};
  RoleReference read{alternative.substr(1), {}, true};
  if (const auto open = read.role.find('['); open != std::string_view::npos && read.role.ends_with(']')) {
    read.word = read.role.substr(open + 1, read.role.size() - open - 2);
    read.role = read.role.substr(0, open);
  }
  return read;
}

std::string_view last_alternative(std::string_view reference) {
  const auto bar = reference.rfind('|');
  return bar == std::string_view::npos ? reference : reference.substr(bar + 1);
}

std::optional<AgentVertex> Arrangement::resolve(std::string_view reference) const {
  const auto found = candidates(reference);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<AgentVertex> Arrangement::candidates(std::string_view reference) const {
  return candidates(reference, "");
}

std::vector<AgentVertex> Arrangement::candidates(std::string_view reference, std::string_view area) const {
  if (reference.find('|') != std::string_view::npos) {
    for (std::string_view rest = reference;;) {
      const auto end = rest.find('|');
      auto found = candidates(rest.substr(0, end), area);
      if (!found.empty() || end == std::string_view::npos) return found;
      rest = rest.substr(end + 1);
    }
  }
  if (!reference.starts_with('@')) {
    if (const auto v = find(reference)) return {*v};
    return {};
  }
  const RoleReference read = read_role_reference(reference);
  std::string_view role_name = read.role, word = read.word;
  if (role_name == "statutory_officer") {
    if (const auto v = find(area.empty() ? statutory_officer.agent : statutory_officer_of(area).agent))
      return {*v};
    role_name = to_string(statutory_social_work_role());
  }
  const auto role = parse_role(role_name);
  if (!role) return {};
  std::vector<AgentVertex> found = holders(*role, area);
  if (word.empty()) return found;
  auto lower = [](std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string wanted = lower(word);
  std::vector<AgentVertex> matching = found;
  std::erase_if(matching, [&](AgentVertex v) {
    const Agent& a = agent(v);
    return lower(a.id).find(wanted) == std::string::npos && lower(a.name).find(wanted) == std::string::npos &&
           lower(a.area) != wanted;
  });
  // The word chooses among holders; an arrangement with one holder, named
  // otherwise, still runs the scenario. Among several, none matching means no
  // one: a following alternative ("@A[x]|@A[y]") may then name them.
  if (matching.empty() && found.size() == 1) return found;
  return matching;
}

namespace {

const DelegatedDecision* entry_for(const std::vector<DelegatedDecision>& scheme, std::string_view decision) {
  for (const DelegatedDecision& d : scheme)
    if (d.decision == decision) return &d;
  for (const DelegatedDecision& d : scheme)
    if (same_decision_type(d.decision, decision)) return &d;
  return nullptr;
}

}  // namespace

const DelegatedDecision* Arrangement::delegation(std::string_view decision) const {
  return entry_for(scheme_of_delegation, decision);
}

const DelegatedDecision* Arrangement::delegation(std::string_view decision, std::string_view area) const {
  return entry_for(scheme_of_delegation_of(area), decision);
}

std::vector<AgentVertex> Arrangement::holders(Role role) const { return holders(role, ""); }

std::vector<AgentVertex> Arrangement::holders(Role role, std::string_view area) const {
  std::vector<AgentVertex> found;
  for (auto v : boost::make_iterator_range(boost::vertices(network)))
    if (network[v].holds(role) && in_area(v, area)) found.push_back(v);
  return found;
}

std::optional<AgentVertex> Arrangement::resolve(std::string_view reference, std::string_view area) const {
  const auto found = candidates(reference, area);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<std::string> Arrangement::area_ids() const {
  std::vector<std::string> ids;
  for (const Area& a : areas) ids.push_back(a.id);
  for (auto v : boost::make_iterator_range(boost::vertices(network))) {
    const std::string& id = network[v].area;
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  if (ids.empty()) ids.emplace_back();
  return ids;
}

const Area* Arrangement::area(std::string_view id) const {
  for (const Area& a : areas)
    if (a.id == id) return &a;
  return nullptr;
}

std::string Arrangement::area_name(std::string_view id) const {
  if (const Area* a = area(id); a && !a->name.empty()) return a->name;
  // "east_ayrshire" -> "East ayrshire": an id in words, until the file names it.
  std::string words(id);
  for (char& c : words)
    if (c == '_' || c == '-') c = ' ';
  if (!words.empty()) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

bool Arrangement::in_area(AgentVertex v, std::string_view area) const {
  const Agent& a = network[v];
  if (area.empty() || a.area.empty() || a.area == area) return true;
  return std::find(a.serves.begin(), a.serves.end(), area) != a.serves.end();
}

const std::vector<DelegatedDecision>& Arrangement::scheme_of_delegation_of(std::string_view area) const {
  if (const Area* a = this->area(area); a && !a->scheme_of_delegation.empty()) return a->scheme_of_delegation;
  return scheme_of_delegation;
}

bool Arrangement::is_statutory_officer(std::string_view id) const {
  if (id.empty()) return false;
  for (const std::string& area : area_ids())
    if (statutory_officer_of(area).agent == id) return true;
  return statutory_officer.agent == id;
}

std::vector<std::pair<std::string, const std::vector<DelegatedDecision>*>> Arrangement::schemes() const {
  std::vector<std::pair<std::string, const std::vector<DelegatedDecision>*>> all{{"", &scheme_of_delegation}};
  for (const Area& a : areas)
    if (!a.scheme_of_delegation.empty()) all.emplace_back(a.id, &a.scheme_of_delegation);
  return all;
}

StatutoryOfficerPosition Arrangement::statutory_officer_of(std::string_view area) const {
  if (area.empty()) return statutory_officer;
  if (const Area* a = this->area(area); a && a->statutory_officer) return *a->statutory_officer;
  if (const auto named = find(statutory_officer.agent); named && in_area(*named, area))
    return statutory_officer;
  StatutoryOfficerPosition position;
  for (AgentVertex v : holders(statutory_social_work_role()))
    if (network[v].area == area) {
      position.agent = network[v].id;
      position.place = network[v].place;
      break;
    }
  return position;
}

}  // namespace govsim
