#include "analysis/narrative.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "analysis/day_label.hpp"
#include "model/accountability.hpp"

namespace govsim {

std::vector<std::pair<double, std::string>> narrate(const EventLog& log, const PlainWords& words) {
  const Arrangement& arrangement = words.arrangement();
  std::vector<std::pair<double, std::string>> lines;
  auto text = [&](Symbol s) { return std::string(log.text(s)); };
  auto name = [&](Symbol s) {
    const std::string id = text(s);
    return id.empty() ? std::string("someone outside") : words.agent(id);
  };
  auto matter = [&](Symbol s) { return words.subject(text(s)); };
  auto is_body = [&](Symbol s) {
    const auto v = arrangement.find(text(s));
    return v && arrangement.agent(*v).kind == AgentKind::body;
  };
  auto option = [&](const LogRecord& r) { return words.option(text(r.subject), text(r.note)); };
  auto sentence = [](std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    // A question keeps its question mark ("...the residents?", not "?.").
    if (!s.empty() && s.back() != '.' && s.back() != '?' && s.back() != '!') s += '.';
    return s;
  };
  std::set<std::pair<Symbol, Symbol>> told;  // (agent, subject) already narrated
  // An agent that raised a matter did not "learn of" it.
  std::set<std::pair<Symbol, Symbol>> raised;
  // Harm is told once a week per matter, in the order the matters first came to harm.
  std::map<std::pair<int, std::size_t>, std::pair<double, double>>
      harm_by_week;  // (week, matter): first day, people
  std::vector<Symbol> harm_subjects;
  // (forum, actor, subject) of each action required so far: a closing record
  // names whichever of the two closed it, so this says which way round it reads.
  std::set<std::tuple<Symbol, Symbol, Symbol>> required;
  // What one body did about one matter at one sitting is told in one sentence:
  // whom it required to act, whose action it closed, and, for an actor, whose
  // requirement its having the matter in hand closed.
  struct Sitting {
    double time = 0, due = 0;
    Symbol body = no_symbol, subject = no_symbol;
    std::vector<std::string> required, closed, closed_for;  // agent ids
  };
  std::vector<Sitting> sittings;
  auto sitting = [&](const LogRecord& r) -> Sitting& {
    for (Sitting& s : sittings)
      if (s.time == r.time && s.body == r.actor && s.subject == r.subject) return s;
    sittings.push_back({r.time, 0, r.actor, r.subject, {}, {}, {}});
    return sittings.back();
  };
  auto add_once = [](std::vector<std::string>& list, const std::string& id) {
    if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
  };
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::item_raised || r.kind == LogKind::inject) raised.insert({r.actor, r.subject});
    std::string line;
    switch (r.kind) {
      case LogKind::inject:
        line = text(r.note);
        break;
      case LogKind::decision_requested:
        line = name(r.actor) +
               " was asked: " + (r.note != no_symbol ? text(r.note) : "a decision on " + matter(r.subject));
        break;
      case LogKind::advice_given:
        line = name(r.actor) + " advised " + name(r.other) + " on " + matter(r.subject) + ": " +
               text(r.note) + ((r.flags & log_flag::recorded) ? ", on the record" : ", off the record");
        break;
      case LogKind::decision_taken:
        line = name(r.actor) + " decided on " + matter(r.subject) + ": " + option(r) +
               (r.value > 0 ? ", with professional advice on record"
                            : ", with no professional advice on record");
        break;
      case LogKind::advice_overruled:
        line = name(r.actor) + " overruled the recorded advice" +
               ((r.flags & log_flag::recorded) ? ", minuting its reasons" : ", without minuting its reasons");
        break;
      case LogKind::direction_implemented:
        // A council or health board carries out a direction through its officers;
        // the body itself hears of the matter only at a meeting.
        line = (is_body(r.actor) ? "officers of " + name(r.actor) : name(r.actor)) +
               " carried out the direction on " + matter(r.subject) + " from " + name(r.other);
        break;
      case LogKind::became_aware: {
        const auto v = arrangement.find(text(r.actor));
        if (!v || !(is_forum_with_authority(arrangement.agent(*v)) ||
                    arrangement.agent(*v).holds(Role::chief_executive) ||
                    arrangement.is_statutory_officer(arrangement.agent(*v).id)))
          break;
        if (raised.count({r.actor, r.subject}) || !told.insert({r.actor, r.subject}).second) break;
        line = name(r.actor) + " learned of " + matter(r.subject);
        break;
      }
      case LogKind::harm: {
        const int week = static_cast<int>(std::floor(r.time / 7.0));
        auto at = std::find(harm_subjects.begin(), harm_subjects.end(), r.subject);
        if (at == harm_subjects.end()) at = harm_subjects.insert(harm_subjects.end(), r.subject);
        const std::pair<int, std::size_t> key{week, static_cast<std::size_t>(at - harm_subjects.begin())};
        harm_by_week.try_emplace(key, r.time, 0.0).first->second.second += r.value;
        break;
      }
      case LogKind::response_taken:
        line = name(r.actor) + " took action on " + matter(r.subject) + ": " + words.response(text(r.note));
        break;
      case LogKind::item_released:
        line = name(r.actor) + " released a concern about " + matter(r.subject) +
               " it had held, and passed it on";
        break;
      case LogKind::item_blocked:
        line =
            "a concern about " + matter(r.subject) + " stopped with " + name(r.actor) + ": " + text(r.note);
        break;
      case LogKind::item_held:
        line = name(r.actor) + " held a concern about " + matter(r.subject);
        break;
      case LogKind::item_lost:
        line = "an item about " + matter(r.subject) + " from " + name(r.actor) + " to " + name(r.other) +
               " was lost";
        break;
      case LogKind::drawn_in:
        line = "reputational risk drew in " + name(r.actor) + " over " + matter(r.subject);
        break;
      case LogKind::confidentiality_blocked:
        if (told.insert({r.other, r.subject}).second)
          line = "personal details of " + matter(r.subject) + " were kept from " + name(r.other) +
                 "; an aggregate went instead";
        break;
      case LogKind::personal_disclosed:
        line =
            "personal information about " + matter(r.subject) + " reached " + name(r.actor) + " (a breach)";
        break;
      case LogKind::action_required: {
        required.insert({r.actor, r.other, r.subject});
        Sitting& at = sitting(r);
        at.due = r.value;
        add_once(at.required, text(r.other));
        break;
      }
      case LogKind::action_closed:
        if (required.count({r.actor, r.other, r.subject}))
          add_once(sitting(r).closed, text(r.other));
        else
          add_once(sitting(r).closed_for, text(r.other));
        break;
      case LogKind::post_vacated:
        line = "the post of " + name(r.actor) + " fell vacant";
        break;
      default:
        break;
    }
    if (!line.empty()) lines.emplace_back(r.time, sentence(line));
  }
  for (const Sitting& at : sittings) {
    std::vector<std::string> newly, settled;  // required and still open; required and closed here
    for (const std::string& id : at.required)
      (std::find(at.closed.begin(), at.closed.end(), id) == at.closed.end() ? newly : settled).push_back(id);
    std::vector<std::string> earlier;  // closed here, required at an earlier sitting
    for (const std::string& id : at.closed)
      if (std::find(at.required.begin(), at.required.end(), id) == at.required.end()) earlier.push_back(id);
    const std::string body = name(at.body), about = matter(at.subject);
    if (!newly.empty())
      lines.emplace_back(at.time, sentence(body + " required " + words.agents(newly) + " to act on " + about +
                                           " by " + day_label(at.due)));
    if (!settled.empty())
      lines.emplace_back(at.time,
                         sentence(body + " required " + words.agents(settled) + " to act on " + about +
                                  " and, at the same meeting, accepted that it was in hand"));
    if (!earlier.empty())
      lines.emplace_back(at.time, sentence(body + " accepted that " + words.agents(earlier) + " had " +
                                           about + " in hand, and closed the action it had required"));
    if (!at.closed_for.empty())
      lines.emplace_back(at.time, sentence(body + " had " + about + " in hand, which closed the action" +
                                           (at.closed_for.size() > 1 ? "s " : " ") +
                                           words.agents(at.closed_for) + " required of it"));
  }
  for (const auto& [when, first_and_people] : harm_by_week) {
    const auto& [first, count] = first_and_people;
    const int from = std::max(static_cast<int>(std::floor(first)), when.first * 7);
    const int to = when.first * 7 + 6;
    std::ostringstream line;
    line << people(count) << " came to harm in days " << from << "–" << to << " ("
         << matter(harm_subjects[when.second]) << ").";
    lines.emplace_back(first, line.str());
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return std::floor(a.first) < std::floor(b.first); });
  // The same thing happening again within a week is told once, with how often.
  std::vector<std::pair<double, std::string>> told_once;
  std::vector<int> times;
  std::map<std::pair<int, std::string>, std::size_t> first_of;  // (week, sentence) -> index
  for (auto& [day, sentence] : lines) {
    const int week = static_cast<int>(std::floor(day / 7.0));
    const auto [at, added] = first_of.try_emplace({week, sentence}, told_once.size());
    if (added) {
      told_once.emplace_back(day, std::move(sentence));
      times.push_back(1);
    } else {
      ++times[at->second];
    }
  }
  for (std::size_t i = 0; i < told_once.size(); ++i)
    if (times[i] > 1) {
      std::string& sentence = told_once[i].second;
      if (sentence.ends_with('.')) sentence.pop_back();
      sentence += " (" + std::to_string(times[i]) + " times that week).";
    }
  return told_once;
}

}  // namespace govsim
