#include "scenario/arrangement_loader.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "io/did_you_mean.hpp"
#include "io/file_hash.hpp"
#include "io/file_stem.hpp"
#include "io/printable.hpp"
#include "model/independence.hpp"
#include "model/link_defaults.hpp"
#include "model/network_queries.hpp"
#include "model/role_defaults.hpp"
#include "scenario/parameter_reader.hpp"
#include "scenario/yaml_reader.hpp"

namespace govsim {
namespace {

constexpr std::string_view top_keys[] = {"name",
                                         "description",
                                         "jurisdiction",
                                         "integration",
                                         "agents",
                                         "links",
                                         "scheme_of_delegation",
                                         "statutory_officer",
                                         "confidentiality",
                                         "delegated_decisions_recorded",
                                         "escalation_thresholds",
                                         "link_defaults",
                                         "parameters",
                                         "areas"};
constexpr std::string_view agent_keys[] = {"id",
                                           "name",
                                           "role",
                                           "roles",
                                           "capacity",
                                           "response_days",
                                           "threshold",
                                           "independence",
                                           "party",
                                           "portfolio",
                                           "area",
                                           "serves",
                                           "vacant",
                                           "deputy",
                                           "members",
                                           "chair",
                                           "meets_every_days",
                                           "first_meeting_day",
                                           "urgent_business",
                                           "questions",
                                           "weights",
                                           "budget",
                                           "funded_by"};
constexpr std::string_view body_only_keys[] = {
    "members", "chair", "meets_every_days", "first_meeting_day", "urgent_business", "questions", "budget"};
constexpr std::string_view weight_keys[] = {"risk", "cost", "performance", "evidence"};
constexpr std::string_view link_keys[] = {"from",        "to",       "type",  "latency",
                                          "reliability", "recorded", "voting"};
constexpr std::string_view member_keys[] = {"id", "voting"};
constexpr std::string_view decision_keys[] = {"decision", "taken_by", "advice_from", "key_decision",
                                              "social_work_function"};
constexpr std::string_view officer_keys[] = {"agent",
                                             "qualified",
                                             "registered",
                                             "proper_officer",
                                             "sufficient_seniority",
                                             "on_corporate_management_team"};
constexpr std::string_view confidentiality_keys[] = {"personal_information_to_elected_members",
                                                     "aggregates_to_scrutiny"};
constexpr std::string_view link_default_keys[] = {"latency", "reliability"};
constexpr std::string_view area_keys[] = {
    "id", "name", "population", "statutory_officer", "scheme_of_delegation", "pattern"};
constexpr double max_capacity_per_day = 1e6;
constexpr std::string_view jurisdictions[] = {"scotland", "england"};
constexpr std::string_view integrations[] = {"ijb", "lead_agency", "none"};

// --- which agents a link may join ----------------------------------------------
// Each type of link is a sentence about particular kinds of agent (the table in
// docs/arrangements.md, "Which agents a link may join"). A link between the
// wrong kinds — "full_council line_manages cswo", "service_users line_manages
// chief_executive" — is a slip the model would otherwise run as written.
constexpr unsigned kind_bit(AgentKind kind) { return 1u << static_cast<unsigned>(kind); }
constexpr unsigned people = kind_bit(AgentKind::person);
constexpr unsigned bodies = kind_bit(AgentKind::body);
constexpr unsigned organisations = kind_bit(AgentKind::organisation);
constexpr unsigned cohorts = kind_bit(AgentKind::cohort);
constexpr unsigned not_cohorts = people | bodies | organisations;

struct LinkEnds {
  LinkType type;
  unsigned from, to;
  std::string_view verb;   ///< "A cannot VERB B"
  std::string_view reads;  ///< which kinds it runs between, for the message
};
constexpr LinkEnds link_ends[] = {
    {LinkType::line_manages, people, people | organisations, "line-manage",
     "from a person to a person or a team"},
    {LinkType::accountable_to, not_cohorts, not_cohorts, "be accountable to",
     "from a person, body or organisation to a person, body or organisation (an elected member also to "
     "the electorate)"},
    {LinkType::advises, people | organisations, not_cohorts, "advise",
     "from a person or organisation to a person, body or organisation"},
    {LinkType::reports_to, not_cohorts, not_cohorts, "report to",
     "from a person, body or organisation to a person, body or organisation"},
    {LinkType::member_of, people, bodies, "be a member of", "from a person to a body"},
    {LinkType::has_access_to, not_cohorts | cohorts, not_cohorts, "have access to",
     "from anyone to a person, body or organisation"},
    {LinkType::directs, bodies, bodies, "direct", "from an IJB to the council or a health board"},
    {LinkType::delegates, bodies, bodies, "delegate to", "from a body to a body"},
    {LinkType::commissions, bodies | organisations, organisations, "commission",
     "from a body or organisation to an organisation"},
    {LinkType::escalates_to, not_cohorts, not_cohorts, "escalate to",
     "from a person, body or organisation to a person, body or organisation"},
};

const LinkEnds& ends_of(LinkType type) {
  return *std::find_if(std::begin(link_ends), std::end(link_ends),
                       [&](const LinkEnds& e) { return e.type == type; });
}

bool is_ijb(const Agent& agent) { return agent.holds(Role::ijb); }
bool takes_directions(const Agent& agent) {
  return agent.holds(Role::full_council) || agent.holds(Role::health_board);
}

// "a body (full_council)": what the agent is, for a message.
std::string what_is(const Agent& agent) {
  const std::string kind(to_string(agent.kind));
  const std::string article = kind == "organisation" ? "an " : "a ";
  return article + kind +
         (agent.roles.empty() ? "" : " (" + std::string(to_string(agent.roles.front())) + ")");
}

// What to write instead of a link whose source cannot send it.
std::string instead_from(LinkType type, const Agent& from, const Agent& to) {
  const std::string f = printable(from.id), t = printable(to.id);
  if (from.kind == AgentKind::cohort)
    return "the public raise matters and complain, they do not manage, direct or decide: write '" + f +
           " has_access_to " + t + "'";
  switch (type) {
    case LinkType::line_manages:
      return from.kind == AgentKind::body
                 ? "only a person manages a post; a body directs, delegates or holds to account: write '" +
                       t + " accountable_to " + f + "', or name the person who manages '" + t + "'"
                 : "only a person manages a post: name the person who manages '" + t + "'";
    case LinkType::member_of:
      return "a body's members are people: list the people of '" + f + "' who sit on '" + t + "'";
    case LinkType::advises:
      return "name the person who gives the advice, or write '" + f + " reports_to " + t + "'";
    case LinkType::directs:
      return "only an IJB issues directions, to the council and health board that delegate to it; a council "
             "or board hands over functions with 'delegates', a manager manages with 'line_manages'";
    case LinkType::delegates:
      return "functions are delegated by a body (the council, a health board); who may take which decision "
             "goes in scheme_of_delegation";
    case LinkType::commissions:
      return "services are bought by a body or organisation: name the council, IJB or health board that "
             "commissions '" +
             t + "'";
    default:
      return "see docs/arrangements.md, \"Which agents a link may join\"";
  }
}

// What to write instead of a link whose target cannot receive it.
std::string instead_to(LinkType type, const Agent& from, const Agent& to) {
  const std::string f = printable(from.id), t = printable(to.id);
  if (to.kind == AgentKind::cohort)
    return type == LinkType::accountable_to
               ? "only elected members answer to the electorate; an officer or a body answers to members, a "
                 "committee or the council: write '" +
                     f + " accountable_to' one of those"
               : "the public receive nothing over a link: to let them raise matters write '" + t +
                     " has_access_to " + f + "'";
  switch (type) {
    case LinkType::line_manages:
      return "a manager manages a post or a team, not a " + std::string(to_string(to.kind)) +
             ": to answer to it write '" + f + " accountable_to " + t + "' or '" + f + " reports_to " + t +
             "'";
    case LinkType::directs:
      return "an IJB directs the council and the health board that delegate to it, and '" + t +
             "' is neither; to hand work on, it reports to or commissions";
    case LinkType::delegates:
      return to.kind == AgentKind::organisation
                 ? "functions are delegated to a body; to buy services from '" + t + "' write '" + f +
                       " commissions " + t + "'"
                 : "functions are delegated to a body (the IJB, a health board, the council); a person's "
                   "decisions go in scheme_of_delegation ('taken_by: " +
                       t + "')";
    case LinkType::commissions:
      return "services are bought from an organisation (a provider, a hospital); to hand functions to a body "
             "write '" +
             f + " delegates " + t + "'";
    default:
      return "see docs/arrangements.md, \"Which agents a link may join\"";
  }
}

class ArrangementLoader {
 public:
  ArrangementLoader(const InputText& input, LoadedArrangement& out)
      : file_(input.name), findings_(out.findings), a_(out.arrangement) {}

