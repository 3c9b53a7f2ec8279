#include "check/static_gaps.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "check/sources.hpp"
#include "io/did_you_mean.hpp"
#include "model/accountability.hpp"
#include "model/decision_type.hpp"
#include "model/network_queries.hpp"

namespace govsim {
namespace {

std::string cites(const char* source) { return std::string(" (") + source + ")"; }

// Agents that need not pass concerns on: the council and the health board answer
// to the electorate and to ministers, outside this model; regulators, the
// ombudsman and the public are where concerns end up, not links in the chain.
bool is_end_of_the_line(const Agent& agent) {
  for (Role role : {Role::full_council, Role::health_board, Role::regulator, Role::ombudsman,
                    Role::constituents, Role::service_users})
    if (agent.holds(role)) return true;
  return agent.is_elected_member() || agent.kind == AgentKind::body;
}

class StaticGaps {
 public:
  StaticGaps(const Arrangement& a, Findings& f) : a_(a), n_(a.network), findings_(f) {}

  void run() {
    for (const auto& [area, scheme] : a_.schemes())
      for (const DelegatedDecision& d : *scheme) {
        ownership(d);
        adviser_is_decider(d);
        shared_type(d);
        advice_route(d);
        for (const std::string& id : d.taken_by)
          if (const auto v = a_.find(id)) decider_has_forum(d, *v);
      }
    for (auto v : boost::make_iterator_range(boost::vertices(n_))) {
      vacancy(v);
      escalation_route(v);
    }
    for (auto e : boost::make_iterator_range(boost::edges(n_))) self_loop(e);
  }

 private:
  const Agent& agent(AgentVertex v) const { return n_[v]; }

  void ownership(const DelegatedDecision& d) {
    if (d.taken_by.empty()) {
      findings_.error(d.place,
                      "nobody is named to take '" + d.decision +
                          "' decisions: name one accountable agent in "
                          "'taken_by'" +
                          cites(source::raci),
                      "no_owner");
    } else if (d.taken_by.size() > 1) {
      findings_.warning(d.place,
                        "'" + d.decision + "' can be taken by " + std::to_string(d.taken_by.size()) +
                            " agents, so no single one is accountable for it" + cites(source::raci),
                        "no_owner");
      findings_.involving(d.taken_by);
    }
  }

  // Built-in scenarios name only the shared decision types; a scheme that calls
  // one otherwise runs none of them, so say which it may mean.
  void shared_type(const DelegatedDecision& d) {
    const auto shared = shared_decision_type(d.decision);
    if (!shared) {
      std::vector<std::string> names;
      for (const DecisionType& t : shared_decision_types()) {
        names.emplace_back(t.name);
        if (!t.england_name.empty()) names.emplace_back(t.england_name);
      }
      const std::string close = did_you_mean(d.decision, names);
      findings_.warning(
          d.place,
          "'" + d.decision + "' is not one of the shared decision types, so built-in scenarios " +
              "will not find it" +
              (close.empty() ? ": keep it if only your own scenarios name it, or use one of the "
                               "types in docs/arrangements.md (\"Decision types\")"
                             : close),
          "unshared-decision-type");
      return;
    }
    // What councils usually reserve to councillors, given to an officer without
    // saying it is a key decision: the check of key decisions never sees it.
    if (!shared->key_by_nature || d.key_decision) return;
    for (const std::string& id : d.taken_by)
      if (const auto v = a_.find(id); v && !agent(*v).is_member_or_forum() && !agent(*v).holds(Role::ijb) &&
                                      !agent(*v).holds(Role::health_board))
        findings_.warning(d.place,
                          "'" + d.decision + "' is usually a key decision, made by councillors, but here '" +
                              id + "', an officer, takes it and the entry does not say 'key_decision: true'" +
                              cites(source::adass_councillors),
                          "key-decision-unmarked");
  }

  // A social work decision needs professional advice on record; the scheme
  // should say whose (the CSWO's or DASS's, or a principal social worker's).
  void advice_route(const DelegatedDecision& d) {
    if (!d.social_work_function || !d.advice_from.empty()) return;
    if (std::any_of(d.taken_by.begin(), d.taken_by.end(),
                    [&](const std::string& id) { return a_.is_statutory_officer(id); }))
      return;
    findings_.warning(d.place,
                      "'" + d.decision +
                          "' is a social work decision but the scheme records no route for its professional "
                          "advice: add 'advice_from' (the CSWO or DASS, or a principal social worker)" +
                          cites(source::cswo_guidance),
                      "advice-route-unrecorded");
  }

