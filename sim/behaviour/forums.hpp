#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "behaviour/correspondence.hpp"
#include "behaviour/governance_model.hpp"
#include "behaviour/item.hpp"
#include "engine/event.hpp"

namespace govsim {

class GovernanceRun;

/// Meetings and forums: bodies meet and work through their agendas; actors send
/// periodic reports over reports_to links and the statutory officer its annual
/// report; a forum questions the actor accountable for a matter or only notes
/// it, may require action, and closes it when the actor reports back with the
/// matter in hand; the regulator inspects. Owns agendas and required actions.
class Forums {
 public:
  explicit Forums(GovernanceRun& run);

  /// Schedules every meeting, periodic report and annual report of the run.
  void start();
  void put_on_agenda(AgentVertex body, std::uint32_t id);
  void meet(AgentVertex body);
  void send_reports(std::size_t reporting_route);
  /// The annual report of the statutory officer of one area (an index into the model's areas).
  void annual_report(int area);
  /// Past a level of harm the regulator inspects: its finding goes to the
  /// area's bodies with an action required, and it asks the statutory officer.
  void regulator_inspects(Symbol subject, std::uint32_t harms);
  /// A voting member who knows of harm the body it sits on could act on brings
  /// the matter to the board as urgent business (where the body allows it) —
  /// once, and again when the harm it knows of has grown.
  void raise_at_boards(AgentVertex member, Symbol subject);

 private:
  struct RequiredAction {
    AgentVertex forum, actor;
    Symbol subject;
    double since;
  };
  struct Raised {
    AgentVertex member, body;
    Symbol subject;
    std::uint32_t harms;
  };
  struct ReportingRoute {
    AgentVertex from;
    GovernanceModel::Route route;
  };
  struct BodyState {
    std::vector<std::uint32_t> agenda;
    std::optional<EventId> special_meeting;
    std::vector<std::pair<Symbol, std::uint32_t>> considered;  ///< matters it has judged, and how often
  };
  void consider(AgentVertex body, std::uint32_t id);
  void answer_question(AgentVertex body, std::uint32_t id);
  void close_actions(AgentVertex body, const Item& item, std::uint32_t id);
  bool closed_at_this_sitting(AgentVertex forum, AgentVertex actor, Symbol subject) const;
  bool in_hand(Symbol subject, double since) const;
  bool serious(AgentVertex forum, const Item& item) const;
  double due_at(AgentVertex closing) const;
  Item report_on(AgentVertex reporter, const Knowledge& k) const;

  GovernanceRun& run_;
  std::vector<BodyState> bodies_;
  std::vector<RequiredAction> open_;
  std::vector<RequiredAction> closed_;  ///< since: the day it was closed
  std::vector<ReportingRoute> reporting_;
  std::vector<Raised> raised_;
  Symbol annual_subject_ = no_symbol;
};

}  // namespace govsim