  void load(const YAML::Node& root) {
    YamlMap top(root, file_, findings_, "the arrangement", top_keys);
    a_.source = file_;
    a_.place = {file_, 1, 1};
    a_.name = top.text("name").value_or(file_stem(file_));
    a_.description = top.text("description").value_or("");
    read_jurisdiction(top);
    a_.parameters = read_parameters(top, "parameters");
    parameters_.apply(a_.parameters);
    read_thresholds(top);
    read_link_defaults(top);

    if (!top.has("agents")) {
      findings_.error(top.place(),
                      "missing 'agents': list the people, bodies and organisations of the arrangement",
                      "missing-key");
    } else if (!top.get("agents").IsSequence()) {
      findings_.error(top.place("agents"), "'agents' must be a list", "wrong-type");
    } else {
      for (const auto& node : top.get("agents")) read_agent(node);
      for (const auto& [vertex, node] : body_members_) read_members(vertex, node);
    }
    if (top.has("links")) {
      if (!top.get("links").IsSequence())
        findings_.error(top.place("links"), "'links' must be a list", "wrong-type");
      else
        for (const auto& node : top.get("links")) read_link(node);
    }
    read_scheme(top, a_.scheme_of_delegation);
    read_statutory_officer(top);
    read_areas(top);
    read_confidentiality(top);
    a_.delegated_decisions_recorded = top.flag("delegated_decisions_recorded").value_or(true);
    check_structure();
  }

