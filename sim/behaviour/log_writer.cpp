#include "behaviour/log_writer.hpp"

#include <array>

namespace govsim {
namespace {

constexpr std::array<const char*, static_cast<std::size_t>(Channel::count)> channel_names{
    "inject", "referral",       "complaint", "call_in",    "reputational_risk",
    "reply",  "advice_request", "verbal",    "inspection", "agenda"};

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
    "annual report",
    "periodic report",
    "where concerns end",
    "held past the protocol's limit",
    "assessed below the eligibility threshold",
    "eligible but left without care in place",
    "no objection, softened under budget and performance pressure",
    "raised as business for the board's next meeting"};

}  // namespace

LogWriter::LogWriter(EventLog& log, const Network& network, const Simulation& clock)
    : log_(log), clock_(clock) {
  agent_names_.reserve(boost::num_vertices(network));
  for (auto v : boost::make_iterator_range(boost::vertices(network)))
    agent_names_.push_back(log_.intern(network[v].id));
  for (const char* name : channel_names) channels_.push_back(log_.intern(name));
  for (std::string_view name : link_type_names()) link_channels_.push_back(log_.intern(name));
  for (const char* text : note_texts) notes_.push_back(log_.intern(text));
  for (std::string_view name : item_type_names()) item_types_.push_back(log_.intern(name));
}

LogRecord LogWriter::record(LogKind kind, AgentVertex actor, AgentVertex other, Symbol subject) const {
  LogRecord r;
  r.time = clock_.now();
  r.kind = kind;
  r.actor = name(actor);
  r.other = name(other);
  r.subject = subject;
  return r;
}

LogRecord LogWriter::record(LogKind kind, AgentVertex actor, AgentVertex other, const Item& item) const {
  LogRecord r = record(kind, actor, other, item.subject);
  r.what = item_types_[static_cast<std::size_t>(item.type)];
  r.severity = item.severity;
  if (item.personal) r.flags |= log_flag::personal;
  if (item.urgent) r.flags |= log_flag::urgent;
  if (item.account) r.flags |= log_flag::account;
  return r;
}

namespace {
std::uint8_t on_record(bool recorded) { return recorded ? log_flag::recorded : 0; }
}  // namespace

void LogWriter::run_started(Symbol scenario, double days) {
  LogRecord r = record(LogKind::run_started, no_agent, no_agent, no_symbol);
  r.note = scenario;
  r.value = days;
  log_.append(r);
}

void LogWriter::run_ended(double days) {
  LogRecord r = record(LogKind::run_ended, no_agent, no_agent, no_symbol);
  r.time = days;
  r.value = days;
  log_.append(r);
}

void LogWriter::inject(AgentVertex from, Symbol subject, Symbol note_text, bool recorded) {
  LogRecord r = record(LogKind::inject, from, no_agent, subject);
  r.note = note_text;
  r.flags = on_record(recorded);
  log_.append(r);
}

