#pragma once

#include <string_view>
#include <vector>

#include "behaviour/item.hpp"
#include "engine/event_log.hpp"
#include "engine/simulation.hpp"
#include "model/link_type.hpp"
#include "model/network.hpp"

namespace govsim {

/// Channels that are not links of the network.
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

/// The fixed plain-words notes the run writes.
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
  periodic_report,
  end_of_the_line,
  hold_limit_reached,
  below_eligibility,
  without_care,
  softened,
  raised_at_board,
  count
};

/// One typed writer per kind of log record, so every record a run appends says
/// what it means at the call (`log.item_sent(from, to, ...)`), not by position in
/// a ten-argument call. Times come from the clock the writer is given.
class LogWriter {
 public:
  LogWriter(EventLog& log, const Network& network, const Simulation& clock);

  Symbol intern(std::string_view text) { return log_.intern(text); }
  Symbol name(AgentVertex v) const { return v == no_agent ? no_symbol : agent_names_[v]; }
  Symbol channel(Channel c) const { return channels_[static_cast<std::size_t>(c)]; }
  Symbol channel(LinkType t) const { return link_channels_[static_cast<std::size_t>(t)]; }
  Symbol note(Note n) const { return notes_[static_cast<std::size_t>(n)]; }
  std::string_view text(Symbol s) const { return log_.text(s); }
  /// How many records the log holds so far.
  std::size_t records() const { return log_.size(); }
  /// A stable hash of a symbol's text (the same in every log).
  std::uint64_t subject_hash(Symbol s) const { return log_.symbols().hash(s); }

  void run_started(Symbol scenario, double days);
  void run_ended(double days);
  void inject(AgentVertex from, Symbol subject, Symbol note, bool recorded);
  void item_raised(AgentVertex by, AgentVertex to, const Item& item, Symbol note, bool recorded);
  void item_sent(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item, Symbol channel,
                 double delay, bool recorded);
  void item_lost(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item, Symbol channel,
                 bool recorded);
  void item_received(AgentVertex at, std::uint32_t id, const Item& item);
  void item_escalated(AgentVertex at, AgentVertex to, std::uint32_t id, const Item& item,
                      std::uint32_t onward, Symbol channel, bool recorded);
  void item_resolved(AgentVertex at, AgentVertex other, std::uint32_t id, const Item& item, Note why,
                     double value = 0.0, bool recorded = false);
  void item_blocked(AgentVertex at, AgentVertex other, std::uint32_t id, const Item& item, Note why,
                    Symbol channel = no_symbol);
  void item_held(AgentVertex at, std::uint32_t id, const Item& item);
  void item_released(AgentVertex at, std::uint32_t id, const Item& item);
  void became_aware(AgentVertex at, const Item& item);
  /// Aware of a matter it heard of under another (a closure that puts
  /// residents at risk), shown by acting on it.
  void became_aware(AgentVertex at, Symbol subject);
  /// `authority`: whoever decided the change where another carries it out (the
  /// IJB whose direction the council implements); no_agent when `by` decided it.
  void condition_changed(AgentVertex by, Symbol condition, double value, AgentVertex authority = no_agent);
  void advice_given(AgentVertex adviser, AgentVertex decider, std::uint32_t id, const Item& advice,
                    Symbol channel, bool recorded, bool softened);
  void decision_requested(AgentVertex decider, const Item& request, Symbol question);
  void option_weighed(AgentVertex decider, Symbol subject, Symbol option, double score, Symbol why);
  /// `recorded`: minuted, or written in a decision record.
  void decision_taken(AgentVertex decider, AgentVertex adviser, const Item& request, Symbol option,
                      bool advice_on_record, bool forced, bool recorded);
  void advice_overruled(AgentVertex decider, AgentVertex adviser, const Item& request, Symbol option,
                        bool reasons_recorded);
  void response_taken(AgentVertex by, Symbol subject, Symbol response, double cost, bool recorded);
  void direction_implemented(AgentVertex at, const Item& direction);
  void meeting_held(AgentVertex body, std::size_t considered);
  void report_noted(AgentVertex forum, AgentVertex actor, std::uint32_t id, const Item& item);
  void question_asked(AgentVertex asker, AgentVertex actor, std::uint32_t id, const Item& item,
                      bool recorded);
  void harm(AgentVertex cohort, AgentVertex team, Symbol subject, std::uint32_t count);
  void need_unmet(AgentVertex cohort, Symbol subject, std::uint32_t count, Note why);
  void harm_expected(AgentVertex cohort, Symbol subject, double people);
  void confidentiality_blocked(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item,
                               std::uint32_t aggregate, Symbol channel);
  void personal_disclosed(AgentVertex at, std::uint32_t id, const Item& item);
  void scrutiny_blocked(AgentVertex from, AgentVertex to, std::uint32_t id, const Item& item, Symbol channel);
  void drawn_in(AgentVertex who, AgentVertex by, Symbol subject, double salience, const Item& alert);
  void action_required(AgentVertex forum, AgentVertex actor, Symbol subject, double due, std::uint32_t id,
                       const Item& item, Symbol channel = no_symbol);
  void action_closed(AgentVertex forum, AgentVertex actor, Symbol subject, std::uint32_t id,
                     const Item& item);
  void post_vacated(AgentVertex post);
  void budget_changed(AgentVertex body, double pressure);
  void staffing_changed(AgentVertex body, double staffing);

 private:
  LogRecord record(LogKind kind, AgentVertex actor, AgentVertex other, Symbol subject) const;
  LogRecord record(LogKind kind, AgentVertex actor, AgentVertex other, const Item& item) const;

  EventLog& log_;
  const Simulation& clock_;
  std::vector<Symbol> agent_names_, channels_, link_channels_, notes_, item_types_;
};

}  // namespace govsim