 private:
  // --- top level -----------------------------------------------------------
  void read_jurisdiction(const YamlMap& top) {
    const auto jurisdiction = top.text("jurisdiction");
    if (!top.has("jurisdiction")) {
      findings_.error(top.place(),
                      "missing 'jurisdiction': write 'jurisdiction: scotland' or 'jurisdiction: england'",
                      "missing-key");
    } else if (jurisdiction == "england") {
      a_.jurisdiction = Jurisdiction::england;
    } else if (jurisdiction && *jurisdiction != "scotland") {
      findings_.error(top.place("jurisdiction"),
                      "unknown jurisdiction '" + printable(*jurisdiction) + "': scotland or england" +
                          did_you_mean(*jurisdiction, jurisdictions),
                      "unknown-value");
    }
    a_.integration = a_.jurisdiction == Jurisdiction::scotland ? Integration::ijb : Integration::none;
    if (const auto integration = top.text("integration")) {
      if (*integration == "ijb")
        a_.integration = Integration::ijb;
      else if (*integration == "lead_agency")
        a_.integration = Integration::lead_agency;
      else if (*integration == "none")
        a_.integration = Integration::none;
      else
        findings_.error(top.place("integration"),
                        "unknown integration '" + printable(*integration) + "': ijb, lead_agency or none" +
                            did_you_mean(*integration, integrations),
                        "unknown-value");
    }
  }

  void read_thresholds(const YamlMap& top) {
    if (!top.has("escalation_thresholds")) return;
    const YAML::Node node = top.get("escalation_thresholds");
    if (!node.IsMap()) {
      findings_.error(top.place("escalation_thresholds"),
                      "'escalation_thresholds' must map roles to severities 1–5", "wrong-type");
      return;
    }
    report_duplicate_keys(node, file_, findings_, "escalation_thresholds");
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
      const std::string name = entry->first.Scalar();
      const auto role = parse_role(name);
      if (!role) {
        findings_.error(place_of(entry->first, file_),
                        "unknown role '" + printable(name) + "'" + did_you_mean_or_list(name, role_names()),
                        "unknown-role");
        continue;
      }
      int severity = 0;
      if (!entry->second.IsScalar() || !YAML::convert<int>::decode(entry->second, severity) ||
          severity < minor_severity || severity > critical_severity) {
        findings_.error(place_of(entry->second, file_),
                        "escalation threshold of " + name + " must be a severity from 1 to 5",
                        "out-of-range");
        continue;
      }
      thresholds_[*role] = severity;
    }
  }

  void read_link_defaults(const YamlMap& top) {
    if (!top.has("link_defaults")) return;
    YamlMap defaults(top.get("link_defaults"), file_, findings_, "link_defaults", link_default_keys);
    if (!defaults.valid()) return;
    default_latency_ = defaults.distribution("latency");
    default_reliability_ = defaults.number("reliability", 0.0, 1.0);
    if (default_reliability_ == 0.0)
      warn_never_delivers(defaults.place("reliability"), "every link that does not set its own reliability",
                          "give link_defaults a reliability above 0 (the chance an item sent is acted on)");
  }

  // --- agents --------------------------------------------------------------
  void read_agent(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "an agent", agent_keys);
    if (!map.valid()) return;
    const auto id = map.text("id");
    if (!id || id->empty()) {
      findings_.error(map.place(), "an agent needs an 'id' (a short name such as cswo or cllr_jones)",
                      "missing-key");
      return;
    }
    if (id->front() == '@' || id->find_first_of(" \t") != std::string::npos) {
      findings_.error(map.place("id"),
                      "agent id '" + printable(*id) + "' must be one word and not start with '@'", "bad-id");
      return;
    }
    if (const auto existing = a_.find(*id)) {
      findings_.error(map.place("id"),
                      "duplicate id '" + printable(*id) + "' (first declared at line " +
                          std::to_string(a_.network[*existing].place.line) + "): give each agent its own id",
                      "duplicate-id");
      return;
    }

    Agent agent;
    agent.id = *id;
    agent.name = map.text("name").value_or(*id);
    agent.place = map.place();
    auto roles = map.text_list("roles");
    for (auto& role : map.text_list("role")) roles.push_back(role);
    for (const auto& [name, place] : roles) {
      if (const auto role = parse_role(name))
        agent.roles.push_back(*role);
      else
        findings_.error(place,
                        "unknown role '" + printable(name) + "'" + did_you_mean_or_list(name, role_names()),
                        "unknown-role");
    }
    // An agent whose role is unknown has no kind yet: checks that depend on its
    // kind wait until the role is fixed, so one typo gives one error.
    if (agent.roles.empty()) without_kind_.insert(*id);
    if (roles.empty())
      findings_.error(
          map.place(),
          "agent '" + printable(*id) + "' has no role: add 'role: ROLE' (docs/arrangements.md lists them)",
          "missing-key");
    if (!agent.roles.empty()) {
      const Role primary = agent.roles.front();
      agent.kind = kind_of(primary);
      for (Role other : agent.roles)
        if (kind_of(other) != agent.kind)
          findings_.error(map.place(),
                          "agent '" + printable(*id) + "' mixes a " + std::string(to_string(agent.kind)) +
                              " role (" + std::string(to_string(primary)) + ") with a " +
                              std::string(to_string(kind_of(other))) + " role (" +
                              std::string(to_string(other)) + "): declare them as separate agents",
                          "mixed-roles");
      const RoleDefaults d = defaults_for(primary);
      agent.capacity_per_day = d.capacity_per_day;
      agent.response_days = Distribution::exponential(d.response_days);
      agent.escalation_threshold = d.escalation_threshold;
      if (auto t = thresholds_.find(primary); t != thresholds_.end()) agent.escalation_threshold = t->second;
      if (agent.kind == AgentKind::body) agent.meetings = MeetingCycle{d.meets_every_days, 0.0, false};
      agent.weights = mean_weights(agent.roles);
      agent.budget = d.budget;
    }
    read_capacity(map, agent);
    if (auto x = map.distribution("response_days")) agent.response_days = *x;
    if (auto x = map.integer("threshold", minor_severity, critical_severity)) agent.escalation_threshold = *x;
    if (auto x = map.number("independence", 0.0, 1.0)) {
      agent.independence = *x;
      agent.independence_explicit = true;
      explicit_independence_.insert(*id);
    }
    agent.party = map.text("party").value_or("");
    agent.portfolio = map.text("portfolio").value_or("");
    agent.area = map.text("area").value_or("");
    for (const auto& [served, place] : map.text_list("serves")) {
      agent.serves.push_back(served);
      area_mentions_.emplace_back(served, place);
    }
    if (map.has("area")) area_mentions_.emplace_back(agent.area, map.place("area"));
    agent.vacant = map.flag("vacant").value_or(false);
    agent.deputy = map.text("deputy").value_or("");
    agent.funded_by = map.text("funded_by").value_or("");
    read_weights(map, agent);

