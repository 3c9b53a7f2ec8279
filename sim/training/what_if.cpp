#include "training/what_if.hpp"

#include "engine/enforce.hpp"
#include "experiment/outcome.hpp"

namespace govsim {

std::vector<Branch> what_if(const TrainingSession& session, std::size_t choice) {
  const auto& choices = session.record().choices;
  GOVSIM_ENFORCE(choice < choices.size(), "no such choice");
  const PreparedRun& prepared = session.prepared();
  const Scenario& played = session.scenario();
  const auto [point_index, room_option] = find_option(played, choices[choice].choice, "session");
  const DecisionPoint& point = played.decision_points[point_index];
  std::vector<RoomChoice> before;
  for (std::size_t i = 0; i < choice; ++i) before.push_back(choices[i].choice);
  const int advised = choices[choice].advised;

  std::vector<Branch> branches;
  for (std::size_t o = 0; o < point.options.size(); ++o) {
    Branch b;
    b.option = static_cast<int>(o);
    b.label = point.options[o].label;
    b.room = b.option == room_option;
    b.advised = b.option == advised;
    b.good_practice = point.good_practice ? *point.good_practice == b.option : b.advised;
    b.weighed = b.option == choices[choice].weighed;
    std::vector<RoomChoice> with = before;
    with.push_back({point.id, point.options[o].id});
    b.run = run_with_choices(prepared, session.record().seed, with);
    const Arrangement& arrangement = prepared.arrangement.arrangement;
    b.report = build_report(b.run.log, arrangement, played, b.run.days);
    const Outcomes outcomes = outcomes_of(b.run.log, arrangement, played, b.run.days, false);
    b.harm = outcomes[static_cast<std::size_t>(Outcome::harm)];
    b.unmet_need = outcomes[static_cast<std::size_t>(Outcome::unmet_need)];
    const double knew = outcomes[static_cast<std::size_t>(Outcome::council_knows_day)];
    if (knew < b.run.days) b.council_knew_day = knew;
    if (b.council_knew_day && b.harm > 0)
      b.days_harm_to_council = outcomes[static_cast<std::size_t>(Outcome::days_harm_to_council)];
    for (const Gap& g : b.report.gaps)
      if (g.day) ++b.gaps;
    branches.push_back(std::move(b));
  }
  return branches;
}

std::size_t contrast_branch(const std::vector<Branch>& branches) {
  for (std::size_t i = 0; i < branches.size(); ++i)
    if (branches[i].good_practice && !branches[i].room) return i;
  std::size_t worst = branches.size();
  for (std::size_t i = 0; i < branches.size(); ++i)
    if (!branches[i].room && (worst == branches.size() || branches[i].harm > branches[worst].harm)) worst = i;
  return worst == branches.size() ? 0 : worst;
}

}  // namespace govsim
