#include "experiment/outcome.hpp"

#include <algorithm>
#include <unordered_map>

#include "analysis/escalation_paths.hpp"
#include "analysis/gap_finder.hpp"
#include "analysis/metrics.hpp"
#include "model/accountability.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {
namespace {

constexpr std::string_view names[] = {
#define GOVSIM_OUTCOME_NAME(name, text) #name,
    GOVSIM_OUTCOMES(GOVSIM_OUTCOME_NAME)
#undef GOVSIM_OUTCOME_NAME
};
constexpr std::string_view texts[] = {
#define GOVSIM_OUTCOME_TEXT(name, text) text,
    GOVSIM_OUTCOMES(GOVSIM_OUTCOME_TEXT)
#undef GOVSIM_OUTCOME_TEXT
};

}  // namespace

std::string_view to_string(Outcome outcome) { return names[static_cast<std::size_t>(outcome)]; }
std::string_view describe(Outcome outcome) { return texts[static_cast<std::size_t>(outcome)]; }
std::optional<Outcome> parse_outcome(std::string_view name) {
  for (std::size_t i = 0; i < std::size(names); ++i)
    if (names[i] == name) return static_cast<Outcome>(i);
  return std::nullopt;
}

Outcomes outcomes_of(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario, double end_day,
                     bool with_gaps) {
  Outcomes o{};
  auto at = [&](Outcome x) -> double& { return o[static_cast<std::size_t>(x)]; };
  for (Outcome day : {Outcome::council_knows_day, Outcome::accountable_knows_day, Outcome::decision_day,
                      Outcome::council_account_day, Outcome::leadership_drawn_in_day, Outcome::forum_acts_day})
    at(day) = end_day;
  at(Outcome::lowest_staffing) = 1.0;

  const Symbol harm_subject =
      scenario.cohorts.empty() ? no_symbol : log.symbols().find(scenario.cohorts.front().subject);
  const Symbol decision_subject =
      scenario.decision_points.empty() ? no_symbol : log.symbols().find(scenario.decision_points.front().subject);
  const Symbol softened = log.symbols().find("no objection, softened under budget and performance pressure");
  // Which log names are council, accountable, forums: worked out once per log.
  std::vector<char> council(log.symbols().size()), accountable(log.symbols().size()),
      forum(log.symbols().size()), services(log.symbols().size()), people(log.symbols().size());
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network))) {
    const Symbol name = log.symbols().find(arrangement.agent(v).id);
    if (name == no_symbol) continue;
    council[name] = is_council(arrangement.agent(v));
    accountable[name] = is_accountable(arrangement, v);
    forum[name] = is_forum_with_authority(arrangement.agent(v)) && arrangement.agent(v).kind == AgentKind::body;
    const Agent& a = arrangement.agent(v);
    services[name] = a.holds(Role::frontline_team) || a.holds(Role::operational_manager);
    people[name] = a.kind == AgentKind::cohort;
  }
  auto known = [&](Symbol s, const std::vector<char>& table) { return s < table.size() && table[s]; };

  std::unordered_map<std::uint32_t, std::pair<Symbol, double>> arrived;
  std::unordered_map<std::uint32_t, double> referred;  // item -> day of the harm it reports
  const Symbol harm_notice = log.symbols().find("harm_notice");
  double referral_total = 0.0;
  int referrals = 0;
  double waited = 0.0, services_waited = 0.0, first_harm = -1.0;
  int handled = 0, services_handled = 0;
  for (const LogRecord& r : log.records()) {
    // The council hears an account of a decision when it considers one at a meeting.
    const bool considered = r.kind == LogKind::report_noted || r.kind == LogKind::question_asked ||
                            r.kind == LogKind::item_resolved;
    if (considered && r.subject == decision_subject && decision_subject != no_symbol &&
        (r.flags & log_flag::account) && known(r.actor, council))
      at(Outcome::council_account_day) = std::min(at(Outcome::council_account_day), r.time);
    switch (r.kind) {
      case LogKind::harm:
        at(Outcome::harm) += r.value;
        if (first_harm < 0 && r.subject == harm_subject) first_harm = r.time;
        break;
      case LogKind::harm_expected:
        at(Outcome::expected_harm) += r.value;
        break;
      case LogKind::need_unmet:
        at(Outcome::unmet_need) += r.value;
        break;
      case LogKind::became_aware:
        if (r.subject == harm_subject && harm_subject != no_symbol) {
          if (known(r.actor, council)) at(Outcome::council_knows_day) = std::min(at(Outcome::council_knows_day), r.time);
          if (known(r.actor, accountable))
            at(Outcome::accountable_knows_day) = std::min(at(Outcome::accountable_knows_day), r.time);
        }
        break;
      case LogKind::decision_taken:
        at(Outcome::decision_day) = std::min(at(Outcome::decision_day), r.time);
        break;
      case LogKind::drawn_in:
        at(Outcome::leadership_drawn_in_day) = std::min(at(Outcome::leadership_drawn_in_day), r.time);
        break;
      case LogKind::response_taken:
        if (r.subject == harm_subject && known(r.actor, forum))
          at(Outcome::forum_acts_day) = std::min(at(Outcome::forum_acts_day), r.time);
        break;
      case LogKind::advice_given:
        if (r.note == softened && softened != no_symbol) at(Outcome::advice_softened) += 1;
        break;
      case LogKind::staffing_changed:
        at(Outcome::lowest_staffing) = std::min(at(Outcome::lowest_staffing), r.value);
        break;
      case LogKind::item_received:
        arrived[r.item] = {r.actor, r.time};
        if (const auto found = referred.find(r.item); found != referred.end() && known(r.actor, accountable)) {
          referral_total += r.time - found->second;
          ++referrals;
          referred.erase(found);
        }
        break;
      case LogKind::item_sent:
        // A referral: a harm notice from the people harmed to the team that serves them.
        if (r.what == harm_notice && harm_notice != no_symbol && r.subject == harm_subject && known(r.actor, people) &&
            !referred.count(r.item))
          referred.emplace(r.item, r.time);
        break;
      case LogKind::item_escalated:
        if (const auto found = referred.find(r.item); found != referred.end()) {
          referred.emplace(static_cast<std::uint32_t>(r.value), found->second);
          referred.erase(found);
        }
        [[fallthrough]];
      case LogKind::item_resolved:
      case LogKind::item_blocked:
      case LogKind::item_held: {
        if (r.item == 0) break;
        const auto found = arrived.find(r.item);
        if (found == arrived.end() || found->second.first != r.actor) break;
        waited += r.time - found->second.second;
        ++handled;
        if (known(r.actor, services)) {
          services_waited += r.time - found->second.second;
          ++services_handled;
        }
        arrived.erase(found);
        break;
      }
      default:
        break;
    }
  }
  if (handled > 0) at(Outcome::mean_wait_days) = waited / handled;
  if (services_handled > 0) at(Outcome::services_wait_days) = services_waited / services_handled;
  if (referrals > 0) at(Outcome::referral_days) = referral_total / referrals;
  if (first_harm >= 0) {
    at(Outcome::days_harm_to_council) = std::max(0.0, at(Outcome::council_knows_day) - first_harm);
    at(Outcome::days_harm_to_accountable) = std::max(0.0, at(Outcome::accountable_knows_day) - first_harm);
  }
  if (with_gaps) {
    const Parameters p = run_parameters(arrangement, scenario);
    const auto paths = escalation_paths(log, p[Param::hold_limit_days], end_day);
    const auto gaps = dynamic_gaps(log, arrangement, scenario, paths, end_day);
    for (const Gap& g : gaps) {
      if (g.type == GapType::no_consequence) at(Outcome::no_consequence_gaps) += 1;
      if (g.type == GapType::delegation_blind_spot) at(Outcome::delegation_blind_spot_gaps) += 1;
    }
    at(Outcome::unaddressed_matters) =
        static_cast<double>(unaddressed_matters(log, arrangement, p[Param::reporting_window_days], end_day));
  }
  return o;
}

}  // namespace govsim