    if (agent.kind == AgentKind::body) {
      if (auto x = map.number("meets_every_days", 1.0, 366.0)) agent.meetings->every_days = *x;
      if (auto x = map.number("first_meeting_day", 0.0, 3660.0)) agent.meetings->first_day = *x;
      if (auto x = map.flag("urgent_business")) agent.meetings->urgent_business = *x;
      agent.chair = map.text("chair").value_or("");
      agent.question_probability = map.number("questions", 0.0, 1.0);
      if (auto x = map.number("budget", 0.0, 1e6)) agent.budget = *x;
    } else if (!without_kind_.count(*id)) {
      for (std::string_view key : body_only_keys)
        if (map.has(key))
          findings_.error(map.place(key),
                          "'" + std::string(key) +
                              "' is for bodies (a board, a committee, the council), and '" + printable(*id) +
                              "' is a " + std::string(to_string(agent.kind)),
                          "not-a-body");
    }

    const AgentVertex vertex = boost::add_vertex(agent, a_.network);
    a_.by_id.emplace(*id, vertex);
    ids_.push_back(*id);
    if (agent.kind == AgentKind::body && map.has("members"))
      body_members_.emplace_back(vertex, map.get("members"));
  }

  // A capacity is a number of items a day, more than none: an agent that can
  // handle nothing is a vacancy (`vacant: true`), and 0 does not mean unlimited.
  void read_capacity(const YamlMap& map, Agent& agent) {
    if (!map.has("capacity")) return;
    const YAML::Node value = map.get("capacity");
    double x = 0.0;
    if (value.IsScalar() && YAML::convert<double>::decode(value, x) && std::isfinite(x) && x <= 0.0) {
      std::ostringstream written;
      written << x;
      findings_.error(map.place("capacity"),
                      "'capacity' of '" + printable(agent.id) + "' is " + written.str() +
                          " but must be a positive number of items a day, more than 0 and at most " +
                          std::to_string(static_cast<long>(max_capacity_per_day)) +
                          ": 0 does not mean unlimited; leave it out for the role's default, or mark a post "
                          "nobody holds 'vacant: true'",
                      x < 0.0 ? "negative-value" : "out-of-range");
      return;
    }
    if (auto c = map.number("capacity", 0.0, max_capacity_per_day)) agent.capacity_per_day = *c;
  }

  // weights: {risk: 1, cost: 0.2, performance: 0.3, evidence: 0.6}
  void read_weights(const YamlMap& map, Agent& agent) {
    if (!map.has("weights")) return;
    YamlMap weights(map.get("weights"), file_, findings_, "'weights'", weight_keys);
    if (!weights.valid()) return;
    agent.weights_explicit = true;
    if (auto x = weights.number("risk", 0.0, 100.0)) agent.weights.risk = *x;
    if (auto x = weights.number("cost", 0.0, 100.0)) agent.weights.cost = *x;
    if (auto x = weights.number("performance", 0.0, 100.0)) agent.weights.performance = *x;
    if (auto x = weights.number("evidence", 0.0, 1.0)) agent.weights.evidence = *x;
  }

  /// Ids named by a reference: an agent id, "@elected_members", or "@ROLE".
  std::vector<AgentVertex> resolve(const std::string& reference, const SourcePlace& place) {
    std::vector<AgentVertex> found;
    if (!reference.empty() && reference.front() == '@') {
      const std::string group = reference.substr(1);
      const auto role = parse_role(group);
      if (group != "elected_members" && !role) {
        std::vector<std::string> groups{"elected_members"};
        for (auto name : role_names()) groups.emplace_back(name);
        findings_.error(place,
                        "unknown group '" + printable(reference) + "': @elected_members or @ROLE" +
                            did_you_mean(group, groups),
                        "unknown-role");
        return found;
      }
      for (auto v : boost::make_iterator_range(boost::vertices(a_.network))) {
        const Agent& agent = a_.network[v];
        if (role ? agent.holds(*role) : agent.is_elected_member()) found.push_back(v);
      }
      if (found.empty())
        findings_.warning(place, "group '" + printable(reference) + "' has no agents in this arrangement",
                          "empty-group");
      return found;
    }
    if (const auto v = a_.find(reference)) return {*v};
    findings_.error(place,
                    "unknown agent '" + printable(reference) + "'" + did_you_mean(reference, ids_) +
                        ": declare it under 'agents' first",
                    "unknown-agent");
    return found;
  }

