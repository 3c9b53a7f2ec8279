// One replication of a governance scenario: the behaviour rules of DESIGN §4
// strung together over the engine. Every state change is appended to the event
// log; the log is all that leaves this file.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "behaviour/governance_model.hpp"
#include "behaviour/item.hpp"
#include "behaviour/rules.hpp"
#include "engine/random_stream.hpp"
#include "engine/simulation.hpp"
#include "version.hpp"

namespace govsim {

namespace {

enum EventKind : std::uint32_t {
  deliver_item,    // an item arrives at its recipient (payload: item index)
  handle_item,     // an agent takes an item from its inbox (payload: item index)
  hold_meeting,    // a body meets
  day_begins,      // cohorts arrive and harm happens (payload: day number)
  inject_happens,  // payload: inject index
  decision_due,    // payload: decision point index
  annual_report,
};

// Names of channels that are not links of the network.
enum class Channel {
  inject,
  referral,
  complaint,
  call_in,
  reputational_risk,
  reply,
  advice_request,
  verbal,
  inspection,
  agenda,
  count
};
constexpr std::array<const char*, static_cast<std::size_t>(Channel::count)> channel_names{
    "inject", "referral",       "complaint", "call_in",    "reputational_risk",
    "reply",  "advice_request", "verbal",    "inspection", "agenda"};

enum class Note {
  added_to_open_matter,
  within_authority,
  no_onward_route,
  post_vacant,
  held_under_pressure,
  against,
  no_objection,
  aggregate,
  answered,
  noted,
  questioned,
  annual_report,
  count
};
constexpr std::array<const char*, static_cast<std::size_t>(Note::count)> note_texts{
    "added to a matter already escalated",
    "dealt with within its authority",
    "no onward route",
    "post vacant and no deputy",
    "held under budget and performance pressure",
    "against",
    "no objection",
    "sent as an aggregate, without personal details",
    "answered",
    "noted without question",
    "questioned",
    "annual report"};

class AgentActor;

}  // namespace

class GovernanceRun {
 public:
  GovernanceRun(const GovernanceModel& model, const RunOptions& options, EventLog& log);
  void run();

  void on_agent_event(AgentVertex agent, const Event& event);
  void on_world_event(const Event& event);

 private:
  struct AgentState {
    explicit AgentState(RandomStream r) : random(r) {}
    RandomStream random;
    double next_free = 0.0;
    bool vacant = false;
    std::optional<EventId> special_meeting;
    std::vector<std::uint32_t> agenda;
    std::vector<Symbol> aware_of;
    struct Escalated {
      Symbol subject;
      double day;
      int severity;
    };
    std::vector<Escalated> escalated;
  };
  struct DecisionState {
    double requested_at = 0.0;
    bool advice_requested = false;
    bool advice_received = false;
    bool advice_on_record = false;
    bool advice_against = false;
    bool decided = false;
    bool implemented = false;
  };
  struct AtRisk {
    double until;
    std::size_t cohort;
  };
  struct RequiredAction {
    AgentVertex forum;  // who required it
    AgentVertex actor;  // who must act
    Symbol subject;
  };
  struct SubjectCounts {
    Symbol subject;
    int complaints = 0;
    int harms = 0;
    bool scrutiny_called = false;
    bool leadership_drawn_in = false;
    bool regulator_engaged = false;
  };

  const Network& network() const { return model_.arrangement().network; }
  const Agent& agent(AgentVertex v) const { return network()[v]; }
  const Scenario& scenario() const { return model_.scenario(); }
  const BehaviourParameters& behaviour() const { return scenario().behaviour; }
  SimTime now() const { return simulation_.now(); }

  Symbol name_of(AgentVertex v) const { return v == no_agent ? no_symbol : agent_names_[v]; }
  Symbol channel(Channel c) const { return channels_[static_cast<std::size_t>(c)]; }
  Symbol channel(LinkType t) const { return link_channels_[static_cast<std::size_t>(t)]; }
  Symbol note(Note n) const { return notes_[static_cast<std::size_t>(n)]; }
  Symbol what(ItemType t) const { return item_types_[static_cast<std::size_t>(t)]; }

  void record(LogKind kind, AgentVertex actor, AgentVertex other, Symbol subject,
              Symbol note_text = no_symbol, double value = 0.0, std::uint8_t flags = 0,
              std::uint32_t item = 0, Symbol channel_name = no_symbol, const Item* about = nullptr);

  std::uint32_t new_item(const Item& item);
  void send(AgentVertex from, AgentVertex to, std::uint32_t item, Symbol via, bool recorded,
            double reliability, const Distribution* latency);
  void send_over(AgentVertex from, const GovernanceModel::Route& route, std::uint32_t item);
  void send_direct(AgentVertex from, AgentVertex to, std::uint32_t item, Channel fallback, bool recorded);
  AgentVertex cover_for(AgentVertex to);

  void receive(AgentVertex at, std::uint32_t item_index);
  void consider(AgentVertex at, std::uint32_t item_index);
  void meet(AgentVertex body);
  void become_aware(AgentVertex at, const Item& item);

