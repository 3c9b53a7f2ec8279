#include "analysis/gap_finder.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "analysis/day_label.hpp"
#include "analysis/plain_words.hpp"
#include "check/sources.hpp"
#include "check/static_gaps.hpp"
#include "check/statutory_rules.hpp"
#include "model/accountability.hpp"
#include "model/decision_type.hpp"
#include "model/network_queries.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {
namespace {

class DynamicGaps {
 public:
  DynamicGaps(const EventLog& log, const Arrangement& a, const Scenario& s,
              const std::vector<EscalationPath>& paths, double end)
      : log_(log), a_(a), s_(s), words_(a, s), paths_(paths), end_(end), parameters_(run_parameters(a, s)) {}

  std::vector<Gap> find() {
    silent();
    rubber_stamp();
    no_consequence();
    advice_bypass();
    blocked_escalation();
    many_hands();
    delegation_blind_spot();
    vacancy();
    confidentiality();
    harm_before_awareness();
    outside_delegation();
    std::stable_sort(gaps_.begin(), gaps_.end(), [](const Gap& x, const Gap& y) { return x.day < y.day; });
    return gaps_;
  }

 private:
  std::string text(Symbol s) const { return std::string(log_.text(s)); }
  std::string name(Symbol s) const { return words_.agent(text(s)); }
  std::string name(const std::string& id) const { return words_.agent(id); }
  // A matter, by its title.
  std::string matter(Symbol s) const { return words_.subject(text(s)); }
  std::string matter(const std::string& id) const { return words_.subject(id); }
  bool is_forum(Symbol agent) const {
    const auto v = a_.find(text(agent));
    return v && is_forum_with_authority(a_.agent(*v));
  }
  void add(GapType type, std::string subject, double day, std::vector<std::string> agents,
           std::vector<std::string> links, int severity, const std::string& what) {
    std::erase_if(agents, [](const std::string& id) { return id.empty(); });
    gaps_.push_back({type, std::move(subject), day, std::move(agents), std::move(links), severity,
                     day_label(day, true) + ": " + what + "."});
  }

  // A matter (a harm, or a concern or report of severity 3 or more) that no forum
  // with authority heard of within the reporting window.
  void silent() {
    // In order of first appearance, so the same log read back gives the same order.
    std::vector<std::pair<Symbol, double>> first_seen;
    for (const LogRecord& r : log_.records()) {
      if (r.subject == no_symbol) continue;
      if (r.kind != LogKind::harm &&
          !((r.kind == LogKind::item_raised || r.kind == LogKind::item_sent) && r.severity >= 3))
        continue;
      if (std::none_of(first_seen.begin(), first_seen.end(),
                       [&](const auto& f) { return f.first == r.subject; }))
        first_seen.emplace_back(r.subject, r.time);
    }
    const double window = parameters_[Param::reporting_window_days];
    for (const auto& [subject, seen] : first_seen) {
      if (seen + window > end_) continue;
      bool reached = false;
      std::vector<std::string> knew;
      for (const LogRecord& r : log_.records()) {
        if (r.kind != LogKind::became_aware || r.subject != subject || r.time > seen + window) continue;
        if (is_forum(r.actor)) reached = true;
        knew.push_back(text(r.actor));
      }
      if (!reached)
        add(GapType::silent, text(subject), seen + window, knew, {}, 4,
            matter(subject) + " had not reached any forum with authority " +
                std::to_string(static_cast<int>(window)) + " days after it arose");
    }
  }

  // A matter every forum that considered it only noted: one gap per matter, so
  // a further reporting route can turn a silent matter into a noted one, or a
  // questioned one, but never add to the count.
  void rubber_stamp() {
    std::vector<Symbol> questioned, noted;
    std::vector<const LogRecord*> first_noted;
    for (const LogRecord& r : log_.records()) {
      if (r.subject == no_symbol || !is_forum(r.actor)) continue;
      if (r.kind == LogKind::question_asked &&
          std::find(questioned.begin(), questioned.end(), r.subject) == questioned.end())
        questioned.push_back(r.subject);
      if (r.kind == LogKind::report_noted && r.other != no_symbol &&
          std::find(noted.begin(), noted.end(), r.subject) == noted.end()) {
        noted.push_back(r.subject);
        first_noted.push_back(&r);
      }
    }
    for (const LogRecord* r : first_noted) {
      if (std::find(questioned.begin(), questioned.end(), r->subject) != questioned.end()) continue;
      add(GapType::rubber_stamp, text(r->subject), r->time, {text(r->actor), text(r->other)}, {}, 2,
          name(r->actor) + " noted a report on " + matter(r->subject) + " from " + name(r->other) +
              " without asking a question, and no forum ever questioned anyone on it");
    }
  }

