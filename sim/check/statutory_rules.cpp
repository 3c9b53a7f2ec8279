#include "check/statutory_rules.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "check/sources.hpp"
#include "model/network_queries.hpp"

namespace govsim {
namespace {

/// A link at or below this reliability delivers nothing, so it is no access
/// (docs/arrangements.md, "Links").
constexpr double never_delivers = 0.0;

std::string cites(const char* source) { return std::string(" (") + source + ")"; }

class Rules {
 public:
  Rules(const Arrangement& a, Findings& f) : a_(a), n_(a.network), findings_(f) {}

  void run() {
    council_exists();
    confidentiality();
    one_statutory_officer();
    posts_of_this_jurisdiction();
    if (a_.jurisdiction == Jurisdiction::scotland) {
      if (cswo_exists()) {
        cswo_position();
        for (AgentVertex cswo : a_.holders(Role::cswo)) {
          cswo_not_under_ijb(cswo);
          cswo_direct_access(cswo);
          cswo_not_ijb_chief_officer(cswo);
          cswo_line_management(cswo);
        }
      }
      if (a_.integration == Integration::ijb) {
        const auto boards = a_.holders(Role::ijb);
        if (boards.empty())
          findings_.error(
              a_.place,
              "integration is 'ijb' but no agent holds the ijb role: add the integration joint board, or "
              "set 'integration: lead_agency'" +
                  cites(source::joint_working_act),
              "ijb-exists");
        for (AgentVertex ijb : boards) {
          cswo_non_voting_member(ijb);
          ijb_voting_balance(ijb);
        }
      }
    } else {
      if (dass_exists()) {
        for (AgentVertex dass : a_.holders(Role::dass)) {
          dass_accountable(dass);
          councillors_have_access(dass);
        }
      }
      key_decisions_reserved();
    }
    delegation_reports_back();
  }

 private:
  const Agent& agent(AgentVertex v) const { return n_[v]; }

  // A council appoints one CSWO (Social Work (Scotland) Act 1968 s3) or one DASS
  // (LASSA 1970 s6); two holders in one council area would each get the
  // post's rules, and the designer errors about the wrong person.
  void one_statutory_officer() {
    const Role role = a_.statutory_social_work_role();
    std::map<std::string, std::vector<AgentVertex>> by_area;
    for (AgentVertex v : a_.holders(role)) by_area[agent(v).area].push_back(v);
    for (const auto& [area, holders] : by_area) {
      if (holders.size() < 2) continue;
      std::string ids;
      for (AgentVertex v : holders) ids += (ids.empty() ? "'" : ", '") + agent(v).id + "'";
      const auto named = a_.find(a_.statutory_officer.agent);
      findings_.error(
          agent(holders[1]).place,
          std::to_string(holders.size()) + " agents hold the " + std::string(to_string(role)) + " role" +
              (area.empty() ? "" : " in area '" + area + "'") + " (" + ids + "): a council appoints one" +
              (named ? ", and 'statutory_officer' names '" + agent(*named).id + "'" : std::string()) +
              "; keep the role on one agent" +
              cites(role == Role::cswo ? source::sw_act_1968 : source::lassa_1970),
          "one-statutory-officer");
    }
  }
  // A post one jurisdiction's law creates has no footing in the other's: an
  // English file with a CSWO would otherwise only fail for lacking a DASS, and
  // leave the designer wondering why.
  void posts_of_this_jurisdiction() {
    struct Foreign {
      Role role;
      Jurisdiction where_it_exists;
      const char* what;
      const char* instead;
      const char* source;
    };
    static const Foreign posts[] = {
        {Role::cswo, Jurisdiction::scotland, "the Chief Social Work Officer is Scotland's statutory post",
         "in England the council's statutory officer is the Director of Adult Social Services: use role: "
         "dass",
         source::sw_act_1968},
        {Role::ijb, Jurisdiction::scotland, "integration joint boards exist only in Scotland",
         "in England model the NHS body as a health_board and the council's own committees",
         source::joint_working_act},
        {Role::ijb_chief_officer, Jurisdiction::scotland, "an IJB chief officer is a post of a Scottish IJB",
         "in England use head_of_service or dass", source::joint_working_act},
        {Role::ijb_chief_finance_officer, Jurisdiction::scotland,
         "an IJB chief finance officer is a post of a Scottish IJB", "in England leave it out",
         source::joint_working_act},
        {Role::dass, Jurisdiction::england,
         "the Director of Adult Social Services is England's statutory post",
         "in Scotland the council's statutory officer is the Chief Social Work Officer: use role: cswo",
         source::lassa_1970},
        {Role::dcs, Jurisdiction::england, "the Director of Children's Services is a post of English law",
         "in Scotland the CSWO's role covers children's social work: use role: cswo or head_of_service",
         "Children Act 2004 s18"},
    };
    for (const Foreign& post : posts) {
      if (post.where_it_exists == a_.jurisdiction) continue;
      for (AgentVertex v : a_.holders(post.role))
        findings_.error(agent(v).place,
                        "'" + agent(v).id + "' has the " + std::string(to_string(post.role)) + " role, but " +
                            post.what + " and this arrangement is " +
                            (scottish() ? "Scotland's" : "England's") + ": " + post.instead +
                            " (or set 'jurisdiction: " +
                            (post.where_it_exists == Jurisdiction::scotland ? "scotland" : "england") + "')" +
                            cites(post.source),
                        "post-of-other-jurisdiction");
    }
  }