  void adviser_is_decider(const DelegatedDecision& d) {
    for (const std::string& id : d.taken_by)
      if (!d.advice_from.empty() && id == d.advice_from) {
        findings_.warning(d.place,
                          "'" + id + "' both gives the professional advice on '" + d.decision +
                              "' and takes the decision: nobody independent advises" +
                              cites(source::is_cswo_briefing),
                          "self_accountability");
        findings_.involving({id});
      }
  }

  void decider_has_forum(const DelegatedDecision& d, AgentVertex decider) {
    const Agent& who = agent(decider);
    if (who.holds(Role::full_council) || who.holds(Role::health_board)) return;
    for (AgentVertex forum : forums_of(n_, decider))
      if (is_forum_with_authority(agent(forum))) return;
    findings_.warning(d.place,
                      "'" + who.id + "' takes '" + d.decision +
                          "' decisions but is not accountable_to any forum "
                          "(a council committee, the IJB, elected members): nobody can ask it to explain" +
                          cites(source::bovens),
                      "no_forum");
    findings_.involving({who.id});
  }

  void vacancy(AgentVertex v) {
    const Agent& post = agent(v);
    if (!post.vacant) return;
    const bool statutory =
        std::any_of(post.roles.begin(), post.roles.end(), [](Role r) { return is_statutory_post(r); });
    if (!statutory) return;
    // Deputising is one of the arrangements councils should agree for the CSWO;
    // the DASS is a statutory appointment in its own right.
    const char* source = post.holds(Role::dass) ? source::lassa_1970 : source::cswo_guidance;
    const auto deputy = a_.find(post.deputy);
    if (post.deputy.empty() || !deputy) {
      findings_.error(post.place,
                      "'" + post.id +
                          "' is a statutory post and is vacant with no deputy: name a 'deputy' who "
                          "covers the role until it is filled" +
                          cites(source),
                      "vacancy");
      findings_.involving({post.id});
    } else if (agent(*deputy).vacant) {
      findings_.error(post.place,
                      "'" + post.id + "' is vacant and its deputy '" + post.deputy +
                          "' is vacant too: nobody covers "
                          "the statutory role" +
                          cites(source),
                      "vacancy");
      findings_.involving({post.id, post.deputy});
    }
  }

  void escalation_route(AgentVertex v) {
    const Agent& who = agent(v);
    if (is_end_of_the_line(who) || who.vacant) return;
    if (escalation_routes(n_, v).empty()) {
      findings_.warning(
          who.place,
          "'" + who.id +
              "' has no onward route for a concern beyond its authority (no escalates_to, "
              "reports_to, accountable_to or has_access_to link, and no line manager): concerns stop here",
          "blocked_escalation");
      findings_.involving({who.id});
      return;
    }
    if (!who.holds(Role::frontline_team)) return;
    // A frontline concern must be able to climb to someone who can act on it corporately.
    if (reaches_the_top()[v]) return;
    findings_.warning(who.place,
                      "a concern raised by '" + who.id +
                          "' cannot reach the chief executive or the council by any "
                          "escalation route",
                      "blocked_escalation");
    findings_.involving({who.id});
  }

  /// Who can escalate to a chief executive or a council: found once, by one
  /// search back from all of them, since a national arrangement has dozens of
  /// frontline teams and dozens of councils.
  const std::vector<bool>& reaches_the_top() {
    if (!reaches_the_top_) {
      std::vector<AgentVertex> top;
      for (auto v : boost::make_iterator_range(boost::vertices(n_)))
        if (agent(v).holds(Role::chief_executive) || agent(v).holds(Role::full_council)) top.push_back(v);
      reaches_the_top_ = can_escalate_to(n_, top);
    }
    return *reaches_the_top_;
  }

  void self_loop(LinkEdge e) {
    const AgentVertex from = boost::source(e, n_), to = boost::target(e, n_);
    const LinkType type = n_[e].type;
    if (from != to ||
        !(type == LinkType::accountable_to || type == LinkType::advises || type == LinkType::reports_to))
      return;
    findings_.warning(n_[e].place,
                      "'" + agent(from).id + "' " + std::string(to_string(type)) +
                          " itself: the same person is "
                          "actor and forum" +
                          cites(source::bovens),
                      "self_accountability");
    findings_.involving({agent(from).id});
  }

  const Arrangement& a_;
  const Network& n_;
  Findings& findings_;
  std::optional<std::vector<bool>> reaches_the_top_;
};

}  // namespace

void check_static_gaps(const Arrangement& arrangement, Findings& findings) {
  StaticGaps(arrangement, findings).run();
}

}  // namespace govsim