  void no_consequence() {
    for (const LogRecord& required : log_.records()) {
      // A deadline on the run's last day falls at a meeting the run does not hold.
      if (required.kind != LogKind::action_required || required.value >= end_) continue;
      const bool closed = std::any_of(log_.records().begin(), log_.records().end(), [&](const LogRecord& c) {
        return c.kind == LogKind::action_closed && c.subject == required.subject && c.time >= required.time &&
               c.time <= required.value &&
               ((c.actor == required.actor && c.other == required.other) ||
                (c.actor == required.other && c.other == required.actor));
      });
      if (!closed)
        add(GapType::no_consequence, text(required.subject), required.value,
            {text(required.actor), text(required.other)}, {}, 3,
            "the action " + name(required.actor) + " required of " + name(required.other) + " on " +
                matter(required.subject) + " was not closed by its deadline");
    }
  }

  // Decisions on social work functions need recorded professional advice.
  void advice_bypass() {
    for (const LogRecord& r : log_.records()) {
      if (r.kind == LogKind::advice_overruled && !(r.flags & log_flag::recorded))
        add(GapType::advice_bypass, text(r.subject), r.time, {text(r.actor), text(r.other)}, {}, 4,
            name(r.actor) + " overruled " + name(r.other) + "'s recorded advice on " + matter(r.subject) +
                " without recording its reasons");
      if (r.kind != LogKind::decision_taken || r.value > 0 || !social_work_decision(text(r.subject)))
        continue;
      const std::string adviser = r.other == no_symbol ? std::string("the CSWO or DASS") : name(r.other);
      add(GapType::advice_bypass, text(r.subject), r.time, {text(r.actor), text(r.other)}, {}, 4,
          name(r.actor) + " decided on " + matter(r.subject) + " (" +
              words_.option(text(r.subject), text(r.note)) + ") without recorded advice from " + adviser);
    }
  }
  bool social_work_decision(const std::string& subject) const {
    for (const DecisionPoint& p : s_.decision_points) {
      if (p.subject != subject) continue;
      if (const DelegatedDecision* d = a_.delegation(p.decision, p.area); d && d->social_work_function)
        return true;
      const auto adviser = a_.resolve(p.advice_from, p.area);
      if (adviser && a_.is_statutory_officer(a_.agent(*adviser).id)) return true;
    }
    return false;
  }

  // Seed guidance: officers "may make significant decisions within the
  // individual council's agreed scheme of delegation, key decisions are
  // ultimately made by the councillors". A named deputy acting for a taker
  // whose post is vacant acts within the scheme, except on a key decision,
  // which an officer never takes.
  void outside_delegation() {
    // When each post fell vacant (posts do not refill in a run), gathered once.
    std::map<std::string, double> vacated;
    for (const LogRecord& r : log_.records())
      if (r.kind == LogKind::post_vacated) vacated.try_emplace(text(r.actor), r.time);
    auto vacant_by = [&](const std::string& id, double time) {
      const auto at = vacated.find(id);
      return at != vacated.end() && at->second <= time;
    };
    for (const LogRecord& r : log_.records()) {
      if (r.kind != LogKind::decision_taken) continue;
      const DecisionPoint* point = nullptr;
      for (const DecisionPoint& p : s_.decision_points)
        if (p.subject == text(r.subject)) point = &p;
      const DelegatedDecision* entry = point ? a_.delegation(point->decision, point->area) : nullptr;
      const auto decider = a_.find(text(r.actor));
      if (!entry || !decider) continue;
      const Agent& who = a_.agent(*decider);
      const std::string decision = words_.decision_type(entry->decision);
      // A key decision the scheme marks is for councillors and their committees
      // alone; one councils usually reserve (the shared vocabulary's) is for
      // anyone but an officer: a board such as an IJB may take it.
      const auto shared = shared_decision_type(entry->decision);
      const bool officer = !who.is_member_or_forum() && (entry->key_decision || who.kind != AgentKind::body);
      if ((entry->key_decision || (shared && shared->key_by_nature)) && officer) {
        add(GapType::outside_delegation, text(r.subject), r.time, {who.id}, {}, 4,
            name(r.actor) + ", an officer, took the key decision on " + matter(r.subject) + " (" + decision +
                "), which " +
                (entry->key_decision
                     ? "the scheme of delegation reserves to councillors"
                     : "councils reserve to councillors, though this scheme gives it to an officer"));
        continue;
      }
      bool within = false;
      std::vector<std::string> involved{who.id}, takers;
      for (const std::string& reference : entry->taken_by) {
        const auto taker = a_.resolve(reference, point->area);
        const std::string id = taker ? a_.agent(*taker).id : reference;
        takers.push_back(id);
        within =
            within || id == who.id || (taker && a_.agent(*taker).deputy == who.id && vacant_by(id, r.time));
      }
      involved.insert(involved.end(), takers.begin(), takers.end());
      if (!within)
        add(GapType::outside_delegation, text(r.subject), r.time, involved, {}, 4,
            name(r.actor) + " decided on " + matter(r.subject) + " (" + decision +
                "), which the scheme of delegation gives to " + words_.agents(takers));
    }
  }