  void handle_concern(AgentVertex at, std::uint32_t item_index);
  void escalate(AgentVertex at, std::uint32_t item_index);
  void brief_members(AgentVertex officer, const Item& item);
  void handle_complaint_as_member(AgentVertex member, std::uint32_t item_index);
  void answer(AgentVertex at, std::uint32_t item_index);
  void give_advice(AgentVertex adviser, const Item& request);
  void take_decision(AgentVertex decider, const Item& request);
  void file_advice(AgentVertex at, std::uint32_t item_id);
  void implement(AgentVertex at, const Item& direction);
  void consider_as_forum(AgentVertex body, std::uint32_t item_index);

  void begin_day(int day);
  void inject(std::size_t index);
  void put_decision(std::size_t index);
  void send_annual_report();
  void apply(const std::vector<ConditionChange>& changes, AgentVertex by);
  void engage_regulator(SubjectCounts& counts);
  SubjectCounts& counts_for(Symbol subject);

  const GovernanceModel& model_;
  RunOptions options_;
  EventLog& log_;
  Simulation simulation_;
  ScriptedPolicy scripted_;
  DecisionMaker* decisions_;
  double days_;

  std::vector<std::unique_ptr<Handler>> actors_;
  HandlerId world_ = 0;
  std::vector<AgentState> state_;
  std::vector<Item> items_;
  std::vector<double> conditions_;
  std::vector<DecisionState> decision_state_;
  std::vector<AtRisk> at_risk_;
  std::vector<SubjectCounts> counts_;
  std::vector<RequiredAction> open_actions_;
  RandomStream world_random_;

  std::vector<Symbol> agent_names_;
  std::vector<Symbol> channels_, link_channels_, notes_, item_types_, condition_names_;
  std::vector<Symbol> cohort_subjects_, inject_subjects_, inject_notes_, decision_subjects_, option_names_;
  Symbol outside_ = no_symbol;
};

namespace {

class AgentActor final : public Handler {
 public:
  AgentActor(GovernanceRun& run, AgentVertex agent) : run_(&run), agent_(agent) {}

 private:
  void handle(const Event& event, Simulation&) override { run_->on_agent_event(agent_, event); }
  GovernanceRun* run_;
  AgentVertex agent_;
};

class WorldActor final : public Handler {
 public:
  explicit WorldActor(GovernanceRun& run) : run_(&run) {}