  // The file's own id for a role's holder, for a fix a designer can paste; the
  // @role reference when nobody holds it yet.
  std::string holder_of(Role role) const {
    for (auto v : boost::make_iterator_range(boost::vertices(n_)))
      if (agent(v).holds(role)) return agent(v).id;
    return "@" + std::string(to_string(role));
  }

  // Access is a link that can deliver something: one with reliability 0 never
  // does, so the access rules pass `Access::delivering` and do not count it.
  enum class Access { any, delivering };
  static bool counts(const Link& link, Access access) {
    return access == Access::any || link.reliability > never_delivers;
  }
  bool has_link(AgentVertex from, AgentVertex to, LinkTypes types, Access access = Access::any) const {
    for (auto e : boost::make_iterator_range(boost::out_edges(from, n_)))
      if (boost::target(e, n_) == to && types.contains(n_[e].type) && counts(n_[e], access)) return true;
    return false;
  }
  bool has_link_to_role(AgentVertex from, LinkTypes types, bool (*accepts)(const Agent&),
                        Access access = Access::any) const {
    for (auto e : boost::make_iterator_range(boost::out_edges(from, n_)))
      if (types.contains(n_[e].type) && counts(n_[e], access) && accepts(n_[boost::target(e, n_)]))
        return true;
    return false;
  }
  const Link* first_link_to_role(AgentVertex from, LinkTypes types, bool (*accepts)(const Agent&)) const {
    for (auto e : boost::make_iterator_range(boost::out_edges(from, n_)))
      if (types.contains(n_[e].type) && accepts(n_[boost::target(e, n_)])) return &n_[e];
    return nullptr;
  }
  static bool is_member_or_forum(const Agent& agent) { return agent.is_member_or_forum(); }
  static bool is_chief_executive(const Agent& agent) { return agent.holds(Role::chief_executive); }
  static bool is_lead_member(const Agent& agent) { return agent.holds(Role::lead_member); }

  // --- which council an agent belongs to -------------------------------------
  // An arrangement may hold several councils (a whole country). A statutory
  // officer belongs to each council it answers to or reports to directly; an
  // elected member to each council it sits on; an IJB serves each council that
  // delegates to it. Where a tie cannot be read from the links, a rule applies
  // across the whole arrangement, as it must when there is one council.