  void blocked_escalation() {
    std::set<std::pair<Symbol, Symbol>> seen;
    for (const LogRecord& r : log_.records()) {
      if (r.kind != LogKind::item_blocked || !seen.insert({r.actor, r.subject}).second) continue;
      add(GapType::blocked_escalation, text(r.subject), r.time, {text(r.actor)}, {}, 4,
          "a concern about " + matter(r.subject) + " stopped with " + name(r.actor) + ": " + text(r.note));
    }
    // The chief executive gets the protocol's hold limit to act before it counts;
    // any hop to it counts, not only the last, since once it acts its onward
    // escalation becomes the path's last hop.
    const double hold_limit = parameters_[Param::hold_limit_days];
    std::set<std::pair<std::string, std::string>> flagged;  // (subject, sender)
    for (const EscalationPath& p : paths_)
      for (const PathHop& hop : p.hops) {
        const auto to = a_.find(hop.to);
        if (!to || !a_.agent(*to).holds(Role::chief_executive)) continue;
        const double limit = hop.sent + hold_limit;
        if (hop.acted ? *hop.acted <= limit : limit > end_) continue;
        if (!flagged.insert({p.subject, hop.from}).second) continue;
        add(GapType::blocked_escalation, p.subject, hop.sent, {hop.from, hop.to},
            {hop.from + " " + hop.channel + " " + hop.to}, 4,
            "a concern about " + matter(p.subject) + " escalated to " + name(hop.to) + " was " +
                (hop.acted
                     ? "not acted on for " + std::to_string(static_cast<int>(*hop.acted - hop.sent)) +
                           " days, beyond the hold limit of " + std::to_string(static_cast<int>(hold_limit))
                     : std::string("never acknowledged")));
      }
  }

  // Harm on a subject whose conditions were made worse by several bodies, none
  // of which answers to a forum that covers the others. Only changes that
  // raised the risk count (a body that eased unmet need is not one of the
  // hands), and a change carried out on another's direction is the director's.
  void many_hands() {
    for (const Cohort& cohort : s_.cohorts) {
      double harm = 0, first_harm = end_, last_harm = 0;
      for (const LogRecord& r : log_.records())
        if (r.kind == LogKind::harm && text(r.subject) == cohort.subject) {
          harm += r.value;
          first_harm = std::min(first_harm, r.time);
          last_harm = std::max(last_harm, r.time);
        }
      if (harm == 0) continue;
      // Both raise harm as they rise: a larger unmet share, a higher lowest band served.
      std::map<std::string, double> risk;
      for (const std::string& c : {cohort.unmet_share_condition, cohort.eligibility_condition})
        if (!c.empty() && s_.condition_index(c)) risk[c] = s_.conditions[*s_.condition_index(c)].second;
      if (risk.empty()) continue;
      std::vector<std::string> hands;
      for (const LogRecord& r : log_.records()) {
        if (r.kind != LogKind::condition_changed || r.time > last_harm) continue;
        const auto level = risk.find(text(r.subject));
        if (level == risk.end()) continue;
        const bool raised = r.value > level->second;
        level->second = r.value;
        const Symbol hand = r.other != no_symbol ? r.other : r.actor;
        if (raised && hand != no_symbol && std::find(hands.begin(), hands.end(), text(hand)) == hands.end())
          hands.push_back(text(hand));
      }
      if (hands.size() < 2 || shared_forum(hands)) continue;
      const std::string list = words_.agents(hands);
      add(GapType::many_hands, cohort.subject, first_harm, hands, {}, 4,
          "harm to " + words_.agent(cohort.agent) + " (" + matter(cohort.subject) +
              ") followed changes made by " + list +
              " that each left more people without care, and no forum has all of them to account");
    }
  }
  bool shared_forum(const std::vector<std::string>& agents) const {
    std::vector<std::set<AgentVertex>> scopes;
    for (const auto& id : agents) {
      const auto v = a_.find(id);
      if (!v) return false;
      std::set<AgentVertex> scope{*v};
      for (AgentVertex f : forums_of(a_.network, *v)) scope.insert(f);
      scopes.push_back(scope);
    }
    for (AgentVertex candidate : scopes.front()) {
      if (!is_forum_with_authority(a_.agent(candidate))) continue;
      if (std::all_of(scopes.begin(), scopes.end(), [&](const auto& s) { return s.count(candidate) > 0; }))
        return true;
    }
    return false;
  }