 private:
  void handle(const Event& event, Simulation&) override { run_->on_world_event(event); }
  GovernanceRun* run_;
};

}  // namespace

// --- set-up ------------------------------------------------------------------

GovernanceRun::GovernanceRun(const GovernanceModel& model, const RunOptions& options, EventLog& log)
    : model_(model),
      options_(options),
      log_(log),
      decisions_(options.decisions ? options.decisions : &scripted_),
      days_(options.days.value_or(model.scenario().days)),
      world_random_(RandomStreams(options.seed, options.replication).stream("world")) {
  const RandomStreams streams(options.seed, options.replication);
  const Network& n = network();
  const std::size_t agents = boost::num_vertices(n);

  // Names are interned once per log; a log reused across replications finds them at once.
  agent_names_.reserve(agents);
  for (auto v : boost::make_iterator_range(boost::vertices(n))) agent_names_.push_back(log_.intern(n[v].id));
  for (const char* name : channel_names) channels_.push_back(log_.intern(name));
  for (std::string_view name : link_type_names()) link_channels_.push_back(log_.intern(name));
  for (const char* text : note_texts) notes_.push_back(log_.intern(text));
  for (std::string_view name : item_type_names()) item_types_.push_back(log_.intern(name));
  for (const auto& [name, value] : scenario().conditions) {
    condition_names_.push_back(log_.intern(name));
    conditions_.push_back(value);
  }
  for (const Cohort& cohort : scenario().cohorts) cohort_subjects_.push_back(log_.intern(cohort.subject));
  for (const Inject& inject : scenario().injects) {
    inject_subjects_.push_back(log_.intern(inject.subject));
    inject_notes_.push_back(log_.intern(inject.note));
  }
  for (const DecisionPoint& point : scenario().decision_points) {
    decision_subjects_.push_back(log_.intern(point.subject));
    for (const DecisionOption& option : point.options) option_names_.push_back(log_.intern(option.id));
  }
  outside_ = log_.intern("outside");
  decision_state_.resize(scenario().decision_points.size());

  state_.reserve(agents);
  actors_.reserve(agents + 1);
  for (auto v : boost::make_iterator_range(boost::vertices(n))) {
    state_.emplace_back(streams.stream(n[v].id));
    state_.back().vacant = n[v].vacant;
    actors_.push_back(std::make_unique<AgentActor>(*this, v));
    simulation_.attach(*actors_.back());
  }
  actors_.push_back(std::make_unique<WorldActor>(*this));
  world_ = simulation_.attach(*actors_.back());
  items_.reserve(512);
}

void GovernanceRun::run() {
  log_.clear_records();
  log_.provenance = {version, scenario().name, options_.seed, options_.replication, model_.inputs_};
  record(LogKind::run_started, no_agent, no_agent, no_symbol, log_.intern(scenario().name), days_);

  const Network& n = network();
  for (auto v : boost::make_iterator_range(boost::vertices(n)))
    if (n[v].meetings)
      for (double day = n[v].meetings->first_day; day < days_; day += n[v].meetings->every_days)
        simulation_.schedule(day, static_cast<HandlerId>(v), hold_meeting, 0, 1);
  for (int day = 0; day < static_cast<int>(days_); ++day)
    simulation_.schedule(day, world_, day_begins, static_cast<std::uint64_t>(day), -1);
  for (std::size_t i = 0; i < scenario().injects.size(); ++i)
    if (scenario().injects[i].day < days_)
      simulation_.schedule(scenario().injects[i].day, world_, inject_happens, i);
  for (std::size_t i = 0; i < scenario().decision_points.size(); ++i)
    if (scenario().decision_points[i].day < days_)
      simulation_.schedule(scenario().decision_points[i].day, world_, decision_due, i);
  if (scenario().annual_report_day && *scenario().annual_report_day < days_)
    simulation_.schedule(*scenario().annual_report_day, world_, annual_report);

  // Events exactly at the end day are left: the run covers [0, days).
  simulation_.run_until(std::nextafter(days_, 0.0));
  simulation_.finish();
  record(LogKind::run_ended, no_agent, no_agent, no_symbol, no_symbol, days_);
}

void GovernanceRun::record(LogKind kind, AgentVertex actor, AgentVertex other, Symbol subject,
                           Symbol note_text, double value, std::uint8_t flags, std::uint32_t item,
                           Symbol channel_name, const Item* about) {
  LogRecord r;
  r.time = kind == LogKind::run_ended ? days_ : now();
  r.value = value;
  r.item = item;
  r.actor = actor == no_agent ? no_symbol : agent_names_[actor];
  r.other = other == no_agent ? no_symbol : agent_names_[other];
  r.subject = subject;
  r.channel = channel_name;
  r.note = note_text;
  r.kind = kind;
  r.flags = flags;
  if (about) {
    r.what = what(about->type);
    r.severity = about->severity;
    if (about->personal) r.flags |= log_flag::personal;
    if (about->urgent) r.flags |= log_flag::urgent;
  }
  log_.append(r);
}

std::uint32_t GovernanceRun::new_item(const Item& item) {
  items_.push_back(item);
  items_.back().raised = now();
  return static_cast<std::uint32_t>(items_.size());  // item ids start at 1; 0 means none
}

// --- moving items ------------------------------------------------------------

AgentVertex GovernanceRun::cover_for(AgentVertex to) {
  if (!state_[to].vacant) return to;
  if (const auto deputy = model_.arrangement().find(agent(to).deputy); deputy && !state_[*deputy].vacant)
    return *deputy;
  return no_agent;
}

void GovernanceRun::send(AgentVertex from, AgentVertex to, std::uint32_t item_id, Symbol via, bool recorded,
                         double reliability, const Distribution* latency) {
  Item& item = items_[item_id - 1];
  const AgentVertex recipient = cover_for(to);
  if (recipient == no_agent) {
    record(LogKind::item_blocked, from, to, item.subject, note(Note::post_vacant), 0, 0, item_id, via, &item);
    return;
  }
  if (item.personal) {
    const auto& plan = model_.plans_[recipient];
    switch (delivery_of_personal_information(plan.faces_members, plan.is_scrutiny,
                                             model_.arrangement().confidentiality)) {
      case Delivery::as_sent:
      case Delivery::breach:  // logged on arrival, where the member reads it
        break;
      case Delivery::as_aggregate: {
        Item aggregate = item;
        aggregate.personal = false;
        const std::uint32_t aggregate_id = new_item(aggregate);
        // Value: the aggregate sent instead, so a chain can be followed through it.
        record(LogKind::confidentiality_blocked, from, recipient, aggregate.subject, note(Note::aggregate),
               aggregate_id, 0, item_id, via, &items_[item_id - 1]);
        item_id = aggregate_id;
        break;
      }
      case Delivery::nothing:
        record(LogKind::scrutiny_blocked, from, recipient, item.subject, no_symbol, 0, 0, item_id, via,
               &item);
        return;
    }
  }
  Item& sent = items_[item_id - 1];
  sent.sender = from;
  sent.recorded = recorded;
  auto& random = from == no_agent ? world_random_ : state_[from].random;
  const double delay = latency ? latency->sample(random) : 0.0;
  const std::uint8_t flags = recorded ? log_flag::recorded : 0;
  record(LogKind::item_sent, from, recipient, sent.subject, no_symbol, delay, flags, item_id, via, &sent);
  if (reliability < 1.0 && !random.bernoulli(reliability)) {
    record(LogKind::item_lost, from, recipient, sent.subject, no_symbol, 0, flags, item_id, via, &sent);
    return;
  }
  simulation_.schedule_in(delay, static_cast<HandlerId>(recipient), deliver_item, item_id);
}

void GovernanceRun::send_over(AgentVertex from, const GovernanceModel::Route& route, std::uint32_t item) {
  const Link& link = network()[route.link];
  send(from, route.to, item, channel(link.type), link.recorded, link.reliability, &link.latency_days);
}

// A message between two agents: over their direct link if they have one,
// otherwise by the named channel (an email nobody minutes, a referral form).
void GovernanceRun::send_direct(AgentVertex from, AgentVertex to, std::uint32_t item, Channel fallback,
                                bool recorded) {
  if (from != no_agent)
    if (const auto link = model_.link_between(from, to)) {
      send_over(from, {to, *link}, item);
      return;
    }
  send(from, to, item, channel(fallback), recorded, 1.0, nullptr);
}

void GovernanceRun::receive(AgentVertex at, std::uint32_t item_id) {
  const Item& item = items_[item_id - 1];
  record(LogKind::item_received, at, item.sender, item.subject, no_symbol, 0, 0, item_id, no_symbol, &item);
  if (item.personal && model_.plans_[at].faces_members)
    record(LogKind::personal_disclosed, at, item.sender, item.subject, no_symbol, 0, 0, item_id, no_symbol,
           &item);
  AgentState& s = state_[at];
  const Agent& who = agent(at);
  if (who.kind == AgentKind::body) {
    s.agenda.push_back(item_id);
    // Directions are carried out by officers, not at the next meeting; urgent
    // business, where allowed, calls a special meeting.
    const bool urgent = item.type == ItemType::direction || (item.urgent && who.meetings->urgent_business);
    if (urgent && !s.special_meeting)
      s.special_meeting = simulation_.schedule_in(behaviour().urgent_meeting_days, static_cast<HandlerId>(at),
                                                  hold_meeting, 0, 1);
    return;
  }
  const double ready = std::max(now() + who.response_days.sample(s.random), s.next_free);
  s.next_free = ready + (who.capacity_per_day > 0 ? 1.0 / who.capacity_per_day : 0.0);
  simulation_.schedule(ready, static_cast<HandlerId>(at), handle_item, item_id);
}

void GovernanceRun::become_aware(AgentVertex at, const Item& item) {
  auto& known = state_[at].aware_of;
  if (std::find(known.begin(), known.end(), item.subject) != known.end()) return;
  known.push_back(item.subject);
  record(LogKind::became_aware, at, item.sender, item.subject, no_symbol, 0, 0, 0, no_symbol, &item);
}

// --- what agents do ------------------------------------------------------------

void GovernanceRun::on_agent_event(AgentVertex at, const Event& event) {
  switch (event.kind) {
    case deliver_item:
      receive(at, static_cast<std::uint32_t>(event.payload));
      break;
    case handle_item:
      consider(at, static_cast<std::uint32_t>(event.payload));
      break;
    case hold_meeting:
      meet(at);
      break;
    default:
      break;
  }
}

void GovernanceRun::consider(AgentVertex at, std::uint32_t item_id) {
  const Item item = items_[item_id - 1];
  become_aware(at, item);
  switch (item.type) {
    case ItemType::advice:
      file_advice(at, item_id);
      return;
    case ItemType::question:
    case ItemType::information_request:
      if (item.decision_point >= 0 &&
          model_.decisions_[static_cast<std::size_t>(item.decision_point)].adviser == at)
        give_advice(at, item);
      else
        answer(at, item_id);
      return;
    case ItemType::decision_request: {
      // A person asked to decide waits a while for the advice it asked for.
      const DecisionState& d = decision_state_[static_cast<std::size_t>(item.decision_point)];
      if (d.advice_requested && !d.advice_received && now() < d.requested_at + behaviour().advice_wait_days) {
        simulation_.schedule_in(1.0, static_cast<HandlerId>(at), handle_item, item_id);
        return;
      }
      take_decision(at, item);
      return;
    }
    case ItemType::direction:
      implement(at, item);
      return;
    case ItemType::complaint:
      if (agent(at).is_elected_member()) {
        handle_complaint_as_member(at, item_id);
        return;
      }
      handle_concern(at, item_id);
      return;
    default:
      // Members are told, and act through questions, complaints and call-in;
      // they do not manage concerns up a line (councillors' code of conduct).
      if (agent(at).is_elected_member()) {
        record(LogKind::item_resolved, at, item.sender, item.subject, note(Note::within_authority), 0, 0,
               item_id, no_symbol, &item);
        return;
      }
      handle_concern(at, item_id);
      return;
  }
}

void GovernanceRun::handle_concern(AgentVertex at, std::uint32_t item_id) {
  const Item& item = items_[item_id - 1];
  if (!should_escalate(agent(at), item.severity)) {
    record(LogKind::item_resolved, at, item.sender, item.subject, note(Note::within_authority), 0, 0, item_id,
           no_symbol, &item);
    return;
  }
  AgentState& s = state_[at];
  // A matter already escalated is not escalated again for a while, unless it has grown more serious.
  for (const auto& open : s.escalated)
    if (open.subject == item.subject && now() - open.day < behaviour().re_escalation_days &&
        item.severity <= open.severity) {
      record(LogKind::item_resolved, at, item.sender, item.subject, note(Note::added_to_open_matter),
             item.cases, 0, item_id, no_symbol, &item);
      return;
    }
  const auto& plan = model_.plans_[at];
  if (plan.is_statutory_officer && concern_is_held(agent(at).independence, behaviour(), s.random)) {
    record(LogKind::item_held, at, item.sender, item.subject, note(Note::held_under_pressure), 0, 0, item_id,
           no_symbol, &item);
    return;
  }
  escalate(at, item_id);
}

void GovernanceRun::escalate(AgentVertex at, std::uint32_t item_id) {
  const Item item = items_[item_id - 1];
  const auto& routes = model_.plans_[at].escalation;
  const auto route =
      std::find_if(routes.begin(), routes.end(), [&](const auto& r) { return cover_for(r.to) != no_agent; });
  if (route == routes.end()) {
    record(LogKind::item_blocked, at, item.sender, item.subject,
           note(routes.empty() ? Note::no_onward_route : Note::post_vacant), 0, 0, item_id, no_symbol, &item);
    return;
  }
  AgentState& s = state_[at];
  auto open = std::find_if(s.escalated.begin(), s.escalated.end(),
                           [&](const auto& e) { return e.subject == item.subject; });
  if (open == s.escalated.end())
    s.escalated.push_back({item.subject, now(), item.severity});
  else
    *open = {item.subject, now(), std::max<int>(open->severity, item.severity)};
  const Link& link = network()[route->link];
  Item onward = item;
  onward.sender = at;
  const std::uint32_t onward_id = new_item(onward);
  // The record names the item escalated and, as its value, the item sent on, so
  // analysis can follow a chain hop by hop.
  // Named as received: the deputy, when the post is vacant.
  record(LogKind::item_escalated, at, cover_for(route->to), item.subject, no_symbol, onward_id,
         link.recorded ? log_flag::recorded : 0, item_id, channel(link.type), &item);
  send_over(at, *route, onward_id);
  if (model_.plans_[at].is_statutory_officer) brief_members(at, item);
}

// The statutory officer keeps members informed of what it escalates (seed 000:
// "an audit trail to demonstrate you have provided adequate briefings").
void GovernanceRun::brief_members(AgentVertex officer, const Item& item) {
  const auto& briefing = model_.plans_[officer].member_briefing;
  if (!briefing) return;
  Item brief = item;
  brief.type = ItemType::report;
  send_over(officer, *briefing, new_item(brief));
}

void GovernanceRun::handle_complaint_as_member(AgentVertex member, std::uint32_t item_id) {
  const Item item = items_[item_id - 1];
  SubjectCounts& counts = counts_for(item.subject);
  ++counts.complaints;
  // Every councillor may question the DASS/CSWO (seed 000).
  if (model_.statutory_officer_ != no_agent && model_.link_between(member, model_.statutory_officer_)) {
    Item question = item;
    question.type = ItemType::question;
    question.reply_to = member;
    question.personal = false;
    record(LogKind::question_asked, member, model_.statutory_officer_, item.subject, no_symbol, 0, 0, 0,
           no_symbol, &question);
    send_direct(member, model_.statutory_officer_, new_item(question), Channel::reply, true);
  } else {
    record(LogKind::item_resolved, member, item.sender, item.subject, note(Note::within_authority), 0, 0,
           item_id, no_symbol, &item);
  }
  if (!counts.scrutiny_called && counts.complaints >= behaviour().complaints_to_call_in_scrutiny) {
    counts.scrutiny_called = true;
    Item call_in = item;
    call_in.type = ItemType::concern;
    call_in.cases = static_cast<std::uint32_t>(counts.complaints);
    if (model_.scrutiny_ != no_agent)
      send(member, model_.scrutiny_, new_item(call_in), channel(Channel::call_in), true, 1.0, nullptr);
    else
      record(LogKind::item_blocked, member, no_agent, item.subject, note(Note::no_onward_route), 0, 0,
             item_id, channel(Channel::call_in), &item);
  }
  if (!counts.leadership_drawn_in && counts.complaints >= behaviour().complaints_to_draw_in_leadership) {
    counts.leadership_drawn_in = true;
    for (AgentVertex leader : model_.leadership_) {
      record(LogKind::drawn_in, leader, member, item.subject, no_symbol, counts.complaints, 0, 0,
             channel(Channel::reputational_risk), &item);
      Item alert = item;
      alert.type = ItemType::concern;
      alert.severity = static_cast<std::uint8_t>(std::min(5, item.severity + 1));
      send(member, leader, new_item(alert), channel(Channel::reputational_risk), true, 1.0, nullptr);
    }
  }
}

void GovernanceRun::answer(AgentVertex at, std::uint32_t item_id) {
  const Item item = items_[item_id - 1];
  const AgentVertex to = item.reply_to != no_agent ? item.reply_to : item.sender;
  if (to == no_agent) {
    record(LogKind::item_resolved, at, no_agent, item.subject, note(Note::answered), 0, 0, item_id, no_symbol,
           &item);
    return;
  }
  Item reply = item;
  reply.type = ItemType::report;
  reply.reply_to = no_agent;
  reply.urgent = false;  // follow-ups go to the next ordinary meeting
  record(LogKind::item_resolved, at, to, item.subject, note(Note::answered), 0, 0, item_id, no_symbol, &item);
  send_direct(at, to, new_item(reply), Channel::reply, false);
}

void GovernanceRun::give_advice(AgentVertex adviser, const Item& request) {
  const auto point_index = static_cast<std::size_t>(request.decision_point);
  const DecisionPoint& point = scenario().decision_points[point_index];
  const AgentVertex decider = model_.decisions_[point_index].decider;
  AgentState& s = state_[adviser];
  const double independence = agent(adviser).independence;
  bool against = point.professional_view_against;
  if (against && advice_is_softened(independence, behaviour(), s.random)) against = false;
  const bool unrecorded = advice_is_left_unrecorded(independence, behaviour(), s.random);

  Item advice = request;
  advice.type = ItemType::advice;
  advice.advice_against = against;
  advice.reply_to = no_agent;
  const std::uint32_t id = new_item(advice);
  // Formal advice goes over the adviser's `advises` link; without one it is a word
  // in the corridor, off the record.
  std::optional<LinkEdge> link;
  for (auto e : boost::make_iterator_range(boost::out_edges(adviser, network())))
    if (boost::target(e, network()) == decider && network()[e].type == LinkType::advises) link = e;
  if (!link) link = model_.link_between(adviser, decider);
  const bool recorded = link && network()[*link].recorded && !unrecorded;
  record(LogKind::advice_given, adviser, decider, advice.subject,
         note(against ? Note::against : Note::no_objection), 0, recorded ? log_flag::recorded : 0, id,
         link ? channel(network()[*link].type) : channel(Channel::verbal), &advice);
  if (link && !unrecorded) {
    const Link& l = network()[*link];
    send(adviser, decider, id, channel(l.type), l.recorded, l.reliability, &l.latency_days);
  } else {
    send(adviser, decider, id, channel(Channel::verbal), false, 1.0,
         link ? &network()[*link].latency_days : nullptr);
  }
}

// Advice counts as on record only if it came over a recorded channel: what was
// said in the corridor cannot be weighed by a decider, nor shown later.
void GovernanceRun::file_advice(AgentVertex at, std::uint32_t item_id) {
  const Item& item = items_[item_id - 1];
  if (item.decision_point >= 0) {
    DecisionState& d = decision_state_[static_cast<std::size_t>(item.decision_point)];
    d.advice_received = true;
    if (item.recorded) {
      d.advice_on_record = true;
      d.advice_against = item.advice_against;
    }
  }
  record(LogKind::item_resolved, at, item.sender, item.subject, note(Note::within_authority), 0,
         item.recorded ? log_flag::recorded : 0, item_id, no_symbol, &item);
}

void GovernanceRun::take_decision(AgentVertex decider, const Item& request) {
  const auto index = static_cast<std::size_t>(request.decision_point);
  DecisionState& d = decision_state_[index];
  if (d.decided) return;
  d.decided = true;
  const DecisionPoint& point = scenario().decision_points[index];
  const auto& bound = model_.decisions_[index];

  const DecisionContext context{point, agent(decider).id, now(), d.advice_on_record, d.advice_against};
  const std::string chosen = decisions_->choose(context);
  int option = 0;
  for (std::size_t i = 0; i < point.options.size(); ++i)
    if (point.options[i].id == chosen) option = static_cast<int>(i);
  std::size_t first_option = 0;
  for (std::size_t i = 0; i < index; ++i) first_option += scenario().decision_points[i].options.size();
  const Symbol option_name = option_names_[first_option + static_cast<std::size_t>(option)];
  record(LogKind::decision_taken, decider,
         bound.adviser == GovernanceModel::no_vertex() ? no_agent : bound.adviser, decision_subjects_[index],
         option_name, d.advice_on_record ? 1.0 : 0.0, log_flag::recorded, 0, no_symbol, &request);
  if (d.advice_on_record && d.advice_against && option == bound.default_option &&
      point.professional_view_against) {
    const bool reasons = state_[decider].random.bernoulli(behaviour().reasons_recorded_probability);
    record(LogKind::advice_overruled, decider, bound.adviser, decision_subjects_[index], option_name, 0,
           reasons ? log_flag::recorded : 0, 0, no_symbol, &request);
  }
  if (bound.decider_is_ijb) {
    // An IJB acts through binding directions to the council and health board (2014 Act ss26–27).
    for (const auto& route : model_.plans_[decider].directs) {
      Item direction = request;
      direction.type = ItemType::direction;
      direction.option = option;
      direction.urgent = true;
      send_over(decider, route, new_item(direction));
    }
  } else {
    apply(point.options[static_cast<std::size_t>(option)].changes, decider);
  }
}

void GovernanceRun::implement(AgentVertex at, const Item& direction) {
  const auto index = static_cast<std::size_t>(direction.decision_point);
  record(LogKind::direction_implemented, at, direction.sender, direction.subject, no_symbol, 0,
         log_flag::recorded, 0, no_symbol, &direction);
  DecisionState& d = decision_state_[index];
  if (d.implemented || direction.option < 0) return;
  d.implemented = true;
  apply(scenario().decision_points[index].options[static_cast<std::size_t>(direction.option)].changes, at);
}

void GovernanceRun::meet(AgentVertex body) {
  AgentState& s = state_[body];
  // Whichever meeting comes first takes the urgent business; a special meeting
  // still pending is then not needed.
  if (s.special_meeting) simulation_.cancel(*s.special_meeting);
  s.special_meeting.reset();
  const auto capacity = static_cast<std::size_t>(std::max(1.0, agent(body).capacity_per_day));
  const std::size_t considered = std::min(capacity, s.agenda.size());
  record(LogKind::meeting_held, body, no_agent, no_symbol, no_symbol, static_cast<double>(considered));
  std::vector<std::uint32_t> agenda(s.agenda.begin(),
                                    s.agenda.begin() + static_cast<std::ptrdiff_t>(considered));
  s.agenda.erase(s.agenda.begin(), s.agenda.begin() + static_cast<std::ptrdiff_t>(considered));
  // Papers are read before anything is decided: advice first.
  std::stable_partition(agenda.begin(), agenda.end(),
                        [&](std::uint32_t id) { return items_[id - 1].type == ItemType::advice; });
  for (std::uint32_t item_id : agenda) {
    const Item item = items_[item_id - 1];
    become_aware(body, item);
    switch (item.type) {
      case ItemType::decision_request:
        take_decision(body, item);
        break;
      case ItemType::direction:
        implement(body, item);
        break;
      case ItemType::advice:
        file_advice(body, item_id);
        break;
      default:
        consider_as_forum(body, item_id);
        break;
    }
  }
}

// A forum either questions the actor who reported, or notes the report.
void GovernanceRun::consider_as_forum(AgentVertex body, std::uint32_t item_id) {
  const Item item = items_[item_id - 1];
  AgentState& s = state_[body];
  // An actor reporting back on a matter closes what this forum required of it;
  // a forum taking up a matter closes what the regulator required of the forum.
  std::erase_if(open_actions_, [&](const RequiredAction& a) {
    const bool reported_back = a.forum == body && a.actor == item.sender && a.subject == item.subject;
    const bool taken_up = a.actor == body && a.subject == item.subject && item.sender != no_agent;
    if (!reported_back && !taken_up) return false;
    record(LogKind::action_closed, body, reported_back ? a.actor : a.forum, a.subject, no_symbol, 0,
           log_flag::recorded, item_id, no_symbol, &item);
    return true;
  });
  if (item.sender == no_agent) {  // from outside: nobody to question, so nothing to note
    record(LogKind::item_resolved, body, no_agent, item.subject, note(Note::within_authority), 0,
           log_flag::recorded, item_id, no_symbol, &item);
    return;
  }
  if (!forum_questions(behaviour(), s.random)) {
    record(LogKind::report_noted, body, item.sender, item.subject, note(Note::noted), 0, log_flag::recorded,
           item_id, no_symbol, &item);
    return;
  }
  record(LogKind::question_asked, body, item.sender, item.subject, note(Note::questioned), 0,
         log_flag::recorded, item_id, no_symbol, &item);
  if (should_escalate(agent(body), item.severity)) {
    record(LogKind::action_required, body, item.sender, item.subject, no_symbol,
           now() + behaviour().action_deadline_days, log_flag::recorded, item_id, no_symbol, &item);
    open_actions_.push_back({body, item.sender, item.subject});
  }
  Item question = item;
  question.type = ItemType::question;
  question.reply_to = body;
  question.personal = false;
  question.urgent = false;
  send_direct(body, item.sender, new_item(question), Channel::agenda, true);
}

// --- what the world does -------------------------------------------------------

void GovernanceRun::on_world_event(const Event& event) {
  switch (event.kind) {
    case day_begins:
      begin_day(static_cast<int>(event.payload));
      break;
    case inject_happens:
      inject(event.payload);
      break;
    case decision_due:
      put_decision(event.payload);
      break;
    case annual_report:
      send_annual_report();
      break;
    default:
      break;
  }
}

GovernanceRun::SubjectCounts& GovernanceRun::counts_for(Symbol subject) {
  for (auto& c : counts_)
    if (c.subject == subject) return c;
  counts_.push_back({subject});
  return counts_.back();
}

void GovernanceRun::begin_day(int day) {
  const double today = static_cast<double>(day);
  // Harm first, among those already at risk, then today's arrivals join them.
  std::vector<std::uint32_t> harms(scenario().cohorts.size(), 0);
  std::erase_if(at_risk_, [&](const AtRisk& person) {
    if (person.until <= today) return true;
    if (!world_random_.bernoulli(scenario().cohorts[person.cohort].harm_per_day_unmet)) return false;
    ++harms[person.cohort];
    return true;  // harmed: now known to services through the referral
  });
  for (std::size_t c = 0; c < scenario().cohorts.size(); ++c) {
    const Cohort& cohort = scenario().cohorts[c];
    const auto& bound = model_.cohorts_[c];
    const double share =
        bound.condition < 0 ? cohort.unmet_share : conditions_[static_cast<std::size_t>(bound.condition)];
    const std::uint32_t arrivals = poisson(cohort.arrivals_per_day.sample(world_random_), world_random_);
    for (std::uint32_t i = 0; i < arrivals; ++i)
      if (world_random_.bernoulli(std::clamp(share, 0.0, 1.0)))
        at_risk_.push_back({today + cohort.days_at_risk.sample(world_random_), c});

    if (harms[c] == 0) continue;
    const AgentVertex cohort_agent = bound.agent;
    const AgentVertex team = bound.team;
    SubjectCounts& counts = counts_for(cohort_subjects_[c]);
    counts.harms += static_cast<int>(harms[c]);
    Item notice;
    notice.type = ItemType::harm_notice;
    notice.subject = cohort_subjects_[c];
    notice.severity = 4;
    notice.personal = true;
    record(LogKind::harm, cohort_agent, team, notice.subject, no_symbol, harms[c], 0, 0, no_symbol, &notice);
    for (std::uint32_t h = 0; h < harms[c]; ++h) {
      // An adult protection referral to the team (ASP (Scotland) Act 2007 s4: the council must inquire).
      send_direct(cohort_agent, team, new_item(notice), Channel::referral, true);
      // Some families complain to a councillor (seed 000: councillors raise constituents' complaints).
      if (model_.constituents_ != no_agent && !model_.complaint_recipients_.empty() &&
          world_random_.bernoulli(behaviour().complaint_per_harm)) {
        Item complaint = notice;
        complaint.type = ItemType::complaint;
        complaint.personal = false;  // the family's own account, shared by choice
        complaint.severity = 3;
        const AgentVertex councillor =
            model_.complaint_recipients_[world_random_.below(model_.complaint_recipients_.size())];
        send_direct(model_.constituents_, councillor, new_item(complaint), Channel::complaint, true);
      }
    }
    if (!counts.regulator_engaged && counts.harms >= behaviour().harms_to_regulator_interest)
      engage_regulator(counts);
  }
}

// Past a level of harm the regulator takes an interest: it asks the statutory
// officer for information and reports its concern to the bodies it reports to
// in the officer's area.
void GovernanceRun::engage_regulator(SubjectCounts& counts) {
  counts.regulator_engaged = true;
  if (model_.regulator_ == no_agent) return;
  Item finding;
  finding.type = ItemType::report;
  finding.subject = counts.subject;
  finding.severity = 4;
  finding.cases = static_cast<std::uint32_t>(counts.harms);
  for (const auto& route : model_.regulator_findings_) {
    record(LogKind::action_required, model_.regulator_, route.to, counts.subject, no_symbol,
           now() + behaviour().action_deadline_days, log_flag::recorded, 0, channel(Channel::inspection),
           &finding);
    open_actions_.push_back({model_.regulator_, route.to, counts.subject});
    send_over(model_.regulator_, route, new_item(finding));
  }
  if (model_.statutory_officer_ != no_agent) {
    Item request = finding;
    request.type = ItemType::information_request;
    request.reply_to = model_.regulator_;
    send(model_.regulator_, model_.statutory_officer_, new_item(request), channel(Channel::inspection), true,
         1.0, nullptr);
  }
}

void GovernanceRun::inject(std::size_t index) {
  const Inject& inject = scenario().injects[index];
  const auto& bound = model_.injects_[index];
  const AgentVertex sender = bound.from;
  record(LogKind::inject, sender, no_agent, inject_subjects_[index], inject_notes_[index], 0,
         inject.recorded ? log_flag::recorded : 0);
  apply(inject.changes, sender);
  if (bound.vacate != no_agent) {
    const AgentVertex post = bound.vacate;
    state_[post].vacant = true;
    record(LogKind::post_vacated, post, no_agent, no_symbol);
  }
  if (!inject.what) return;
  for (const AgentVertex recipient : bound.to) {
    Item item;
    item.type = *inject.what;
    item.subject = inject_subjects_[index];
    item.severity = static_cast<std::uint8_t>(inject.severity);
    item.personal = inject.personal;
    item.urgent = inject.urgent;
    if (item.type == ItemType::question || item.type == ItemType::information_request) item.reply_to = sender;
    if (sender != no_agent) {
      record(LogKind::item_raised, sender, recipient, item.subject, inject_notes_[index], 0, 0, 0, no_symbol,
             &item);
      become_aware(sender, item);  // whoever raises a matter knows of it
    }
    send_direct(sender, recipient, new_item(item), Channel::inject, inject.recorded);
  }
}

void GovernanceRun::put_decision(std::size_t index) {
  const auto& bound = model_.decisions_[index];
  const DecisionPoint& point = scenario().decision_points[index];
  Item request;
  request.type = ItemType::decision_request;
  request.subject = decision_subjects_[index];
  request.severity = 3;
  request.urgent = point.urgent;
  request.decision_point = static_cast<int>(index);
  record(LogKind::decision_requested, bound.decider, no_agent, request.subject, log_.intern(point.question),
         0, log_flag::recorded, 0, no_symbol, &request);
  if (bound.adviser != GovernanceModel::no_vertex()) {
    decision_state_[index].advice_requested = true;
    decision_state_[index].requested_at = now();
    Item ask = request;
    ask.type = ItemType::information_request;
    ask.reply_to = bound.decider;
    send(bound.decider, bound.adviser, new_item(ask), channel(Channel::advice_request), true, 1.0, nullptr);
  }
  send(no_agent, bound.decider, new_item(request), channel(Channel::agenda), true, 1.0, nullptr);
}

void GovernanceRun::send_annual_report() {
  const AgentVertex officer = model_.statutory_officer_;
  if (officer == no_agent || state_[officer].vacant) return;
  for (Symbol subject : state_[officer].aware_of)
    for (const auto& route : model_.plans_[officer].reports) {
      Item report;
      report.type = ItemType::report;
      report.subject = subject;
      report.severity = 3;
      record(LogKind::item_raised, officer, route.to, subject, note(Note::annual_report), 0,
             log_flag::recorded, 0, no_symbol, &report);
      send_over(officer, route, new_item(report));
    }
}

void GovernanceRun::apply(const std::vector<ConditionChange>& changes, AgentVertex by) {
  for (const ConditionChange& change : changes) {
    const std::size_t i = *scenario().condition_index(change.condition);
    switch (change.operation) {
      case ConditionChange::Operation::set:
        conditions_[i] = change.value;
        break;
      case ConditionChange::Operation::add:
        conditions_[i] += change.value;
        break;
      case ConditionChange::Operation::multiply:
        conditions_[i] *= change.value;
        break;
    }
    record(LogKind::condition_changed, by, no_agent, condition_names_[i], no_symbol, conditions_[i]);
  }
}

void GovernanceModel::run(const RunOptions& options, EventLog& log) const {
  GovernanceRun(*this, options, log).run();
}

}  // namespace govsim