  std::vector<AgentVertex> councils_linked(AgentVertex from, LinkTypes types) const {
    std::vector<AgentVertex> councils;
    for (auto e : boost::make_iterator_range(boost::out_edges(from, n_))) {
      const AgentVertex to = boost::target(e, n_);
      if (types.contains(n_[e].type) && agent(to).holds(Role::full_council) &&
          std::find(councils.begin(), councils.end(), to) == councils.end())
        councils.push_back(to);
    }
    return councils;
  }
  std::vector<AgentVertex> councils_of_officer(AgentVertex officer) const {
    return councils_linked(officer, {LinkType::accountable_to, LinkType::reports_to});
  }
  std::vector<AgentVertex> councils_of_member(AgentVertex member) const {
    return councils_linked(member, {LinkType::member_of});
  }
  std::vector<AgentVertex> councils_delegating_to(AgentVertex body) const {
    std::vector<AgentVertex> councils;
    for (auto e : boost::make_iterator_range(boost::in_edges(body, n_)))
      if (n_[e].type == LinkType::delegates && agent(boost::source(e, n_)).holds(Role::full_council))
        councils.push_back(boost::source(e, n_));
    return councils;
  }
  /// Whether two agents' councils overlap, counting "no council" as every council.
  static bool same_council(const std::vector<AgentVertex>& a, const std::vector<AgentVertex>& b) {
    if (a.empty() || b.empty()) return true;
    return std::any_of(a.begin(), a.end(),
                       [&](AgentVertex v) { return std::find(b.begin(), b.end(), v) != b.end(); });
  }

  // --- both jurisdictions --------------------------------------------------
  bool scottish() const { return a_.jurisdiction == Jurisdiction::scotland; }

  void council_exists() {
    if (a_.holders(Role::full_council).empty())
      findings_.error(
          a_.place,
          "no agent holds the full_council role: the council keeps statutory responsibility for social "
          "work whatever it delegates or commissions, so it must be in the arrangement" +
              cites(scottish() ? source::audit_scotland_2016 : source::adass_councillors),
          "council-exists");
  }

  void confidentiality() {
    if (a_.confidentiality.personal_information_to_elected_members)
      findings_.error(
          a_.confidentiality.place,
          "personal_information_to_elected_members is true: confidential case details must not be "
          "shared with elected members, not even the lead member; they get aggregates" +
              cites(scottish() ? source::councillors_code : source::adass_councillors),
          "confidentiality");
  }

  void delegation_reports_back() {
    for (auto e : boost::make_iterator_range(boost::edges(n_))) {
      if (n_[e].type != LinkType::delegates) continue;
      const AgentVertex delegator = boost::source(e, n_), delegate = boost::target(e, n_);
      if (!reachable(n_, delegate, delegator, {LinkType::reports_to, LinkType::accountable_to}))
        findings_.error(n_[e].place,
                        "'" + agent(delegator).id + "' delegates functions to '" + agent(delegate).id +
                            "', but nothing reports back from '" + agent(delegate).id + "' to '" +
                            agent(delegator).id +
                            "': add a reports_to route, since delegation does not end the "
                            "delegating body's duty" +
                            cites(scottish() ? source::joint_working_act : source::adass_councillors),
                        "delegation-reporting-route");
    }
  }

  // --- Scotland ------------------------------------------------------------
  bool cswo_exists() {
    if (!a_.holders(Role::cswo).empty()) return true;
    findings_.error(
        a_.place,
        "no agent holds the cswo role: every council must appoint a Chief Social Work Officer, and the "
        "appointment cannot be delegated" +
            cites(source::sw_act_1968),
        "cswo-exists");
    return false;
  }

  // Each area's CSWO, once: the file's own block, or each area's.
  void cswo_position() {
    std::vector<std::string> seen;
    for (const std::string& area : a_.area_ids()) {
      const StatutoryOfficerPosition p = a_.statutory_officer_of(area);
      if (p.agent.empty() || std::find(seen.begin(), seen.end(), p.agent) != seen.end()) continue;
      seen.push_back(p.agent);
      cswo_position(p);
    }
  }