  static bool votes_by_default(const Agent& member) {
    return member.is_elected_member() || member.holds(Role::health_board_non_executive);
  }

  // `reported`: whether this entry of `members` has had its finding already (a
  // group names many agents).
  void add_membership(AgentVertex member, AgentVertex body, std::optional<bool> voting,
                      const SourcePlace& place, bool& reported) {
    if (!joins_kinds(member, LinkType::member_of, body, place, place, reported)) return;
    Link link;
    link.type = LinkType::member_of;
    link.latency_days = Distribution::constant(defaults_for(LinkType::member_of).latency_days);
    link.recorded = true;
    link.voting = voting.value_or(votes_by_default(a_.network[member]));
    link.place = place;
    boost::add_edge(member, body, link, a_.network);
  }

  void read_members(AgentVertex body, const YAML::Node& node) {
    if (!node.IsSequence()) {
      findings_.error(place_of(node, file_), "'members' must be a list of agent ids", "wrong-type");
      return;
    }
    for (const auto& entry : node) {
      bool reported = false;
      if (entry.IsScalar()) {
        for (AgentVertex member : resolve(entry.Scalar(), place_of(entry, file_)))
          add_membership(member, body, std::nullopt, place_of(entry, file_), reported);
        continue;
      }
      YamlMap map(entry, file_, findings_, "a member", member_keys);
      if (!map.valid()) continue;
      const auto id = map.text("id");
      if (!id) {
        findings_.error(map.place(), "a member needs an 'id'", "missing-key");
        continue;
      }
      const auto voting = map.flag("voting");
      for (AgentVertex member : resolve(*id, map.place("id")))
        add_membership(member, body, voting, map.place(), reported);
    }
  }

  // --- links ---------------------------------------------------------------
  void read_link(const YAML::Node& node) {
    const SourcePlace place = place_of(node, file_);
    std::string from, to, type_name;
    SourcePlace from_place = place, to_place = place, type_place = place;
    std::optional<YamlMap> map;
    if (node.IsScalar()) {
      // "cswo reports_to chief_executive"
      std::istringstream words(node.Scalar());
      std::string extra;
      if (!(words >> from >> type_name >> to) || (words >> extra)) {
        findings_.error(
            place, "a link written as text must be 'FROM TYPE TO', e.g. 'cswo reports_to chief_executive'",
            "bad-link");
        return;
      }
    } else {
      map.emplace(node, file_, findings_, "a link", link_keys);
      if (!map->valid()) return;
      for (const char* key : {"from", "type", "to"})
        if (!map->has(key))
          findings_.error(map->place(), std::string("a link needs '") + key + "' (from, type and to)",
                          "missing-key");
      from = map->text("from").value_or("");
      to = map->text("to").value_or("");
      type_name = map->text("type").value_or("");
      from_place = map->place("from");
      to_place = map->place("to");
      type_place = map->place("type");
      if (from.empty() || to.empty() || type_name.empty()) return;
    }

    const auto type = parse_link_type(type_name);
    if (!type) {
      findings_.error(
          type_place,
          "unknown link type '" + printable(type_name) + "'" + did_you_mean(type_name, link_type_names()),
          "unknown-link-type");
      return;
    }
    const LinkDefaults d = defaults_for(*type);
    Link link;
    link.type = *type;
    link.latency_days = default_latency_.value_or(Distribution::exponential(d.latency_days));
    link.reliability = default_reliability_.value_or(1.0);
    link.recorded = d.recorded;
    link.place = place;
    std::optional<bool> voting;
    if (map) {
      if (auto x = map->distribution("latency")) link.latency_days = *x;
      if (auto x = map->number("reliability", 0.0, 1.0)) {
        link.reliability = *x;
        if (*x == 0.0)
          warn_never_delivers(map->place("reliability"), "a link that",
                              "give it a reliability above 0 (the chance an item sent is acted on), or "
                              "remove the link");
      }
      if (auto x = map->flag("recorded")) link.recorded = *x;
      voting = map->flag("voting");
      if (voting && *type != LinkType::member_of)
        findings_.error(map->place("voting"), "'voting' applies only to member_of links", "not-a-membership");
    }
    const auto sources = resolve(from, from_place);
    const auto targets = resolve(to, to_place);
    bool reported = false;  // one finding for a link, however many agents its groups name
    for (AgentVertex s : sources)
      for (AgentVertex t : targets) {
        if (!kind_known(s) || !kind_known(t)) continue;
        if (*type == LinkType::member_of) {
          if (a_.network[t].kind != AgentKind::body) {
            findings_.error(to_place,
                            "'" + a_.network[t].id + "' is not a body, so nobody can be a member of it",
                            "not-a-body");
            continue;
          }
          link.voting = voting.value_or(votes_by_default(a_.network[s]));
        }
        if (!joins_kinds(s, *type, t, from_place, to_place, reported)) continue;
        boost::add_edge(s, t, link, a_.network);
      }
  }

