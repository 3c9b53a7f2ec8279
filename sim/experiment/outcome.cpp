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

Aggregate aggregate_of(Outcome outcome) {
  switch (outcome) {
    case Outcome::council_knows_day:
    case Outcome::accountable_knows_day:
    case Outcome::decision_day:
    case Outcome::council_account_day:
    case Outcome::leadership_drawn_in_day:
    case Outcome::forum_acts_day:
      return Aggregate::earliest;
    case Outcome::lowest_staffing:
      return Aggregate::lowest;
    case Outcome::days_harm_to_council:
    case Outcome::days_harm_to_accountable:
    case Outcome::referral_days:
    case Outcome::mean_wait_days:
    case Outcome::services_wait_days:
      return Aggregate::mean;
    default:
      return Aggregate::sum;
  }
}

namespace {

// What one area's part of a log adds up to, as it is read.
struct Tally {
  Outcomes o{};
  Symbol harm_subject = no_symbol, decision_subject = no_symbol;
  double referral_total = 0.0, waited = 0.0, services_waited = 0.0, first_harm = -1.0;
  int referrals = 0, handled = 0, services_handled = 0;
  double& at(Outcome x) { return o[static_cast<std::size_t>(x)]; }
};

}  // namespace

RunOutcomes outcomes_by_area(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                             double end_day, bool with_gaps, const Parameters* parameters) {
  // The areas played; a file of one council is one area, to which everything belongs.
  std::vector<std::string> area_ids = scenario.areas;
  if (area_ids.empty()) area_ids.emplace_back();
  const bool one_area = area_ids.size() == 1;
  const auto area_index = [&](const std::string& id) {
    const auto found = std::find(area_ids.begin(), area_ids.end(), id);
    return found == area_ids.end() ? -1 : static_cast<int>(found - area_ids.begin());
  };
  std::vector<Tally> tallies(area_ids.size());
  for (Tally& t : tallies) {
    for (Outcome day :
         {Outcome::council_knows_day, Outcome::accountable_knows_day, Outcome::decision_day,
          Outcome::council_account_day, Outcome::leadership_drawn_in_day, Outcome::forum_acts_day})
      t.at(day) = end_day;
    t.at(Outcome::lowest_staffing) = 1.0;
  }
  // Each area's harm is its first cohort's matter, its decision its first decision point's.
  for (const Cohort& c : scenario.cohorts)
    if (const int a = one_area ? 0 : area_index(c.area); a >= 0 && tallies[a].harm_subject == no_symbol)
      tallies[a].harm_subject = log.symbols().find(c.subject);
  for (const DecisionPoint& p : scenario.decision_points)
    if (const int a = one_area ? 0 : area_index(p.area); a >= 0 && tallies[a].decision_subject == no_symbol)
      tallies[a].decision_subject = log.symbols().find(p.subject);

  const Symbol softened = log.symbols().find("no objection, softened under budget and performance pressure");
  // Which log names are council, accountable, forums, and of which area: worked out once per log.
  const std::size_t symbols = log.symbols().size();
  std::vector<char> council(symbols), accountable(symbols), forum(symbols), services(symbols),
      people(symbols);
  std::vector<int> area_of(symbols, one_area ? 0 : -1);
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network))) {
    const Symbol name = log.symbols().find(arrangement.agent(v).id);
    if (name == no_symbol) continue;
    const Agent& a = arrangement.agent(v);
    council[name] = is_council(a);
    accountable[name] = is_accountable(arrangement, v);
    forum[name] = is_forum_with_authority(a) && a.kind == AgentKind::body;
    services[name] = a.holds(Role::frontline_team) || a.holds(Role::operational_manager);
    people[name] = a.kind == AgentKind::cohort;
    if (!one_area) area_of[name] = area_index(a.area);
  }
  if (!one_area)
    for (const auto& [subject, area] : scenario.subject_area)
      if (const Symbol s = log.symbols().find(subject); s != no_symbol) area_of[s] = area_index(area);
  auto known = [&](Symbol s, const std::vector<char>& table) { return s < table.size() && table[s]; };
  auto tally_of = [&](Symbol s) -> Tally* {
    const int a = s < area_of.size() ? area_of[s] : (one_area ? 0 : -1);
    return a < 0 ? nullptr : &tallies[static_cast<std::size_t>(a)];
  };
  // A matter's council is its own area's: a member elsewhere hearing of it is not its council knowing.
  auto same_area = [&](Symbol actor, Symbol subject) {
    return one_area ||
           (actor < area_of.size() && subject < area_of.size() && area_of[actor] == area_of[subject]);
  };
  Outcomes unattributed{};  // counts of no area's (a national funder's staffing, a gap of no area)
  double national_lowest_staffing = 1.0;

  std::unordered_map<std::uint32_t, std::pair<Symbol, double>> arrived;
  std::unordered_map<std::uint32_t, std::pair<Symbol, double>>
      referred;  // item -> its matter, day of the harm
  const Symbol harm_notice = log.symbols().find("harm_notice");
  for (const LogRecord& r : log.records()) {
    Tally* by_subject = r.subject == no_symbol ? nullptr : tally_of(r.subject);
    // The council hears an account of a decision when it considers one at a meeting.
    const bool considered = r.kind == LogKind::report_noted || r.kind == LogKind::question_asked ||
                            r.kind == LogKind::item_resolved;
    if (considered && by_subject && r.subject == by_subject->decision_subject &&
        (r.flags & log_flag::account) && known(r.actor, council) && same_area(r.actor, r.subject))
      by_subject->at(Outcome::council_account_day) =
          std::min(by_subject->at(Outcome::council_account_day), r.time);
    switch (r.kind) {
      case LogKind::harm:
        if (!by_subject) break;
        by_subject->at(Outcome::harm) += r.value;
        if (by_subject->first_harm < 0 && r.subject == by_subject->harm_subject)
          by_subject->first_harm = r.time;
        break;
      case LogKind::harm_expected:
        if (by_subject) by_subject->at(Outcome::expected_harm) += r.value;
        break;
      case LogKind::need_unmet:
        if (by_subject) by_subject->at(Outcome::unmet_need) += r.value;
        break;
      case LogKind::became_aware:
        if (by_subject && r.subject == by_subject->harm_subject && same_area(r.actor, r.subject)) {
          Tally& t = *by_subject;
          if (known(r.actor, council))
            t.at(Outcome::council_knows_day) = std::min(t.at(Outcome::council_knows_day), r.time);
          if (known(r.actor, accountable))
            t.at(Outcome::accountable_knows_day) = std::min(t.at(Outcome::accountable_knows_day), r.time);
        }
        break;
      case LogKind::decision_taken:
        if (by_subject)
          by_subject->at(Outcome::decision_day) = std::min(by_subject->at(Outcome::decision_day), r.time);
        break;
      case LogKind::drawn_in:
        if (by_subject)
          by_subject->at(Outcome::leadership_drawn_in_day) =
              std::min(by_subject->at(Outcome::leadership_drawn_in_day), r.time);
        break;
      case LogKind::response_taken:
        if (by_subject && r.subject == by_subject->harm_subject && known(r.actor, forum))
          by_subject->at(Outcome::forum_acts_day) = std::min(by_subject->at(Outcome::forum_acts_day), r.time);
        break;
      case LogKind::advice_given:
        if (by_subject && r.note == softened && softened != no_symbol)
          by_subject->at(Outcome::advice_softened) += 1;
        break;
      case LogKind::staffing_changed:
        if (Tally* t = tally_of(r.actor))
          t->at(Outcome::lowest_staffing) = std::min(t->at(Outcome::lowest_staffing), r.value);
        else
          national_lowest_staffing = std::min(national_lowest_staffing, r.value);
        break;
      case LogKind::item_received:
        arrived[r.item] = {r.actor, r.time};
        if (const auto found = referred.find(r.item);
            found != referred.end() && known(r.actor, accountable)) {
          if (Tally* t = tally_of(found->second.first)) {
            t->referral_total += r.time - found->second.second;
            ++t->referrals;
          }
          referred.erase(found);
        }
        break;
      case LogKind::item_sent:
        // A referral: a harm notice from the people harmed to the team that serves them.
        if (r.what == harm_notice && harm_notice != no_symbol && by_subject &&
            r.subject == by_subject->harm_subject && known(r.actor, people) && !referred.count(r.item))
          referred.emplace(r.item, std::pair{r.subject, r.time});
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
        if (Tally* t = tally_of(r.actor)) {
          t->waited += r.time - found->second.second;
          ++t->handled;
          if (known(r.actor, services)) {
            t->services_waited += r.time - found->second.second;
            ++t->services_handled;
          }
        }
        arrived.erase(found);
        break;
      }
      default:
        break;
    }
  }
  for (Tally& t : tallies) {
    if (t.handled > 0) t.at(Outcome::mean_wait_days) = t.waited / t.handled;
    if (t.services_handled > 0) t.at(Outcome::services_wait_days) = t.services_waited / t.services_handled;
    if (t.referrals > 0) t.at(Outcome::referral_days) = t.referral_total / t.referrals;
    if (t.first_harm >= 0) {
      t.at(Outcome::days_harm_to_council) = std::max(0.0, t.at(Outcome::council_knows_day) - t.first_harm);
      t.at(Outcome::days_harm_to_accountable) =
          std::max(0.0, t.at(Outcome::accountable_knows_day) - t.first_harm);
    }
  }
  if (with_gaps) {
    const Parameters p = parameters ? *parameters : run_parameters(arrangement, scenario);
    const auto paths = escalation_paths(log, p[Param::hold_limit_days], end_day);
    auto count = [&](const std::string& subject, Outcome what) {
      const Symbol s = log.symbols().find(subject);
      Tally* t = s == no_symbol ? (one_area ? &tallies[0] : nullptr) : tally_of(s);
      (t ? t->o : unattributed)[static_cast<std::size_t>(what)] += 1;
    };
    for (const Gap& g : dynamic_gaps(log, arrangement, scenario, paths, end_day)) {
      if (g.type == GapType::no_consequence) count(g.subject, Outcome::no_consequence_gaps);
      if (g.type == GapType::delegation_blind_spot) count(g.subject, Outcome::delegation_blind_spot_gaps);
    }
    for (Symbol s : unaddressed_subjects(log, arrangement, p[Param::reporting_window_days], end_day))
      (tally_of(s) ? tally_of(s)->o : unattributed)[static_cast<std::size_t>(Outcome::unaddressed_matters)] +=
          1;
  }

  RunOutcomes out;
  for (std::size_t a = 0; a < area_ids.size(); ++a) out.areas.push_back({area_ids[a], tallies[a].o});
  if (one_area) {
    out.whole = tallies[0].o;
    return out;
  }
  for (std::size_t i = 0; i < out.whole.size(); ++i) {
    const Aggregate how = aggregate_of(static_cast<Outcome>(i));
    double value = how == Aggregate::sum ? unattributed[i] : 0.0;
    if (how == Aggregate::earliest) value = end_day;
    if (how == Aggregate::lowest) value = national_lowest_staffing;
    for (const AreaOutcomes& area : out.areas) {
      const double x = area.outcomes[i];
      if (how == Aggregate::sum || how == Aggregate::mean) value += x;
      if (how == Aggregate::earliest || how == Aggregate::lowest) value = std::min(value, x);
    }
    if (how == Aggregate::mean) value /= static_cast<double>(out.areas.size());
    out.whole[i] = value;
  }
  return out;
}

Outcomes outcomes_of(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                     double end_day, bool with_gaps) {
  return outcomes_by_area(log, arrangement, scenario, end_day, with_gaps).whole;
}

}  // namespace govsim