  void cswo_position(const StatutoryOfficerPosition& p) {
    const std::string who = "the CSWO ('" + p.agent + "')";
    if (!p.qualified)
      findings_.error(p.place, who + " must be a qualified social worker" + cites(source::cswo_guidance),
                      "cswo-qualified");
    if (!p.registered)
      findings_.error(p.place,
                      who + " must be registered with the Scottish Social Services Council" +
                          cites(source::cswo_guidance),
                      "cswo-registered");
    if (!p.proper_officer)
      findings_.error(
          p.place,
          who + " must be designated a 'proper officer' of the council" + cites(source::cswo_guidance),
          "cswo-proper-officer");
    if (!p.sufficient_seniority)
      findings_.error(p.place,
                      who + " must be of sufficient seniority and experience" + cites(source::cswo_guidance),
                      "cswo-seniority");
    if (!p.on_corporate_management_team)
      findings_.warning(
          p.place,
          who +
              " is not on the corporate management team: elected members must satisfy themselves "
              "that the CSWO still has access and influence at the most senior level" +
              cites(source::cswo_guidance),
          "cswo-corporate-management-team");
  }

  void cswo_not_under_ijb(AgentVertex cswo) {
    std::vector<AgentVertex> partnership;
    for (Role role : {Role::ijb, Role::ijb_chief_officer})
      for (AgentVertex v : a_.holders(role))
        if (v != cswo) partnership.push_back(v);
    // One search, then every council: a national arrangement has 32 of each.
    const auto reached = reach(n_, cswo, {LinkType::accountable_to, LinkType::reports_to}, partnership);
    for (AgentVertex council : a_.holders(Role::full_council))
      if (reached[council]) return;
    findings_.error(
        agent(cswo).place,
        "the CSWO ('" + agent(cswo).id +
            "') answers to the council only through the IJB: the CSWO is "
            "a council role that cannot be delegated to an integration authority; add an accountable_to or "
            "reports_to route to full_council that does not pass through the IJB" +
            cites(source::is_cswo_briefing),
        "cswo-not-under-ijb");
  }

  // A direct link with reliability 0 is there on paper only: it is named, at its
  // own line, as the reason there is no access.
  void cswo_direct_access(AgentVertex cswo) {
    const LinkTypes direct{LinkType::has_access_to, LinkType::reports_to, LinkType::accountable_to};
    const std::string who = "the CSWO ('" + agent(cswo).id + "')";
    if (!has_link_to_role(cswo, direct, &is_chief_executive, Access::delivering)) {
      if (const Link* dead = first_link_to_role(cswo, direct, &is_chief_executive))
        findings_.error(dead->place,
                        who + never_delivers_words("the chief executive") + cites(source::cswo_guidance),
                        "cswo-access-chief-executive");
      else
        findings_.error(agent(cswo).place,
                        who + " has no direct link to the chief executive: add '" + agent(cswo).id +
                            " has_access_to " + holder_of(Role::chief_executive) + "'" +
                            cites(source::cswo_guidance),
                        "cswo-access-chief-executive");
    }
    if (!has_link_to_role(cswo, direct, &is_member_or_forum, Access::delivering)) {
      if (const Link* dead = first_link_to_role(cswo, direct, &is_member_or_forum))
        findings_.error(dead->place,
                        who + never_delivers_words("elected members") + cites(source::cswo_guidance),
                        "cswo-access-members");
      else
        findings_.error(agent(cswo).place,
                        who + " has no direct link to elected members: add '" + agent(cswo).id +
                            " has_access_to @elected_members' or a report to a council committee" +
                            cites(source::cswo_guidance),
                        "cswo-access-members");
    }
  }
  static std::string never_delivers_words(const std::string& whom) {
    return " reaches " + whom +
           " only by a link with reliability 0: a link that never delivers anything is no access; give it "
           "a reliability above 0";
  }