  /// Whether a link of `type` may run from `s` to `t` (link_ends); reports the
  /// first that may not, at the end that is wrong.
  bool joins_kinds(AgentVertex s, LinkType type, AgentVertex t, const SourcePlace& from_place,
                   const SourcePlace& to_place, bool& reported) {
    const Agent& from = a_.network[s];
    const Agent& to = a_.network[t];
    const LinkEnds& ends = ends_of(type);
    const bool source_ok =
        (ends.from & kind_bit(from.kind)) != 0 && (type != LinkType::directs || is_ijb(from));
    const bool target_ok =
        ((ends.to & kind_bit(to.kind)) != 0 ||
         (type == LinkType::accountable_to && to.kind == AgentKind::cohort && from.is_elected_member())) &&
        (type != LinkType::directs || takes_directions(to));
    if (source_ok && target_ok) return true;
    if (reported) return false;
    reported = true;
    const std::string type_name(to_string(type));
    const std::string link_words =
        (std::string("aeiou").find(type_name.front()) != std::string::npos ? "an " : "a ") + type_name +
        " link runs " + std::string(ends.reads) + "; ";
    if (!source_ok)
      findings_.error(from_place,
                      "'" + printable(from.id) + "' is " + what_is(from) + " and cannot " +
                          std::string(ends.verb) + " '" + printable(to.id) + "': " + link_words +
                          instead_from(type, from, to),
                      "link-kind");
    else
      findings_.error(to_place,
                      "'" + printable(to.id) + "' is " + what_is(to) + ", and '" + printable(from.id) +
                          "' cannot " + std::string(ends.verb) + " it: " + link_words +
                          instead_to(type, from, to),
                      "link-kind");
    return false;
  }

  void warn_never_delivers(const SourcePlace& place, const std::string& what, const std::string& fix) {
    findings_.warning(place,
                      "reliability 0: " + what +
                          " never delivers anything, so nothing sent over it is ever acted on and it "
                          "counts as no access at all; " +
                          fix,
                      "never-delivers");
  }

  // --- scheme of delegation ------------------------------------------------
  void read_scheme(const YamlMap& map, std::vector<DelegatedDecision>& scheme) {
    if (!map.has("scheme_of_delegation")) return;
    if (!map.get("scheme_of_delegation").IsSequence())
      findings_.error(map.place("scheme_of_delegation"), "'scheme_of_delegation' must be a list",
                      "wrong-type");
    else
      for (const auto& node : map.get("scheme_of_delegation")) read_decision(node, scheme);
  }

  void read_decision(const YAML::Node& node, std::vector<DelegatedDecision>& scheme) {
    YamlMap map(node, file_, findings_, "a scheme of delegation entry", decision_keys);
    if (!map.valid()) return;
    DelegatedDecision decision;
    decision.place = map.place();
    decision.decision = map.text("decision").value_or("");
    if (decision.decision.empty())
      findings_.error(map.place(), "a scheme of delegation entry needs 'decision' (the type of decision)",
                      "missing-key");
    for (const auto& [id, place] : map.text_list("taken_by"))
      if (!resolve(id, place).empty()) decision.taken_by.push_back(id);
    if (const auto adviser = map.text("advice_from")) {
      if (!resolve(*adviser, map.place("advice_from")).empty()) decision.advice_from = *adviser;
    }
    decision.key_decision = map.flag("key_decision").value_or(false);
    decision.social_work_function = map.flag("social_work_function").value_or(false);
    scheme.push_back(std::move(decision));
  }

  // --- statutory officer and confidentiality --------------------------------
  void read_statutory_officer(const YamlMap& top) {
    StatutoryOfficerPosition& position = a_.statutory_officer;
    const Role role = a_.statutory_social_work_role();
    if (const auto holders = a_.holders(role); !holders.empty())
      position.agent = a_.network[holders.front()].id;
    position.place = top.place();
    std::optional<SourcePlace> named_at;
    if (top.has("statutory_officer")) named_at = read_position(top.get("statutory_officer"), position);
    check_statutory_officer_role(position, named_at, "");
    set_default_independence(position);
  }

  // One `statutory_officer:` block into `position`; where its agent is named, if it is.
  std::optional<SourcePlace> read_position(const YAML::Node& node, StatutoryOfficerPosition& position) {
    std::optional<SourcePlace> named_at;
    YamlMap map(node, file_, findings_, "statutory_officer", officer_keys);
    if (!map.valid()) return named_at;
    position.place = map.place();
    if (const auto agent = map.text("agent")) {
      if (!resolve(*agent, map.place("agent")).empty()) {
        position.agent = *agent;
        named_at = map.place("agent");
      }
    }
    position.qualified = map.flag("qualified").value_or(true);
    position.registered = map.flag("registered").value_or(true);
    position.proper_officer = map.flag("proper_officer").value_or(true);
    position.sufficient_seniority = map.flag("sufficient_seniority").value_or(true);
    position.on_corporate_management_team = map.flag("on_corporate_management_team").value_or(true);
    return named_at;
  }

  // The less independent the position, the likelier advice is softened (docs/model.md).
  void set_default_independence(const StatutoryOfficerPosition& position) {
    if (const auto officer = a_.find(position.agent);
        officer && !explicit_independence_.contains(position.agent)) {
      Agent& agent = a_.network[*officer];
      agent.independence = default_independence(agent, position.on_corporate_management_team, parameters_);
    }
  }

