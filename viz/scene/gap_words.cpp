#include "scene/gap_words.hpp"

#include <algorithm>

#include "scene/gap_actor.hpp"

namespace govsim::view {

GapWords gap_words(const Replay& replay, const Gap& gap) {
  const PlainWords& words = replay.words();
  GapWords out;
  out.title = std::string(gap_heading(gap.type));
  out.rule = capitalised(std::string(rule_of(gap.type)));
  out.explanation = gap.explanation;
  // Who failed first, then the others involved.
  std::vector<std::string> others;
  const auto failed = failed_agent(gap);
  for (const std::string& id : gap.agents)
    if (id != failed && std::find(others.begin(), others.end(), words.agent(id)) == others.end())
      others.push_back(words.agent(id));
  if (failed) out.who = words.agent(*failed);
  if (!others.empty()) out.who += (out.who.empty() ? "" : "; also ") + listed(others);
  if (out.who.empty() && !gap.subject.empty()) out.who = words.subject(gap.subject);
  return out;
}

}  // namespace govsim::view