  void cswo_not_ijb_chief_officer(AgentVertex cswo) {
    if (!agent(cswo).holds(Role::ijb_chief_officer)) return;
    findings_.warning(
        agent(cswo).place,
        "'" + agent(cswo).id +
            "' is both CSWO and IJB chief officer: the CSWO role is distinct from "
            "the chief officer's, and one person now advises on, and answers for, the same decisions" +
            cites(source::is_cswo_briefing),
        "self_accountability");
    findings_.involving({agent(cswo).id});
  }

  void cswo_line_management(AgentVertex cswo) {
    for (auto e : boost::make_iterator_range(boost::in_edges(cswo, n_))) {
      const AgentVertex manager = boost::source(e, n_);
      if (n_[e].type == LinkType::line_manages && agent(manager).holds(Role::ijb_chief_officer) &&
          manager != cswo)
        findings_.warning(n_[e].place,
                          "the CSWO ('" + agent(cswo).id + "') is line-managed by the IJB chief officer ('" +
                              agent(manager).id +
                              "'): the post's operational duties sit inside the partnership, so "
                              "the council must make sure the CSWO role still reports to it directly" +
                              cites(source::is_cswo_briefing),
                          "cswo-line-managed-in-partnership");
    }
  }

  // Each council's CSWO sits on the IJB its council delegates to, not on a
  // neighbouring council's: with one council that is every IJB.
  void cswo_non_voting_member(AgentVertex ijb) {
    const auto served = councils_delegating_to(ijb);
    for (AgentVertex cswo : a_.holders(Role::cswo)) {
      if (!same_council(councils_of_officer(cswo), served)) continue;
      bool member = false;
      for (auto e : boost::make_iterator_range(boost::out_edges(cswo, n_))) {
        if (n_[e].type != LinkType::member_of || boost::target(e, n_) != ijb) continue;
        member = true;
        if (n_[e].voting)
          findings_.error(n_[e].place,
                          "the CSWO ('" + agent(cswo).id + "') is a voting member of the IJB ('" +
                              agent(ijb).id +
                              "'): the CSWO must be a non-voting member; add 'voting: false'" +
                              cites(source::ijb_regulations),
                          "cswo-non-voting-ijb");
      }
      if (!member)
        findings_.error(agent(ijb).place,
                        "the CSWO ('" + agent(cswo).id + "') is not a member of the IJB ('" + agent(ijb).id +
                            "'): whatever services the CSWO manages, the CSWO must be a non-voting member" +
                            cites(source::is_cswo_briefing),
                        "cswo-non-voting-ijb");
    }
  }

  void ijb_voting_balance(AgentVertex ijb) {
    int councillors = 0, health = 0;
    std::vector<std::string> others;
    for (auto e : boost::make_iterator_range(boost::in_edges(ijb, n_))) {
      if (n_[e].type != LinkType::member_of || !n_[e].voting) continue;
      const Agent& member = agent(boost::source(e, n_));
      if (member.is_elected_member())
        ++councillors;
      else if (member.holds(Role::health_board_non_executive))
        ++health;
      else if (!member.holds(Role::cswo))
        others.push_back(member.id);  // the CSWO has its own rule
    }
    if (councillors != health || councillors < 3)
      findings_.error(
          agent(ijb).place,
          "the IJB ('" + agent(ijb).id + "') has " + std::to_string(councillors) +
              " voting councillors and " + std::to_string(health) +
              " voting health board non-executives: they must be equal in number, at least three each" +
              cites(source::ijb_regulations),
          "ijb-voting-balance");
    for (const std::string& id : others)
      findings_.error(agent(ijb).place,
                      "'" + id + "' votes on the IJB ('" + agent(ijb).id +
                          "'), but voting members are councillors "
                          "and health board non-executives only; officers and advisers sit without a vote" +
                          cites(source::ijb_regulations),
                      "ijb-voting-balance");
  }