  // --- council areas -------------------------------------------------------
  // `areas:` gives each council of a many-council file its name, population,
  // statutory officer and scheme of delegation (docs/arrangements.md, "Areas").
  void read_areas(const YamlMap& top) {
    if (top.has("areas")) {
      if (!top.get("areas").IsSequence()) {
        findings_.error(top.place("areas"), "'areas' must be a list of council areas", "wrong-type");
      } else {
        for (const auto& node : top.get("areas")) read_area(node);
      }
    }
    check_area_names();
    // Each area's CSWO or DASS, named or found, gets the independence of its position.
    if (!a_.areas.empty() || a_.area_ids().size() > 1)
      for (const std::string& id : a_.area_ids()) {
        if (const Area* area = a_.area(id); area && area->statutory_officer) continue;  // set when read
        const StatutoryOfficerPosition position = a_.statutory_officer_of(id);
        if (position.agent != a_.statutory_officer.agent) set_default_independence(position);
      }
  }

  void read_area(const YAML::Node& node) {
    YamlMap map(node, file_, findings_, "an area", area_keys);
    if (!map.valid()) return;
    Area area;
    area.place = map.place();
    area.id = map.text("id").value_or("");
    if (area.id.empty()) {
      map.missing("id", "an area needs an 'id': the word its agents give as their 'area'");
      return;
    }
    if (a_.area(area.id)) {
      findings_.error(map.place("id"), "area '" + printable(area.id) + "' is declared twice", "duplicate-id");
      return;
    }
    area.name = map.text("name").value_or("");
    area.population = map.number("population", 1.0, 1e9);
    area.pattern = map.text("pattern").value_or("");
    read_scheme(map, area.scheme_of_delegation);
    if (map.has("statutory_officer")) {
      StatutoryOfficerPosition position;
      position.place = map.place("statutory_officer");
      const auto named_at = read_position(map.get("statutory_officer"), position);
      if (const auto officer = a_.find(position.agent); officer && a_.network[*officer].area != area.id)
        findings_.error(named_at.value_or(position.place),
                        "'" + printable(position.agent) + "' is not an agent of area '" + printable(area.id) +
                            "' (its area is '" + printable(a_.network[*officer].area) +
                            "'): name the CSWO or DASS of this area",
                        "statutory-officer-area");
      check_statutory_officer_role(position, named_at, area.id);
      set_default_independence(position);
      area.statutory_officer = position;
    }
    a_.areas.push_back(std::move(area));
  }

  // Once areas are declared, every `area:` and `serves:` names one of them: a
  // misspelt area would be a council of its own with nobody in it.
  void check_area_names() {
    std::vector<std::string> declared;
    for (const Area& area : a_.areas) declared.push_back(area.id);
    if (declared.empty()) return;
    for (const auto& [id, place] : area_mentions_)
      if (std::find(declared.begin(), declared.end(), id) == declared.end())
        findings_.error(
            place,
            "area '" + printable(id) + "' is not declared under 'areas'" + did_you_mean_or_list(id, declared),
            "unknown-area");
    for (const Area& area : a_.areas)
      if (std::none_of(area_mentions_.begin(), area_mentions_.end(),
                       [&](const auto& mention) { return mention.first == area.id; }))
        findings_.warning(area.place,
                          "area '" + printable(area.id) +
                              "' has no agents: give its agents 'area: " + printable(area.id) + "'",
                          "empty-area");
  }

  // The CSWO or DASS is an officer of the council holding that role: never one
  // of its elected members, whose work the officer advises and who hold the
  // officer to account. Where nobody holds the role, cswo-exists or dass-exists
  // says so.
  void check_statutory_officer_role(const StatutoryOfficerPosition& position,
                                    const std::optional<SourcePlace>& named_at, const std::string& area) {
    const auto officer = a_.find(position.agent);
    if (!officer) return;
    const Agent& agent = a_.network[*officer];
    const Role role = a_.statutory_social_work_role();
    const std::string title = role == Role::cswo ? "the CSWO" : "the DASS";
    const std::string role_name(to_string(role));
    std::string holder;
    for (AgentVertex v : a_.holders(role, area))
      if (!a_.network[v].is_elected_member()) {
        holder = a_.network[v].id;
        break;
      }
    const std::string name_holder =
        holder.empty() ? "name the officer who holds the " + role_name + " role"
                       : "name the officer who holds the " + role_name + " role ('agent: " + holder + "')";
    const SourcePlace place = named_at.value_or(agent.place);
    if (agent.is_elected_member()) {
      const auto elected =
          std::find_if(agent.roles.begin(), agent.roles.end(), [](Role r) { return is_elected_member(r); });
      findings_.error(
          place,
          "'" + printable(agent.id) + "' is an elected member (" + std::string(to_string(*elected)) +
              ") and cannot be " + title + ": " + title +
              " is a professionally qualified officer of the council, who advises its members "
              "and answers to them; " +
              (named_at ? name_holder : "give the " + role_name + " role to an officer, not to a councillor"),
          "statutory-officer-role");
    } else if (!agent.holds(role) && !holder.empty()) {
      findings_.error(place,
                      "'" + printable(agent.id) + "' does not hold the " + role_name +
                          " role, so it cannot be " + title + ": " + name_holder + ", or add " + role_name +
                          " to the roles of '" + printable(agent.id) + "'",
                      "statutory-officer-role");
    }
  }

