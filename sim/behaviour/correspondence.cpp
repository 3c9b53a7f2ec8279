#include "behaviour/correspondence.hpp"

#include <algorithm>
#include <cmath>

#include "behaviour/governance_run.hpp"
#include "behaviour/rules.hpp"
#include "io/stable_hash.hpp"

namespace govsim {

Correspondence::Correspondence(GovernanceRun& run)
    : run_(run), outside_random_(run.streams.stream("outside")) {
  const std::size_t agents = boost::num_vertices(run.network);
  next_free_.assign(agents, 0.0);
  vacant_.resize(agents);
  for (auto v : boost::make_iterator_range(boost::vertices(run.network))) vacant_[v] = run.network[v].vacant;
  known_.resize(agents);
  link_random_.reserve(run.model.link_stream_keys().size());
  link_counts_.resize(run.model.link_stream_keys().size());
  receive_counts_.resize(agents);
  for (std::uint64_t key : run.model.link_stream_keys()) link_random_.push_back(run.streams.stream(key));
  items_.reserve(512);
}

std::uint32_t Correspondence::create(const Item& item) {
  items_.push_back(item);
  items_.back().raised = run_.now();
  return static_cast<std::uint32_t>(items_.size());
}

AgentVertex Correspondence::cover_for(AgentVertex post) const {
  if (!vacant_[post]) return post;
  if (const auto deputy = run_.model.arrangement().find(run_.agent(post).deputy); deputy && !vacant_[*deputy])
    return *deputy;
  return no_agent;
}

AgentVertex Correspondence::acting_as(AgentVertex at, const Item& item) const {
  const AgentVertex post = item.addressed_to;
  return post != no_agent && post != at && vacant_[post] && cover_for(post) == at ? post : at;
}

std::uint64_t Correspondence::count(std::vector<std::pair<Symbol, std::uint32_t>>& counts, Symbol subject) {
  for (auto& [s, n] : counts)
    if (s == subject) return n++;
  counts.emplace_back(subject, 1);
  return 0;
}

void Correspondence::send(AgentVertex from, AgentVertex to, std::uint32_t id, Symbol via, bool recorded,
                          double reliability, const Distribution* latency, RandomStream& random,
                          std::vector<std::pair<Symbol, std::uint32_t>>& counts) {
  Item& item = items_[id - 1];
  item.addressed_to = to;
  const AgentVertex recipient = cover_for(to);
  if (recipient == no_agent) {
    run_.log.item_blocked(from, to, id, item, Note::post_vacant, via);
    return;
  }
  if (item.personal) {
    const auto& plan = run_.plan(recipient);
    switch (delivery_of_personal_information(plan.faces_members, plan.is_scrutiny,
                                             run_.model.arrangement().confidentiality)) {
      case Delivery::as_sent:
      case Delivery::breach:  // logged on arrival, where the member reads it
        break;
      case Delivery::as_aggregate: {
        Item aggregate = item;
        aggregate.personal = false;
        const std::uint32_t aggregate_id = create(aggregate);
        run_.log.confidentiality_blocked(from, recipient, id, items_[id - 1], aggregate_id, via);
        id = aggregate_id;
        break;
      }
      case Delivery::nothing:
        run_.log.scrutiny_blocked(from, recipient, id, item, via);
        return;
    }
  }
  Item& sent = items_[id - 1];
  sent.sender = from;
  sent.recorded = recorded;
  // The n-th item on this matter over this channel draws the same whatever else
  // the channel carried: keeps two arrangements' runs in step (common random numbers).
  RandomStream draw = random.split(
      StableHash{}.add_u64(run_.log.subject_hash(sent.subject)).add_u64(count(counts, sent.subject)).value());
  const double delay = latency ? latency->sample(draw) : 0.0;
  run_.log.item_sent(from, recipient, id, sent, via, delay, recorded);
  if (reliability < 1.0 && !draw.bernoulli(reliability)) {
    run_.log.item_lost(from, recipient, id, sent, via, recorded);
    return;
  }
  run_.at_agent(run_.now() + delay, recipient, GovernanceRun::deliver_item, id);
}

void Correspondence::send_over(AgentVertex from, const GovernanceModel::Route& route, std::uint32_t id) {
  const Link& link = run_.network[route.link];
  items_[id - 1].up_the_line =
      link.type == LinkType::line_manages && boost::source(route.link, run_.network) == route.to;
  send(from, route.to, id, run_.log.channel(link.type), link.recorded, link.reliability, &link.latency_days,
       link_random_[route.stream], link_counts_[route.stream]);
}

void Correspondence::send_direct(AgentVertex from, AgentVertex to, std::uint32_t id, Channel fallback,
                                 bool recorded) {
  if (from != no_agent)
    if (const auto route = run_.model.route_between(from, to)) {
      send_over(from, *route, id);
      return;
    }
  send_by(from, to, id, fallback, recorded);
}

void Correspondence::send_by(AgentVertex from, AgentVertex to, std::uint32_t id, Channel channel,
                             bool recorded) {
  items_[id - 1].up_the_line = false;
  send(from, to, id, run_.log.channel(channel), recorded, 1.0, nullptr, outside_random_, outside_counts_);
}

void Correspondence::receive(AgentVertex at, std::uint32_t id) {
  const Item& item = items_[id - 1];
  run_.log.item_received(at, id, item);
  if (item.personal && run_.plan(at).faces_members) run_.log.personal_disclosed(at, id, item);
  const Agent& who = run_.agent(at);
  if (who.kind == AgentKind::body) {
    run_.forums.put_on_agenda(at, id);
    return;
  }
  // Short staffing slows handling and lowers capacity (Improvement Service briefing (2017): structures that
  // "may leave the service vulnerable in terms of ... sufficient staffing resource").
  const double staffing = run_.world.staffing(run_.plan(at).funder);
  RandomStream draw = run_.timing(at).split(StableHash{}
                                                .add_u64(run_.log.subject_hash(item.subject))
                                                .add_u64(count(receive_counts_[at], item.subject))
                                                .value());
  const double ready = std::max(run_.now() + who.response_days.sample(draw) / staffing, next_free_[at]);
  next_free_[at] = ready + (who.capacity_per_day > 0 ? 1.0 / (who.capacity_per_day * staffing) : 0.0);
  run_.at_agent(ready, at, GovernanceRun::handle_item, id);
}

Knowledge& Correspondence::knowledge_of(AgentVertex at, Symbol subject) {
  auto& known = known_[at];
  for (Knowledge& k : known)
    if (k.subject == subject) return k;
  known.push_back({subject, run_.now(), 0, 0, 0, 0, {}, false, false});
  return known.back();
}

const Knowledge* Correspondence::knowledge(AgentVertex at, Symbol subject) const {
  for (const Knowledge& k : known_[at])
    if (k.subject == subject) return &k;
  return nullptr;
}

void Correspondence::learn(AgentVertex at, const Item& item) {
  if (item.subject == no_symbol) return;
  if (!knowledge(at, item.subject)) run_.log.became_aware(at, item);
  Knowledge& k = knowledge_of(at, item.subject);
  if (item.new_case) {
    ++k.harms;  // a referral is one new case
  } else {
    k.harms = std::max(k.harms, item.harms);
  }
  if (item.type == ItemType::complaint)
    ++k.complaints;
  else
    k.complaints = std::max(k.complaints, item.complaints);
  k.findings = std::max(k.findings, item.findings);
  k.assessed = std::max(k.assessed, item.assessed);
  // Questions from forums, members, the statutory officer or the chief
  // executive are pressure to act, each asker once; only a forum can require
  // action, and a requirement passed on by an actor is still the forum's.
  if (item.type == ItemType::question && item.sender != no_agent) {
    const bool presses =
        run_.agent(item.sender).is_elected_member() || run_.agent(item.sender).kind == AgentKind::body ||
        run_.plan(item.sender).is_statutory_officer || run_.agent(item.sender).holds(Role::chief_executive);
    if (presses && std::find(k.askers.begin(), k.askers.end(), item.sender) == k.askers.end())
      k.askers.push_back(item.sender);
    if (item.requires_action) k.required = true;
  }
}

void Correspondence::carry_knowledge(AgentVertex at, Item& item) const {
  if (const Knowledge* k = knowledge(at, item.subject)) {
    item.harms = std::max(item.harms, k->harms);
    item.complaints = std::max(item.complaints, k->complaints);
    item.findings = std::max(item.findings, k->findings);
    item.assessed = std::max(item.assessed, k->assessed);
  }
  // The statutory officer of `at`'s own area (or whoever covers its vacant post)
  // assesses the risk it knows of.
  const int area = run_.model.area_of(at);
  const AgentVertex officer = area < 0 ? no_agent : run_.model.area(area).statutory_officer;
  const bool professional_lead =
      officer != no_agent &&
      (at == officer ? !vacant_[officer] : vacant_[officer] && cover_for(officer) == at);
  if (professional_lead) {
    double expected = 0.0;
    for (int c : run_.decisions.cohorts_of(item.subject)) expected += run_.world.expected_harm(c);
    item.assessed = std::max(
        item.assessed,
        static_cast<std::uint32_t>(std::lround(expected * run_.parameters[Param::risk_horizon_days])));
  }
}

}  // namespace govsim
