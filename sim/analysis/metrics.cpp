#include "analysis/metrics.hpp"

#include <algorithm>
#include <unordered_map>

#include "analysis/awareness.hpp"
#include "model/accountability.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {

int unaddressed_matters(const EventLog& log, const Arrangement& arrangement, double window, double end_day) {
  return static_cast<int>(unaddressed_subjects(log, arrangement, window, end_day).size());
}

std::vector<Symbol> unaddressed_subjects(const EventLog& log, const Arrangement& arrangement, double window,
                                         double end_day) {
  std::vector<char> forum(log.symbols().size());
  for (auto v : boost::make_iterator_range(boost::vertices(arrangement.network)))
    if (const Symbol s = log.symbols().find(arrangement.agent(v).id); s != no_symbol)
      forum[s] = is_forum_with_authority(arrangement.agent(v));
  // Per matter: when it arose, and per forum how far that forum took it.
  struct Judged {
    Symbol forum, actor;
    bool required = false, closed = false;
  };
  struct Matter {
    Symbol subject;
    double first;
    std::vector<Judged> by;
  };
  std::vector<Matter> matters;
  for (const LogRecord& r : log.records()) {
    if (r.subject == no_symbol) continue;
    auto m =
        std::find_if(matters.begin(), matters.end(), [&](const Matter& x) { return x.subject == r.subject; });
    if (m == matters.end()) {
      const bool arises =
          r.kind == LogKind::harm ||
          ((r.kind == LogKind::item_raised || r.kind == LogKind::item_sent) && r.severity >= 3);
      if (!arises) continue;
      matters.push_back({r.subject, r.time, {}});
      m = std::prev(matters.end());
    }
    const bool by_forum = r.actor < forum.size() && forum[r.actor];
    auto judged = [&](Symbol f) -> Judged& {
      for (Judged& j : m->by)
        if (j.forum == f) return j;
      m->by.push_back({f, r.other});
      return m->by.back();
    };
    if (r.kind == LogKind::question_asked && by_forum) judged(r.actor);
    if (r.kind == LogKind::action_required && by_forum) judged(r.actor).required = true;
    if (r.kind == LogKind::action_closed)
      for (Judged& j : m->by)
        if (j.required && (j.forum == r.actor || j.forum == r.other)) j.closed = true;
  }
  std::vector<Symbol> unaddressed;
  for (const Matter& m : matters) {
    if (m.first + window > end_day) continue;
    const bool accounted =
        std::any_of(m.by.begin(), m.by.end(), [](const Judged& j) { return !j.required || j.closed; });
    if (!accounted) unaddressed.push_back(m.subject);
  }
  return unaddressed;
}

namespace {
double end_day_of(const EventLog& log, const Scenario& scenario) {
  for (auto r = log.records().rbegin(); r != log.records().rend(); ++r)
    if (r->kind == LogKind::run_ended) return r->value;
  return scenario.days;
}
}  // namespace

