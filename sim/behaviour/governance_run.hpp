#pragma once

#include <memory>
#include <unordered_map>
#include <vector>

#include "behaviour/casework.hpp"
#include "behaviour/correspondence.hpp"
#include "behaviour/decisions.hpp"
#include "behaviour/forums.hpp"
#include "behaviour/governance_model.hpp"
#include "behaviour/log_writer.hpp"
#include "behaviour/members.hpp"
#include "behaviour/world.hpp"
#include "engine/random_stream.hpp"
#include "engine/simulation.hpp"

namespace govsim {

/// One replication: the thin shell that owns the engine, the log writer and the
/// six parts of the model, schedules the scenario and routes each event to the
/// part it belongs to. The parts reach each other through it.
class GovernanceRun {
 public:
  GovernanceRun(const GovernanceModel& model, const RunOptions& options, EventLog& log);
  GovernanceRun(const GovernanceRun&) = delete;
  void run();

  /// Events of the run; agent events go to the agent's handler, the rest to the world's.
  enum EventKind : std::uint32_t {
    deliver_item,       ///< an item arrives at its recipient (payload: item id)
    handle_item,        ///< a person takes an item from its inbox (payload: item id)
    hold_meeting,       ///< a body meets
    release_hold,       ///< a held concern reaches the limit (payload: item id)
    day_begins,         ///< harm, then arrivals (payload: day)
    inject_happens,     ///< payload: inject index
    decision_due,       ///< payload: decision point index
    annual_report,      ///< an area's statutory officer's annual report (payload: area index)
    send_reports,       ///< periodic reports over one reports_to link (payload: its index)
    response_in_force,  ///< a response taken earlier changes services (payload: index, taker)
  };

  const GovernanceModel& model;
  const Parameters& parameters;
  const Network& network;
  const Scenario& scenario;
  RunOptions options;
  double days;
  Simulation simulation;
  LogWriter log;
  RandomStreams streams;
  HandlerId world_handler = 0;

  Correspondence mail;
  Casework casework;
  Members members;
  Decisions decisions;
  Forums forums;
  World world;

  double now() const { return simulation.now(); }
  const Agent& agent(AgentVertex v) const { return network[v]; }
  const GovernanceModel::AgentPlan& plan(AgentVertex v) const { return model.plan(v); }
  /// An agent's stream for how long things take it; and for its judgements
  /// (softening, holding, questioning), apart so that one does not shift the other.
  RandomStream& timing(AgentVertex v) { return timing_[v]; }
  RandomStream& judgement(AgentVertex v) { return judgement_[v]; }
  /// A judgement of its own: a fresh stream for one purpose, one matter and the
  /// n-th such judgement of an agent, so the same judgement draws the same number
  /// under two arrangements whatever order things happen in (common random
  /// numbers kept in step; Law, Simulation Modeling and Analysis).
  enum class Judgement : std::uint64_t { soften = 1, off_record, hold, reasons, question };
  RandomStream judgement(AgentVertex v, Judgement purpose, Symbol subject, std::uint64_t n) const;
  /// Schedules an agent event.
  void at_agent(double when, AgentVertex v, EventKind kind, std::uint64_t payload = 0,
                Priority priority = 0) {
    simulation.schedule(when, static_cast<HandlerId>(v), kind, payload, priority);
  }
  void at_world(double when, EventKind kind, std::uint64_t payload = 0, Priority priority = 0) {
    simulation.schedule(when, world_handler, kind, payload, priority);
  }

  /// The area a matter plays out in (index into model.areas()): the scenario's
  /// for a matter it names, else -1.
  int area_of(Symbol subject) const {
    const auto found = subject_areas_.find(subject);
    return found == subject_areas_.end() ? (model.areas().size() == 1 ? 0 : -1) : found->second;
  }
  /// Who plays a part for that matter's area, or for the area of `fallback`
  /// when the matter has none of its own; null for neither (a national matter).
  const GovernanceModel::AreaPlan* area_for(Symbol subject, AgentVertex fallback = no_agent) const {
    int area = area_of(subject);
    if (area < 0 && fallback != no_agent) area = model.area_of(fallback);
    return area < 0 ? nullptr : &model.area(area);
  }

  /// Whether `v` serves the area of a matter (every agent does, for a matter of
  /// no area): a body shared by two councils reports to, directs and escalates to
  /// each about its own people only, so Fife's matter never reaches Falkirk's
  /// council through the health board they share.
  bool serves(AgentVertex v, Symbol subject) const {
    const int area = area_of(subject);
    return area < 0 || model.arrangement().in_area(v, model.area(area).id);
  }

  void on_agent_event(AgentVertex agent, const Event& event);
  void on_world_event(const Event& event);

 private:
  void inject(std::size_t index);

  std::vector<RandomStream> timing_, judgement_;
  std::vector<std::unique_ptr<Handler>> handlers_;
  std::vector<Symbol> inject_subjects_, inject_notes_;
  std::unordered_map<Symbol, int> subject_areas_;
};

}  // namespace govsim
