#include "model/arrangement.hpp"

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
  if (reference.find('|') != std::string_view::npos) {
    for (std::string_view rest = reference;;) {
      const auto end = rest.find('|');
      auto found = candidates(rest.substr(0, end));
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
    if (const auto v = find(statutory_officer.agent)) return {*v};
    role_name = to_string(statutory_social_work_role());
  }
  const auto role = parse_role(role_name);
  if (!role) return {};
  std::vector<AgentVertex> found = holders(*role);
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

const DelegatedDecision* Arrangement::delegation(std::string_view decision) const {
  for (const DelegatedDecision& d : scheme_of_delegation)
    if (d.decision == decision) return &d;
  for (const DelegatedDecision& d : scheme_of_delegation)
    if (same_decision_type(d.decision, decision)) return &d;
  return nullptr;
}

std::vector<AgentVertex> Arrangement::holders(Role role) const {
  std::vector<AgentVertex> found;
  for (auto v : boost::make_iterator_range(boost::vertices(network)))
    if (network[v].holds(role)) found.push_back(v);
  return found;
}

}  // namespace govsim