  void read_confidentiality(const YamlMap& top) {
    a_.confidentiality.place = top.place();
    if (!top.has("confidentiality")) return;
    YamlMap map(top.get("confidentiality"), file_, findings_, "confidentiality", confidentiality_keys);
    if (!map.valid()) return;
    a_.confidentiality.place = map.place();
    a_.confidentiality.personal_information_to_elected_members =
        map.flag("personal_information_to_elected_members").value_or(false);
    a_.confidentiality.aggregates_to_scrutiny = map.flag("aggregates_to_scrutiny").value_or(true);
  }

  // --- whole-arrangement structure -----------------------------------------
  void check_structure() {
    const Network& network = a_.network;
    for (auto v : boost::make_iterator_range(boost::vertices(network))) {
      const Agent& agent = network[v];
      if (agent.kind == AgentKind::body) {
        std::vector<AgentVertex> members;
        for (auto e : boost::make_iterator_range(boost::in_edges(v, network)))
          if (network[e].type == LinkType::member_of) members.push_back(boost::source(e, network));
        if (members.empty())
          findings_.error(agent.place,
                          "body '" + printable(agent.id) + "' has no members: list them under 'members'",
                          "body-without-members");
        if (!agent.chair.empty()) {
          const auto chair = a_.find(agent.chair);
          if (!chair)
            findings_.error(agent.place,
                            "chair '" + printable(agent.chair) + "' of '" + printable(agent.id) +
                                "' is not an agent" + did_you_mean(agent.chair, ids_),
                            "unknown-agent");
          else if (std::find(members.begin(), members.end(), *chair) == members.end())
            findings_.error(
                agent.place,
                "chair '" + printable(agent.chair) + "' is not a member of '" + printable(agent.id) + "'",
                "chair-not-member");
        }
      }
      if (!agent.funded_by.empty()) {
        const auto funder = a_.find(agent.funded_by);
        if (!funder)
          findings_.error(agent.place,
                          "funded_by '" + printable(agent.funded_by) + "' of '" + printable(agent.id) +
                              "' is not an agent" + did_you_mean(agent.funded_by, ids_),
                          "unknown-agent");
        else if (kind_known(*funder) &&
                 (network[*funder].kind != AgentKind::body || network[*funder].budget <= 0.0))
          findings_.error(agent.place,
                          "funded_by '" + printable(agent.funded_by) + "' of '" + agent.id +
                              "' holds no budget: name a council, IJB or health board (or give it 'budget')",
                          "no-budget");
      }
      if (!agent.deputy.empty()) {
        if (!a_.find(agent.deputy))
          findings_.error(agent.place,
                          "deputy '" + printable(agent.deputy) + "' of '" + printable(agent.id) +
                              "' is not an agent" + did_you_mean(agent.deputy, ids_),
                          "unknown-agent");
        else if (agent.deputy == agent.id)
          findings_.error(agent.place, "'" + printable(agent.id) + "' cannot deputise for itself",
                          "bad-deputy");
      }
    }
    const auto cycle = line_management_cycle(network);
    if (!cycle.empty()) {
      std::string chain;
      for (AgentVertex v : cycle) chain += network[v].id + " manages ";
      chain += network[cycle.front()].id;
      findings_.error(
          network[cycle.front()].place,
          "line management goes round in a circle: " + chain + "; one of these links is the wrong way round",
          "line-management-cycle");
    }
  }

  std::string file_;
  Findings& findings_;
  Arrangement& a_;
  std::vector<std::string> ids_;
  std::map<Role, int> thresholds_;
  std::optional<Distribution> default_latency_;
  std::optional<double> default_reliability_;
  std::set<std::string> explicit_independence_;
  std::set<std::string> without_kind_;  ///< agents whose every role is unknown
  bool kind_known(AgentVertex v) const { return !without_kind_.count(a_.network[v].id); }
  Parameters parameters_;
  std::vector<std::pair<AgentVertex, YAML::Node>> body_members_;
  std::vector<std::pair<std::string, SourcePlace>> area_mentions_;  ///< every `area:` and `serves:`
};

}  // namespace

LoadedArrangement load_arrangement(const InputText& input) {
  LoadedArrangement loaded;
  loaded.input = {"arrangement", input.name, content_hash(input.text)};
  const YAML::Node root = parse_yaml(input);
  ArrangementLoader(input, loaded).load(root);
  loaded.findings.sort_by_place();
  return loaded;
}

LoadedArrangement load_arrangement_or_throw(std::string_view name) {
  LoadedArrangement loaded = load_arrangement(read_input(name, InputKind::arrangement));
  for (const Finding& finding : loaded.findings.items()) {
    if (finding.severity != Finding::Severity::error) continue;
    const auto errors = loaded.findings.count(Finding::Severity::error);
    std::string message = finding.message + " [" + finding.rule + "]";
    if (errors > 1)
      message +=
          " (and " + std::to_string(errors - 1) + " more: run `govsim check " + loaded.input.name + "`)";
    throw InputError(finding.place, message);
  }
  return loaded;
}

}  // namespace govsim
