#include "model/arrangement.hpp"

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

std::optional<AgentVertex> Arrangement::resolve(std::string_view reference) const {
  if (!reference.starts_with('@')) return find(reference);
  const auto role = parse_role(reference.substr(1));
  if (!role) return std::nullopt;
  const auto found = holders(*role);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<AgentVertex> Arrangement::holders(Role role) const {
  std::vector<AgentVertex> found;
  for (auto v : boost::make_iterator_range(boost::vertices(network)))
    if (network[v].holds(role)) found.push_back(v);
  return found;
}

}  // namespace govsim