RunMetrics run_metrics(const EventLog& log, const Arrangement& arrangement, const Scenario& scenario,
                       const std::vector<Gap>& gaps) {
  RunMetrics m;
  auto text = [&](Symbol s) { return std::string(log.text(s)); };
  auto role_of = [&](const std::string& id) {
    const auto v = arrangement.find(id);
    return v && !arrangement.agent(*v).roles.empty()
               ? std::string(to_string(arrangement.agent(*v).roles.front()))
               : id;
  };

  std::vector<std::string> subjects;
  for (const Cohort& c : scenario.cohorts)
    if (std::find(subjects.begin(), subjects.end(), c.subject) == subjects.end())
      subjects.push_back(c.subject);
  for (const DecisionPoint& p : scenario.decision_points)
    if (std::find(subjects.begin(), subjects.end(), p.subject) == subjects.end())
      subjects.push_back(p.subject);
  for (const std::string& subject : subjects) {
    const SubjectAwareness a = awareness_of(log, arrangement, subject);
    RunMetrics::Subject s;
    s.subject = subject;
    for (const auto& [agent, day] : a.first_known_by) {
      const std::string role = role_of(agent);
      if (std::none_of(s.first_known_by_role.begin(), s.first_known_by_role.end(),
                       [&](const auto& e) { return e.first == role; }))
        s.first_known_by_role.emplace_back(role, day);
    }
    s.harm = a.harm_total;
    s.first_harm_day = a.first_harm_day;
    if (a.first_harm_day && a.accountable_knows_day)
      s.harm_to_accountable_awareness_days = std::max(0.0, *a.accountable_knows_day - *a.first_harm_day);
    s.harm_before_accountable_awareness = a.harm_before_accountable_awareness;
    // Mitigation: the first time the cohort's unmet share came down.
    std::string condition;
    for (const Cohort& c : scenario.cohorts)
      if (c.subject == subject) condition = c.unmet_share_condition;
    double level = -1.0, mitigated = -1.0;
    for (const LogRecord& r : log.records())
      if (r.kind == LogKind::condition_changed && !condition.empty() && text(r.subject) == condition) {
        if (level >= 0 && r.value < level && mitigated < 0) mitigated = r.time;
        level = r.value;
      }
    for (const LogRecord& r : log.records())
      if (r.kind == LogKind::harm && text(r.subject) == subject && (mitigated < 0 || r.time < mitigated))
        s.harm_before_mitigation += r.value;
    m.subjects.push_back(std::move(s));
  }

  std::unordered_map<Symbol, double> requested;
  int with_trail = 0;
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::decision_requested) requested.emplace(r.subject, r.time);
    if (r.kind == LogKind::decision_taken) {
      RunMetrics::Decision d;
      d.subject = text(r.subject);
      d.decider = text(r.actor);
      d.option = text(r.note);
      d.decided = r.time;
      d.requested = requested.count(r.subject) ? requested[r.subject] : r.time;
      d.latency_days = d.decided - d.requested;
      d.advice_on_record = r.value > 0;
      const bool overruled_without_reasons =
          std::any_of(log.records().begin(), log.records().end(), [&](const LogRecord& o) {
            return o.kind == LogKind::advice_overruled && o.subject == r.subject &&
                   !(o.flags & log_flag::recorded);
          });
      d.minuted = (r.flags & log_flag::recorded) != 0;
      d.reasons_missing = overruled_without_reasons;
      if (d.advice_on_record && !overruled_without_reasons && d.minuted) ++with_trail;
      m.decisions.push_back(d);
    }
  }
  if (!m.decisions.empty())
    m.audit_trail_completeness = static_cast<double>(with_trail) / static_cast<double>(m.decisions.size());

  for (GapType type : all_gap_types()) m.gap_counts[std::string(to_string(type))] = 0;
  for (const Gap& g : gaps) ++m.gap_counts[std::string(to_string(g.type))];
  m.unaddressed_matters = unaddressed_matters(
      log, arrangement, run_parameters(arrangement, scenario)[Param::reporting_window_days],
      end_day_of(log, scenario));
  double noted = 0.0;
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::need_unmet) {
      m.unmet_need += r.value;
      const std::string subject = text(r.subject);
      auto at = std::find_if(m.unmet_by_subject.begin(), m.unmet_by_subject.end(),
                             [&](const RunMetrics::UnmetNeed& u) { return u.subject == subject; });
      if (at == m.unmet_by_subject.end())
        at = m.unmet_by_subject.insert(m.unmet_by_subject.end(), {subject, 0.0});
      at->people += r.value;
    }
    if (r.kind == LogKind::response_taken)
      m.levers.push_back({text(r.subject), text(r.note), text(r.actor), r.time, r.value});
    if (r.kind == LogKind::report_noted) {
      noted += 1;
      m.reports_considered += 1;
    }
    if (r.kind == LogKind::question_asked && r.item != 0) {
      const auto v = arrangement.find(text(r.actor));
      if (v && arrangement.agent(*v).kind == AgentKind::body) m.reports_considered += 1;
    }
  }
  if (m.reports_considered > 0) m.noted_without_question_share = noted / m.reports_considered;

  // Hidden work: what each agent handled, and how long items waited in its inbox.
  std::unordered_map<std::uint32_t, std::pair<Symbol, double>> arrived;
  std::map<std::string, RunMetrics::Work> work;
  for (const LogRecord& r : log.records()) {
    if (r.kind == LogKind::item_received) arrived[r.item] = {r.actor, r.time};
    const bool action = r.kind == LogKind::item_escalated || r.kind == LogKind::item_resolved ||
                        r.kind == LogKind::item_blocked || r.kind == LogKind::item_held ||
                        r.kind == LogKind::report_noted || r.kind == LogKind::question_asked;
    if (!action || r.item == 0) continue;
    const auto found = arrived.find(r.item);
    if (found == arrived.end() || found->second.first != r.actor) continue;
    RunMetrics::Work& w = work[text(r.actor)];
    w.agent = text(r.actor);
    ++w.items_handled;
    w.waiting_days += r.time - found->second.second;
    arrived.erase(found);
  }
  for (auto& [agent, w] : work) {
    w.mean_wait_days = w.items_handled ? w.waiting_days / w.items_handled : 0.0;
    m.hidden_work.push_back(w);
  }
  std::stable_sort(m.hidden_work.begin(), m.hidden_work.end(),
                   [](const auto& a, const auto& b) { return a.waiting_days > b.waiting_days; });
  return m;
}

}  // namespace govsim
