#include "analysis/report_sections.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "analysis/day_label.hpp"

namespace govsim {

std::string decision_record_words(const RunMetrics::Decision& decision) {
  std::string words = decision.advice_on_record ? "with professional advice on record"
                                                : "without professional advice on record";
  if (decision.reasons_missing) words += ", overruled without recorded reasons";
  if (!decision.minuted) words += "; no minute or decision record";
  return words;
}

std::vector<RouteGroup> route_groups(const std::vector<EscalationPath>& paths) {
  std::vector<RouteGroup> groups;
  auto same_route = [](const EscalationPath& a, const EscalationPath& b) {
    if (a.subject != b.subject || a.hops.size() != b.hops.size()) return false;
    for (std::size_t i = 0; i < a.hops.size(); ++i)
      if (a.hops[i].from != b.hops[i].from || a.hops[i].to != b.hops[i].to) return false;
    return true;
  };
  for (const EscalationPath& p : paths) {
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const RouteGroup& g) { return same_route(*g.route, p); });
    if (group == groups.end()) {
      groups.push_back({&p, 0, p.first_day, p.last_day, {}});
      group = std::prev(groups.end());
    }
    group->occurrences += p.occurrences;
    group->first_day = std::min(group->first_day, p.first_day);
    group->last_day = std::max(group->last_day, p.last_day);
    auto ending = std::find_if(group->endings.begin(), group->endings.end(),
                               [&](const auto& e) { return e.first == p.explanation; });
    if (ending == group->endings.end())
      group->endings.emplace_back(p.explanation, p.occurrences);
    else
      ending->second += p.occurrences;
  }
  return groups;
}

std::string times_phrase(int times) {
  return times == 1 ? "once" : times == 2 ? "twice" : std::to_string(times) + " times";
}

std::string endings_phrase(const RouteGroup& group) {
  if (group.endings.size() == 1) {
    const auto& [ending, times] = group.endings.front();
    return "ended: " + (times > 1 ? ending + " (" + times_phrase(times) + ")" : ending);
  }
  std::string phrase = "ended " + std::to_string(group.endings.size()) + " ways: ";
  for (std::size_t i = 0; i < group.endings.size(); ++i)
    phrase += (i ? "; " : "") + group.endings[i].first + " (" + times_phrase(group.endings[i].second) + ")";
  return phrase;
}

std::vector<const Gap*> gaps_in_reading_order(const std::vector<Gap>& gaps) {
  std::vector<const Gap*> ordered;
  for (const Gap& g : gaps) ordered.push_back(&g);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Gap* a, const Gap* b) {
    if (a->day.has_value() != b->day.has_value()) return !a->day.has_value();
    return a->day.value_or(0.0) < b->day.value_or(0.0);
  });
  return ordered;
}

std::vector<CouncilRow> council_rows(const RunReport& report, bool& per_head) {
  std::vector<CouncilRow> rows;
  const auto order = ranked(report.areas);
  per_head = !order.empty() && order.front()->population.has_value();
  auto figure = [](double x, int decimals) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << x;
    return text.str();
  };
  for (const AreaResult* a : order) {
    const auto lag = a->days_harm_to_council(report.days);
    rows.push_back({a->name, figure(a->harm, 0), a->harm_per_100k() ? figure(*a->harm_per_100k(), 1) : "-",
                    figure(a->unmet_need, 0),
                    a->council_knew_day ? day_label(*a->council_knew_day)
                    : a->first_harm_day ? "never"
                                        : "-",
                    lag ? figure(*lag, 1) : "-", a->decision_days ? figure(*a->decision_days, 1) : "-",
                    std::to_string(a->gaps)});
  }
  return rows;
}

std::span<const GlossaryEntry> glossary() {
  static constexpr std::array entries{
      GlossaryEntry{"Accountability gap",
                    "a place where the chain of account broke: someone acts, a forum (a committee, the IJB, "
                    "the council) asks them to explain, and what the forum decides has consequences."},
      GlossaryEntry{"Accountable",
                    "a person or body that answers to a forum able to question them, or such a "
                    "forum itself."},
      GlossaryEntry{
          "Escalation path",
          "the route a concern or report took, hop by hop, from whoever raised it to the last person "
          "or body that received it, and why it stopped there."},
      GlossaryEntry{"People harmed",
                    "people who came to harm because the care they needed was not in place."},
      GlossaryEntry{
          "Harmed before anyone accountable knew",
          "of those, the people harmed before the first accountable person or body knew of the risk. "
          "It is 0 when someone accountable knew before the first harm, even if many were harmed "
          "later."},
      GlossaryEntry{"Harmed before mitigation",
                    "people harmed before the first action that began to reduce the share of people left "
                    "without care."},
      GlossaryEntry{
          "Days until the council knew",
          "from the start of the run to the day the first councillor or council committee knew of a "
          "matter that was harming people."},
      GlossaryEntry{"Decisions with a full record",
                    "the share of decisions with a complete audit trail: professional advice on record, the "
                    "reasons minuted where that advice was overruled, and the decision itself minuted or "
                    "written in a decision record."},
      GlossaryEntry{"Days to decide", "from when a decision was put to the decider to when it was taken."},
      GlossaryEntry{"People left without the care they need",
                    "people assessed as needing care who did not get it during the run."},
      GlossaryEntry{"Matters not accounted for",
                    "matters (harm, or a concern or report of severity 3 or more) that no forum questioned "
                    "anyone on, or whose required action was left open."},
      GlossaryEntry{"Noted without question",
                    "a report a forum received and noted without asking a question."},
      GlossaryEntry{"Where time went",
                    "how long items waited in each person's or body's in-tray before anyone acted on them."},
  };
  return entries;
}

std::string days_text(double days) {
  std::ostringstream text;
  text << std::round(days * 10) / 10;
  return text.str();
}

std::string days_phrase(double days) {
  const std::string text = days_text(days);
  return text + (text == "1" ? " day" : " days");
}

std::string awareness_after_harm(double days) {
  if (days <= 0.0) return "someone accountable knew by the time of the first harm";
  return days_phrase(days) + " from the first harm until someone accountable knew";
}

std::optional<double> council_first_knew(const RunReport& report) {
  std::optional<double> first;
  for (const SubjectAwareness& a : report.awareness)
    if (a.first_harm_day && a.council_knows_day && (!first || *a.council_knows_day < *first))
      first = a.council_knows_day;
  return first;
}

}  // namespace govsim
