#include "training/handout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_report.hpp"
#include "experiment/outcome.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "training/gap_guidance.hpp"
#include "training/what_if.hpp"

namespace govsim {
namespace {

std::string number(double x) {
  std::ostringstream text;
  text << x;
  return text.str();
}

std::string quoted(const std::string& label) { return "\u201c" + label + "\u201d"; }

// "1 day", "6 days": whole days, as the day labels count them.
std::string whole_days(double days) {
  const double d = std::floor(days);
  return number(d) + (d == 1 ? " day" : " days");
}

// "41 fewer people", "1 more person".
std::string people_more_or_fewer(double difference) {
  const double n = std::abs(difference);
  return number(n) + (difference > 0 ? " more " : " fewer ") + (n == 1 ? "person" : "people");
}

HandoutOutcome outcome_of(const Branch& b) {
  return {b.harm, b.council_knew_day, b.days_harm_to_council, b.gaps};
}

// The room's own run, measured as what_if measures each branch.
HandoutOutcome outcome_of(const TrainingSession& session, const RunReport& report) {
  const ChosenRun& run = session.run();
  const Arrangement& arrangement = session.prepared().arrangement.arrangement;
  const Outcomes o = outcomes_of(run.log, arrangement, session.scenario(), run.days, false);
  HandoutOutcome out;
  out.harm = o[static_cast<std::size_t>(Outcome::harm)];
  const double knew = o[static_cast<std::size_t>(Outcome::council_knows_day)];
  if (knew < run.days) out.council_knew_day = knew;
  if (out.council_knew_day && out.harm > 0)
    out.days_harm_to_council = o[static_cast<std::size_t>(Outcome::days_harm_to_council)];
  for (const Gap& g : report.gaps)
    if (g.day) ++out.gaps;
  return out;
}

// "41 people were harmed; the council knew 12 days after the first harm; 5
// accountability gaps opened."
std::string outcome_words(const HandoutOutcome& o) {
  std::string text = o.harm == 0 ? std::string("Nobody was harmed")
                                 : people(o.harm) + (o.harm == 1 ? " was harmed" : " were harmed");
  if (o.harm > 0) {
    if (!o.council_knew_day)
      text += "; the council never knew";
    else if (o.days_harm_to_council)
      text += "; the council knew " + whole_days(*o.days_harm_to_council) + " after the first harm";
  }
  text += "; " + number(o.gaps) + (o.gaps == 1 ? " accountability gap" : " accountability gaps") + " opened.";
  return text;
}

// What another option would have changed, set against the room's branch.
std::string difference_words(const HandoutBranch& other, const HandoutOutcome& room) {
  const HandoutOutcome& o = other.outcome;
  std::string text = quoted(other.label) + " would have harmed ";
  const double harm = o.harm - room.harm;
  text += harm == 0 ? "as many people (" + number(o.harm) + ")" : people_more_or_fewer(harm);
  std::string knew;
  if (o.harm > 0 && o.council_knew_day && room.council_knew_day) {
    const double d = std::floor(*o.council_knew_day) - std::floor(*room.council_knew_day);
    knew = d == 0
               ? "the council would have known on the same day"
               : "the council would have known " + whole_days(std::abs(d)) + (d < 0 ? " sooner" : " later");
  } else if (o.harm > 0 && o.council_knew_day) {
    knew = "the council would have known, on " + day_label(*o.council_knew_day) +
           " (in the room's run it never did)";
  } else if (o.harm > 0 && room.council_knew_day) {
    knew = "the council would never have known";
  } else if (o.harm > 0) {
    knew = "the council would not have known either";
  }
  if (!knew.empty()) text += " and " + knew;
  const int gaps = o.gaps - room.gaps;
  if (gaps != 0)
    text += "; " + number(std::abs(gaps)) + (gaps > 0 ? " more " : " fewer ") +
            (std::abs(gaps) == 1 ? "accountability gap" : "accountability gaps") + " would have opened";
  return text + ".";
}

// What was on the decider's desk when it decided.
std::string desk_words(const DecisionMet& met, const DecisionPoint& point, const PlainWords& words) {
  auto label = [&](int option) { return quoted(point.options[static_cast<std::size_t>(option)].label); };
  auto valid = [&](int option) {
    return option >= 0 && static_cast<std::size_t>(option) < point.options.size();
  };
  const std::string adviser = met.adviser.empty() ? "" : words.agent(met.adviser);
  std::string text;
  if (met.adviser.empty())
    text = "Nobody is named to advise on this decision; there was no professional advice on record.";
  else if (met.advice_on_record && valid(met.advised_option))
    text =
        "Professional advice on record from " + adviser + ", recommending " + label(met.advised_option) + ".";
  else if (met.advice_on_record)
    text = "Professional advice on record from " + adviser + ", with no objection.";
  else if (met.advice_received && valid(met.advice_recommends))
    text = "Advice came from " + adviser + " (recommending " + label(met.advice_recommends) +
           "), but not on the record.";
  else if (met.advice_received)
    text = "Advice came from " + adviser + ", but not on the record.";
  else
    text = "No professional advice from " + adviser + " had arrived: nothing on record.";
  if (met.harms_known > 0) text += " The decider knew of " + people(met.harms_known) + " already harmed.";
  return text;
}

std::string when_words(const Gap& g) {
  return g.day ? day_label(*g.day) : std::string("in the arrangement itself");
}

// Most severe first, then earliest; the arrangement's own gaps count as the
// earliest, since they were there before the run began.
bool more_pressing(const Gap& a, const Gap& b) {
  if (a.severity != b.severity) return a.severity > b.severity;
  return a.day.value_or(-1.0) < b.day.value_or(-1.0);
}

// The first day in "2026-12-07T09:30:00Z" as "7 December 2026"; anything else as given.
std::string date_words(const std::string& iso) {
  static constexpr const char* months[] = {"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
  int year = 0, month = 0, day = 0;
  char dash1 = 0, dash2 = 0;
  std::istringstream in(iso.substr(0, 10));
  if (iso.size() >= 10 && (in >> year >> dash1 >> month >> dash2 >> day) && dash1 == '-' && dash2 == '-' &&
      month >= 1 && month <= 12 && day >= 1 && day <= 31)
    return std::to_string(day) + " " + months[month - 1] + " " + std::to_string(year);
  return iso.empty() ? std::string("not recorded") : iso;
}

HandoutDecision decision_of(const TrainingSession& session, std::size_t choice, const PlainWords& words) {
  const Scenario& played = session.scenario();
  const SessionChoice& made = session.record().choices[choice];
  const auto [index, option] = find_option(played, made.choice, "session");
  const DecisionPoint& point = played.decision_points[index];
  HandoutDecision d;
  d.question = point.question.empty() ? capitalised(humanise(point.id)) : point.question;
  d.chosen = point.options[static_cast<std::size_t>(option)].label;
  if (d.chosen.empty()) d.chosen = capitalised(humanise(made.choice.option));
  d.discussion = point.discussion;
  DecisionMet met;
  met.point = index;
  met.day = made.day;
  met.weighed = made.weighed;
  met.chosen = option;
  met.advice_on_record = made.advice_on_record;
  met.advised_option = made.advice_on_record ? made.advised : -1;
  met.advice_recommends = made.advised;
  met.advice_received = made.advised >= 0;
  for (const DecisionMet& m : session.run().met)
    if (m.point == index && m.by_room) met = m;
  // A point the run never reached (a record edited by hand) has no decider of its own.
  d.decider = met.decider.empty() ? std::string("the decider") : words.agent(met.decider);
  d.day = day_label(met.day);
  d.desk = desk_words(met, point, words);
  const int weighed = met.weighed;
  if (weighed == option || weighed < 0 || static_cast<std::size_t>(weighed) >= point.options.size())
    d.weighing = "Left to its own weighing, " + d.decider + " would have chosen the same.";
  else
    d.weighing = "Left to its own weighing, " + d.decider + " would have chosen " +
                 quoted(point.options[static_cast<std::size_t>(weighed)].label) + " instead.";

  // Marks from the run itself, not from what the record says of it: advice the
  // desk names, the decider's weighing, and the scenario's good practice (else
  // what advice recommended).
  const int advised = met.advice_on_record ? met.advised_option : met.advice_recommends;
  auto good_practice = [&](int o) { return point.good_practice ? *point.good_practice == o : o == advised; };
  d.chosen_good_practice = good_practice(option);

  const std::vector<Branch> branches = what_if(session, choice);
  const auto room = std::find_if(branches.begin(), branches.end(), [](const Branch& b) { return b.room; });
  if (room != branches.end()) d.followed = outcome_of(*room);
  d.followed_words = outcome_words(d.followed);
  for (const Branch& b : branches) {
    if (b.room) continue;
    HandoutBranch other;
    other.label = b.label.empty()
                      ? capitalised(humanise(point.options[static_cast<std::size_t>(b.option)].id))
                      : b.label;
    other.good_practice = good_practice(b.option);
    other.advised = b.option == advised;
    other.weighed = b.option == weighed;
    other.outcome = outcome_of(b);
    other.difference = difference_words(other, d.followed);
    d.not_taken.push_back(std::move(other));
  }
  return d;
}

}  // namespace

Handout build_handout(const TrainingSession& session) {
  const Scenario& played = session.scenario();
  const Arrangement& arrangement = session.prepared().arrangement.arrangement;
  const PlainWords words(arrangement, played);
  const SessionRecord& record = session.record();
  Handout h;
  h.scenario = capitalised(humanise(played.name));
  h.title = played.description.empty() ? h.scenario : played.description;
  h.arrangement =
      arrangement.description.empty() ? capitalised(humanise(arrangement.name)) : arrangement.description;
  h.seed = std::to_string(record.seed);
  h.date = date_words(record.started);
  h.notes = record.notes;
  h.finished = !session.pending().has_value();
  if (const auto& pending = session.pending()) {
    const DecisionPoint& point = played.decision_points[pending->point];
    h.unfinished = "The session ended before the room decided " +
                   (point.question.empty() ? humanise(point.id) : quoted(point.question)) + " (" +
                   day_label(pending->day) + "); from there " + words.agent(pending->decider) +
                   " decided by its own weighing.";
  }

  for (std::size_t i = 0; i < record.choices.size(); ++i) {
    h.decisions.push_back(decision_of(session, i, words));
    for (const std::string& prompt : h.decisions.back().discussion) h.discussion.push_back(prompt);
  }

  const RunReport report = build_report(session.run().log, arrangement, played, session.run().days);
  h.room_run = outcome_of(session, report);
  h.room_run_words = outcome_words(h.room_run);
  h.gaps_in_run = static_cast<int>(report.gaps.size());
  h.gaps_in_arrangement = static_cast<int>(
      std::count_if(report.gaps.begin(), report.gaps.end(), [](const Gap& g) { return !g.day; }));

  // One row per gap type, led by its most pressing gap; the first three lead
  // the handout's discussion.
  std::vector<const Gap*> ordered;
  for (const Gap& g : report.gaps) ordered.push_back(&g);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Gap* a, const Gap* b) { return more_pressing(*a, *b); });
  std::map<GapType, int> count;
  for (const Gap& g : report.gaps) ++count[g.type];
  std::vector<const Gap*> leading;
  for (const Gap* g : ordered)
    if (std::none_of(leading.begin(), leading.end(), [&](const Gap* l) { return l->type == g->type; }))
      leading.push_back(g);