  // The council keeps its duty for what it delegates; it must receive an account
  // of what the delegate decides (a report, an answer), by its first ordinary
  // meeting a reporting window after the decision: a body hears at its meetings,
  // and hearing of the matter from elsewhere (a risk report, a complaint) is not
  // an account of the decision.
  void delegation_blind_spot() {
    for (auto e : boost::make_iterator_range(boost::edges(a_.network))) {
      if (a_.network[e].type != LinkType::delegates) continue;
      const Agent& council = a_.agent(boost::source(e, a_.network));
      const Agent& delegate = a_.agent(boost::target(e, a_.network));
      if (!council.holds(Role::full_council) || !council.meetings) continue;
      std::vector<std::pair<std::string, double>> dealt;  // subject, first day
      for (const LogRecord& r : log_.records())
        if ((r.kind == LogKind::decision_taken || r.kind == LogKind::response_taken) &&
            text(r.actor) == delegate.id && std::none_of(dealt.begin(), dealt.end(), [&](const auto& d) {
              return d.first == text(r.subject);
            }))
          dealt.emplace_back(text(r.subject), r.time);
      // Named, not bound: clang before 16 cannot use a structured binding in a lambda.
      for (const auto& dealt_with : dealt) {
        const std::string& subject = dealt_with.first;
        const double due = next_meeting_day(*council.meetings,
                                            dealt_with.second + parameters_[Param::reporting_window_days]);
        if (due > end_) continue;  // not yet due when the run ended
        const bool heard = std::any_of(log_.records().begin(), log_.records().end(), [&](const LogRecord& r) {
          const bool considered = r.kind == LogKind::report_noted || r.kind == LogKind::question_asked ||
                                  r.kind == LogKind::item_resolved;
          return considered && (r.flags & log_flag::account) && r.time <= due &&
                 text(r.actor) == council.id && text(r.subject) == subject;
        });
        if (heard) continue;
        add(GapType::delegation_blind_spot, subject, due, {council.id, delegate.id},
            {council.id + " delegates " + delegate.id}, 4,
            name(delegate.id) + " decided on " + matter(subject) + ", a delegated function, and " +
                name(council.id) + " had received no account of it by its meeting on " + day_label(due));
      }
    }
  }

  // A statutory post falls vacant with nobody to cover: no deputy, a deputy
  // vacant in the arrangement, or one whose own post fell vacant earlier in the run.
  void vacancy() {
    std::set<std::string> vacated;
    for (const LogRecord& r : log_.records()) {
      if (r.kind != LogKind::post_vacated) continue;
      const std::string id = text(r.actor);
      vacated.insert(id);
      const auto v = a_.find(id);
      if (!v) continue;
      // The post itself, and any statutory post this one deputised for that is now uncovered.
      for (auto u : boost::make_iterator_range(boost::vertices(a_.network))) {
        const Agent& post = a_.agent(u);
        if (u != *v && !(post.deputy == id && vacated.count(post.id))) continue;
        if (std::none_of(post.roles.begin(), post.roles.end(),
                         [](Role role) { return is_statutory_post(role); }))
          continue;
        const auto deputy = a_.find(post.deputy);
        if (deputy && !a_.agent(*deputy).vacant && !vacated.count(post.deputy)) continue;
        add(GapType::vacancy, "", r.time, {post.id}, {}, 4,
            "the post of " + name(post.id) + " " +
                (u == *v ? "fell vacant" : "was left uncovered when its deputy left") +
                " with no deputy to cover it");
      }
    }
  }