void LogWriter::item_raised(AgentVertex by, AgentVertex to, const Item& item, Symbol note_text,
                            bool recorded) {
  LogRecord r = record(LogKind::item_raised, by, to, item);
  r.note = note_text;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::item_sent(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item, Symbol via,
                          double delay, bool recorded) {
  LogRecord r = record(LogKind::item_sent, from, to, item);
  r.value = delay;
  r.item = id;
  r.channel = via;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::item_lost(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item, Symbol via,
                          bool recorded) {
  LogRecord r = record(LogKind::item_lost, from, to, item);
  r.item = id;
  r.channel = via;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::item_received(AgentVertex at, std::uint32_t id, const Item& item) {
  LogRecord r = record(LogKind::item_received, at, item.sender, item);
  r.item = id;
  log_.append(r);
}

void LogWriter::item_escalated(AgentVertex at, AgentVertex to, std::uint32_t id, const Item& item,
                               std::uint32_t onward, Symbol via, bool recorded) {
  // The record names the item escalated and, as its value, the item sent on, so
  // analysis can follow a chain hop by hop.
  LogRecord r = record(LogKind::item_escalated, at, to, item);
  r.item = id;
  r.value = onward;
  r.channel = via;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::item_resolved(AgentVertex at, AgentVertex other, std::uint32_t id, const Item& item, Note why,
                              double value, bool recorded) {
  LogRecord r = record(LogKind::item_resolved, at, other, item);
  r.item = id;
  r.note = note(why);
  r.value = value;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::item_blocked(AgentVertex at, AgentVertex other, std::uint32_t id, const Item& item, Note why,
                             Symbol via) {
  LogRecord r = record(LogKind::item_blocked, at, other, item);
  r.item = id;
  r.note = note(why);
  r.channel = via;
  log_.append(r);
}

void LogWriter::item_held(AgentVertex at, std::uint32_t id, const Item& item) {
  LogRecord r = record(LogKind::item_held, at, item.sender, item);
  r.item = id;
  r.note = note(Note::held_under_pressure);
  log_.append(r);
}

void LogWriter::item_released(AgentVertex at, std::uint32_t id, const Item& item) {
  LogRecord r = record(LogKind::item_released, at, item.sender, item);
  r.item = id;
  r.note = note(Note::hold_limit_reached);
  log_.append(r);
}

void LogWriter::became_aware(AgentVertex at, const Item& item) {
  log_.append(record(LogKind::became_aware, at, item.sender, item));
}

void LogWriter::became_aware(AgentVertex at, Symbol subject) {
  log_.append(record(LogKind::became_aware, at, no_agent, subject));
}

void LogWriter::condition_changed(AgentVertex by, Symbol condition, double value, AgentVertex authority) {
  LogRecord r = record(LogKind::condition_changed, by, authority, condition);
  r.value = value;
  log_.append(r);
}

void LogWriter::advice_given(AgentVertex adviser, AgentVertex decider, std::uint32_t id, const Item& advice,
                             Symbol via, bool recorded, bool softened) {
  LogRecord r = record(LogKind::advice_given, adviser, decider, advice);
  r.item = id;
  r.note = note(advice.advice_against ? Note::against : softened ? Note::softened : Note::no_objection);
  r.value = advice.recommended;
  r.channel = via;
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::decision_requested(AgentVertex decider, const Item& request, Symbol question) {
  LogRecord r = record(LogKind::decision_requested, decider, no_agent, request);
  r.note = question;
  r.flags |= log_flag::recorded;
  log_.append(r);
}

void LogWriter::option_weighed(AgentVertex decider, Symbol subject, Symbol option, double score, Symbol why) {
  LogRecord r = record(LogKind::option_weighed, decider, no_agent, subject);
  r.note = option;
  r.value = score;
  r.channel = why;
  log_.append(r);
}

void LogWriter::decision_taken(AgentVertex decider, AgentVertex adviser, const Item& request, Symbol option,
                               bool advice_on_record, bool forced, bool recorded) {
  LogRecord r = record(LogKind::decision_taken, decider, adviser, request);
  r.note = option;
  r.value = advice_on_record ? 1.0 : 0.0;
  r.flags |= on_record(recorded);
  if (forced) r.flags |= log_flag::forced;
  log_.append(r);
}

void LogWriter::advice_overruled(AgentVertex decider, AgentVertex adviser, const Item& request, Symbol option,
                                 bool reasons_recorded) {
  LogRecord r = record(LogKind::advice_overruled, decider, adviser, request);
  r.note = option;
  r.flags |= on_record(reasons_recorded);
  log_.append(r);
}

void LogWriter::response_taken(AgentVertex by, Symbol subject, Symbol response, double cost, bool recorded) {
  LogRecord r = record(LogKind::response_taken, by, no_agent, subject);
  r.note = response;
  r.value = cost;
  r.flags = on_record(recorded);
  log_.append(r);
}

void LogWriter::direction_implemented(AgentVertex at, const Item& direction) {
  LogRecord r = record(LogKind::direction_implemented, at, direction.sender, direction);
  r.flags |= log_flag::recorded;
  log_.append(r);
}

void LogWriter::meeting_held(AgentVertex body, std::size_t considered) {
  LogRecord r = record(LogKind::meeting_held, body, no_agent, no_symbol);
  r.value = static_cast<double>(considered);
  log_.append(r);
}

void LogWriter::report_noted(AgentVertex forum, AgentVertex actor, std::uint32_t id, const Item& item) {
  LogRecord r = record(LogKind::report_noted, forum, actor, item);
  r.item = id;
  r.note = note(Note::noted);
  r.flags |= log_flag::recorded;
  log_.append(r);
}

void LogWriter::question_asked(AgentVertex asker, AgentVertex actor, std::uint32_t id, const Item& item,
                               bool recorded) {
  LogRecord r = record(LogKind::question_asked, asker, actor, item);
  r.item = id;
  r.note = note(Note::questioned);
  r.flags |= on_record(recorded);
  log_.append(r);
}

void LogWriter::harm(AgentVertex cohort, AgentVertex team, Symbol subject, std::uint32_t count) {
  Item notice;
  notice.type = ItemType::harm_notice;
  notice.subject = subject;
  notice.severity = 4;
  notice.personal = true;
  LogRecord r = record(LogKind::harm, cohort, team, notice);
  r.value = count;
  log_.append(r);
}

void LogWriter::need_unmet(AgentVertex cohort, Symbol subject, std::uint32_t count, Note why) {
  LogRecord r = record(LogKind::need_unmet, cohort, no_agent, subject);
  r.value = count;
  r.note = note(why);
  log_.append(r);
}

void LogWriter::harm_expected(AgentVertex cohort, Symbol subject, double people) {
  LogRecord r = record(LogKind::harm_expected, cohort, no_agent, subject);
  r.value = people;
  log_.append(r);
}

void LogWriter::confidentiality_blocked(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item,
                                        std::uint32_t aggregate, Symbol via) {
  // Value: the aggregate sent instead, so a chain can be followed through it.
  LogRecord r = record(LogKind::confidentiality_blocked, from, to, item);
  r.item = id;
  r.value = aggregate;
  r.channel = via;
  r.note = note(Note::aggregate);
  log_.append(r);
}

void LogWriter::personal_disclosed(AgentVertex at, std::uint32_t id, const Item& item) {
  LogRecord r = record(LogKind::personal_disclosed, at, item.sender, item);
  r.item = id;
  log_.append(r);
}

void LogWriter::scrutiny_blocked(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item,
                                 Symbol via) {
  LogRecord r = record(LogKind::scrutiny_blocked, from, to, item);
  r.item = id;
  r.channel = via;
  log_.append(r);
}

void LogWriter::drawn_in(AgentVertex who, AgentVertex by, Symbol subject, double salience,
                         const Item& alert) {
  LogRecord r = record(LogKind::drawn_in, who, by, alert);
  r.subject = subject;
  r.value = salience;
  r.channel = channel(Channel::reputational_risk);
  log_.append(r);
}

void LogWriter::action_required(AgentVertex forum, AgentVertex actor, Symbol subject, double due,
                                std::uint32_t id, const Item& item, Symbol via) {
  LogRecord r = record(LogKind::action_required, forum, actor, item);
  r.subject = subject;
  r.value = due;
  r.item = id;
  r.channel = via;
  r.flags |= log_flag::recorded;
  log_.append(r);
}

void LogWriter::action_closed(AgentVertex forum, AgentVertex actor, Symbol subject, std::uint32_t id,
                              const Item& item) {
  LogRecord r = record(LogKind::action_closed, forum, actor, item);
  r.subject = subject;
  r.item = id;
  r.flags |= log_flag::recorded;
  log_.append(r);
}

void LogWriter::post_vacated(AgentVertex post) {
  log_.append(record(LogKind::post_vacated, post, no_agent, no_symbol));
}

void LogWriter::budget_changed(AgentVertex body, double pressure) {
  LogRecord r = record(LogKind::budget_changed, body, no_agent, no_symbol);
  r.value = pressure;
  log_.append(r);
}

void LogWriter::staffing_changed(AgentVertex body, double staffing) {
  LogRecord r = record(LogKind::staffing_changed, body, no_agent, no_symbol);
  r.value = staffing;
  log_.append(r);
}

}  // namespace govsim