  for (const Gap* g : leading) {
    const GapGuidance& guide = guidance_for(g->type, arrangement.jurisdiction);
    const std::string heading(gap_heading(g->type));
    if (h.top_gaps.size() < handout_top_gaps) {
      HandoutGap top;
      top.heading = heading;
      top.when = when_words(*g);
      top.day = g->day;
      top.severity = g->severity;
      top.occurrences = count[g->type];
      top.what_happened = g->explanation;
      top.rule = capitalised(std::string(rule_of(g->type))) + ".";
      top.guidance = guidance_sentence(guide);
      top.question = std::string(guide.question);
      h.discussion.push_back(top.question);
      h.top_gaps.push_back(std::move(top));
    }
    const int n = count[g->type];
    const std::string when = g->day ? (n == 1 ? "on " : "first on ") + day_label(*g->day)
                                    : std::string("in the arrangement itself");
    const std::string issue = heading + " (" + times_phrase(n) + ", " + when + ")";
    h.plan.push_back(
        {issue, std::string(guide.recommendation), std::string(guide.owner), std::string(guide.by_when)});
  }
  return h;
}

std::string gaps_sentence(const Handout& h) {
  std::string text = "The room's run had " + std::to_string(h.gaps_in_run) +
                     (h.gaps_in_run == 1 ? " accountability gap" : " accountability gaps");
  if (h.gaps_in_arrangement > 0)
    text += " (" + std::to_string(h.gaps_in_arrangement) + " in the arrangement itself)";
  return text + (h.top_gaps.empty() ? "." : "; the most severe, then earliest, one of each kind:");
}

void require_handout_extension(const std::string& path, const std::string& option) {
  if (!(path.ends_with(".md") || path.ends_with(".html")))
    throw InputError({path}, option +
                                 ": a handout is written as Markdown or a web page: give a file "
                                 "name ending in .md or .html");
}

void write_handout(const TrainingSession& session, const std::string& path) {
  require_handout_extension(path);
  const Handout handout = build_handout(session);
  if (path.ends_with(".md"))
    write_output(path, [&](std::ostream& out) { write_handout_markdown(handout, out); });
  else
    write_output(path, [&](std::ostream& out) { write_handout_html(handout, out); });
}

}  // namespace govsim