  void confidentiality() {
    std::set<std::pair<Symbol, Symbol>> seen;
    for (const LogRecord& r : log_.records()) {
      if (r.kind == LogKind::personal_disclosed && seen.insert({r.actor, r.subject}).second)
        add(GapType::confidentiality, text(r.subject), r.time, {text(r.actor), text(r.other)}, {}, 5,
            "personal information about " + matter(r.subject) + " reached " + name(r.actor) +
                (words_.is_elected_member(text(r.actor)) ? ", an elected member"
                                                         : ", where elected members sit"));
      if (r.kind == LogKind::scrutiny_blocked && seen.insert({r.other, r.subject}).second)
        add(GapType::confidentiality, text(r.subject), r.time, {text(r.other), text(r.actor)}, {}, 3,
            name(r.other) + " received nothing on " + matter(r.subject) +
                ": the information was personal and no aggregate was provided");
    }
  }

  void harm_before_awareness() {
    std::set<std::string> subjects;
    for (const LogRecord& r : log_.records())
      if (r.kind == LogKind::harm) subjects.insert(text(r.subject));
    for (const std::string& subject : subjects) {
      const Symbol s = log_.symbols().find(subject);
      double harmed = 0, first = end_;
      bool known = false;
      for (const LogRecord& r : log_.records()) {
        if (r.subject != s) continue;
        if (r.kind == LogKind::became_aware) {
          const auto v = a_.find(text(r.actor));
          if (v && is_accountable(a_, *v)) known = true;
        }
        if (r.kind == LogKind::harm && !known) {
          harmed += r.value;
          first = std::min(first, r.time);
        }
      }
      if (harmed > 0) {
        std::ostringstream what;
        what << harmed << (harmed == 1 ? " person was" : " people were") << " harmed (" << matter(subject)
             << ") before anyone accountable knew of the risk";
        add(GapType::harm_before_awareness, subject, first, {}, {}, 5, what.str());
      }
    }
  }

  const EventLog& log_;
  const Arrangement& a_;
  const Scenario& s_;
  PlainWords words_;
  const std::vector<EscalationPath>& paths_;
  double end_;
  Parameters parameters_;
  std::vector<Gap> gaps_;
};

}  // namespace

std::vector<Gap> static_gaps(const Arrangement& arrangement) {
  Findings findings;
  check_statutory_rules(arrangement, findings);
  check_static_gaps(arrangement, findings);
  return static_gaps(arrangement, findings);
}

std::vector<Gap> static_gaps(const Arrangement& arrangement, const Findings& findings) {
  static const Scenario no_scenario;
  const PlainWords words(arrangement, no_scenario);
  std::vector<Gap> gaps;
  for (const Finding& f : findings.items()) {
    const auto type = parse_gap_type(f.rule);
    // A protocol that lets case details reach members is a check finding; the run
    // reports each breach that actually happens.
    if (!type || *type == GapType::confidentiality) continue;
    Gap gap;
    gap.type = *type;
    gap.agents = f.agents;
    gap.severity = f.severity == Finding::Severity::error ? 4 : 3;
    std::string sentence = words.reworded(f.message);
    if (!sentence.empty() && sentence.back() != '.') sentence += '.';
    gap.explanation = "In the arrangement: " + sentence;
    gaps.push_back(std::move(gap));
  }
  return gaps;
}

std::vector<Gap> dynamic_gaps(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                              const std::vector<EscalationPath>& paths, double end_day) {
  return DynamicGaps(log, arrangement, scenario, paths, end_day).find();
}

std::vector<Gap> find_gaps(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                           const std::vector<EscalationPath>& paths, double end_day) {
  std::vector<Gap> gaps = static_gaps(arrangement);
  for (Gap& gap : dynamic_gaps(log, arrangement, scenario, paths, end_day)) gaps.push_back(std::move(gap));
  return gaps;
}

}  // namespace govsim