  // --- England -------------------------------------------------------------
  bool dass_exists() {
    if (!a_.holders(Role::dass).empty()) return true;
    findings_.error(
        a_.place,
        "no agent holds the dass role: every council with social services functions must appoint a "
        "Director of Adult Social Services" +
            cites(source::lassa_1970),
        "dass-exists");
    return false;
  }

  void dass_accountable(AgentVertex dass) {
    bool to_chief_executive = has_link_to_role(dass, {LinkType::accountable_to}, &is_chief_executive);
    for (auto e : boost::make_iterator_range(boost::in_edges(dass, n_)))
      if (n_[e].type == LinkType::line_manages && is_chief_executive(agent(boost::source(e, n_))))
        to_chief_executive = true;
    if (!to_chief_executive)
      findings_.error(agent(dass).place,
                      "the DASS ('" + agent(dass).id +
                          "') is not directly accountable to the chief executive: add '" + agent(dass).id +
                          " accountable_to " + holder_of(Role::chief_executive) + "'" +
                          cites(source::dass_guidance),
                      "dass-accountable-chief-executive");
    if (!has_link_to_role(dass, {LinkType::accountable_to}, &is_lead_member))
      findings_.error(agent(dass).place,
                      "the DASS ('" + agent(dass).id +
                          "') is not accountable to the lead member (the cabinet "
                          "portfolio holder for adult social care): add '" +
                          agent(dass).id + " accountable_to " + holder_of(Role::lead_member) + "'" +
                          cites(source::adass_councillors),
                      "dass-accountable-lead-member");
  }

  // Every councillor of the DASS's own council must reach the DASS; a
  // neighbouring council's members reach their own.
  void councillors_have_access(AgentVertex dass) {
    const auto councils = councils_of_officer(dass);
    std::vector<std::string> without;
    for (auto v : boost::make_iterator_range(boost::vertices(n_)))
      if (agent(v).is_elected_member() && v != dass && same_council(councils_of_member(v), councils) &&
          !has_link(v, dass, {LinkType::has_access_to, LinkType::escalates_to, LinkType::line_manages},
                    Access::delivering) &&
          !has_link(dass, v, {LinkType::accountable_to}, Access::delivering))
        without.push_back(agent(v).id);
    if (without.empty()) return;
    std::string list;
    for (const auto& id : without) {
      if (!list.empty()) list.append(", ");
      list.append(id);
    }
    findings_.error(agent(dass).place,
                    "not every councillor can reach the DASS ('" + agent(dass).id +
                        "'); no access route from: " + list + ". Add '@elected_members has_access_to " +
                        agent(dass).id + "'" + cites(source::adass_councillors),
                    "councillor-access-dass");
  }

  // The file's own councillors' forum a key decision can go to: the cabinet, else the council.
  std::string councillors_forum() const {
    for (Role role : {Role::cabinet, Role::full_council})
      if (const auto holders = a_.holders(role); !holders.empty()) return agent(holders.front()).id;
    return "the cabinet or the full council";
  }

  void key_decisions_reserved() {
    for (const auto& [area, scheme] : a_.schemes())
      for (const DelegatedDecision& d : *scheme) {
        if (!d.key_decision) continue;
        for (const std::string& id : d.taken_by) {
          const auto v = a_.find(id);
          if (v && !is_member_or_forum(agent(*v)))
            findings_.error(
                d.place,
                "'" + d.decision + "' is a key decision but is taken by '" + id +
                    "', who is not a councillor: key decisions are made by councillors; give it to " +
                    councillors_forum() + " (taken_by: [" + councillors_forum() + "]) and name '" + id +
                    "' in advice_from, or drop 'key_decision: true' if it is an operational decision" +
                    cites(source::adass_councillors),
                "key-decisions-reserved");
        }
      }
  }

  const Arrangement& a_;
  const Network& n_;
  Findings& findings_;
};

}  // namespace

void check_statutory_rules(const Arrangement& arrangement, Findings& findings) {
  Rules(arrangement, findings).run();
}

}  // namespace govsim
