// One replication of a governance scenario: the shell that strings the parts of
// the model together over the engine. Every state change is appended to the
// event log; the log is all that leaves a run.
#include "behaviour/governance_run.hpp"

#include <cmath>

#include "io/stable_hash.hpp"
#include "version.hpp"

namespace govsim {
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

// What the run was given beyond its files, for its log: a value set by name
// (`--set`, a sweep's arm), or by a caller to other than the built-in default.
std::vector<ParameterGiven> parameters_given(const Parameters& parameters) {
  std::vector<ParameterGiven> given;
  const auto table = parameter_table();
  for (std::size_t i = 0; i < table.size(); ++i) {
    const ParameterInfo& p = table[i];
    const auto param = static_cast<Param>(i);  // the table is in Param's order
    const std::string& from = parameters.origin(param).file;
    if (from == "--set" || (from.empty() && parameters[param] != p.default_value))
      given.push_back({std::string(p.name), parameters[param]});
  }
  return given;
}

// The councils the run was told to play in beyond its scenario's own `areas:`
// (`--areas`, a sweep's arm), for its log.
std::vector<std::string> areas_given(const Scenario& scenario) {
  std::vector<std::string> areas;
  for (const auto& [area, place] : scenario.areas_named)
    if (place.file.empty() || place.file == "--areas") areas.push_back(area);
  return areas;
}

}  // namespace

GovernanceRun::GovernanceRun(const GovernanceModel& m, const RunOptions& opts, EventLog& event_log)
    : model(m),
      parameters(m.parameters()),
      network(m.arrangement().network),
      scenario(m.scenario()),
      options(opts),
      days(opts.days.value_or(m.scenario().days)),
      log(event_log, m.arrangement().network, simulation),
      streams(opts.seed, opts.replication),
      mail(*this),
      casework(*this),
      members(*this),
      decisions(*this),
      forums(*this),
      world(*this) {
  const std::size_t agents = boost::num_vertices(network);
  timing_.reserve(agents);
  judgement_.reserve(agents);
  handlers_.reserve(agents + 1);
  for (auto v : boost::make_iterator_range(boost::vertices(network))) {
    const RandomStream own = streams.stream(network[v].id);
    timing_.push_back(own.split(std::uint64_t{1}));
    judgement_.push_back(own.split(std::uint64_t{2}));
    handlers_.push_back(std::make_unique<AgentActor>(*this, v));
    simulation.attach(*handlers_.back());
  }
  handlers_.push_back(std::make_unique<WorldActor>(*this));
  world_handler = simulation.attach(*handlers_.back());
  for (const Inject& i : scenario.injects) {
    inject_subjects_.push_back(log.intern(i.subject));
    inject_notes_.push_back(log.intern(i.note));
  }
  for (const auto& [subject, area] : scenario.subject_area)
    subject_areas_.emplace(log.intern(subject), model.area_of_subject(subject));
}

RandomStream GovernanceRun::judgement(AgentVertex v, Judgement purpose, Symbol subject,
                                      std::uint64_t n) const {
  const std::uint64_t key = StableHash{}
                                .add_u64(static_cast<std::uint64_t>(purpose))
                                .add_text(network[v].id)
                                .add_u64(log.subject_hash(subject))
                                .add_u64(n)
                                .value();
  return judgement_[v].split(key);
}

void GovernanceRun::run() {
  log.run_started(log.intern(scenario.name), days);
  forums.start();
  for (int day = 0; day < static_cast<int>(std::ceil(days)); ++day)
    at_world(day, day_begins, static_cast<std::uint64_t>(day),
             -1);  // days begin before anything else that day
  for (std::size_t i = 0; i < scenario.injects.size(); ++i)
    if (scenario.injects[i].day < days) at_world(scenario.injects[i].day, inject_happens, i);
  for (std::size_t i = 0; i < scenario.decision_points.size(); ++i)
    if (scenario.decision_points[i].day < days) at_world(scenario.decision_points[i].day, decision_due, i);

  // Events exactly at the end day are left: the run covers [0, days).
  simulation.run_until(std::nextafter(days, 0.0));
  simulation.finish();
  log.run_ended(days);
}

void GovernanceRun::on_agent_event(AgentVertex agent, const Event& event) {
  const auto id = static_cast<std::uint32_t>(event.payload);
  switch (event.kind) {
    case deliver_item:
      mail.receive(agent, id);
      break;
    case handle_item:
      casework.handle(agent, id);
      break;
    case hold_meeting:
      forums.meet(agent);
      break;
    case release_hold:
      casework.release(agent, id);
      break;
    default:
      break;
  }
}

void GovernanceRun::on_world_event(const Event& event) {
  switch (event.kind) {
    case day_begins:
      world.begin_day(static_cast<int>(event.payload));
      break;
    case inject_happens:
      inject(event.payload);
      break;
    case decision_due:
      decisions.put(event.payload);
      break;
    case annual_report:
      forums.annual_report(static_cast<int>(event.payload));
      break;
    case send_reports:
      forums.send_reports(event.payload);
      break;
    case response_in_force:
      decisions.response_in_force(event.payload & 0xffffffffu, static_cast<AgentVertex>(event.payload >> 32));
      break;
    default:
      break;
  }
}

void GovernanceRun::inject(std::size_t index) {
  const Inject& inject = scenario.injects[index];
  const auto& bound = model.injects()[index];
  const AgentVertex sender = bound.from;
  log.inject(sender, inject_subjects_[index], inject_notes_[index], inject.recorded);
  world.apply(inject.changes, sender);
  for (const auto& [body, share] : bound.cuts) world.cut(body, share);
  if (bound.vacate != no_agent) {
    mail.vacate(bound.vacate);
    log.post_vacated(bound.vacate);
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
    if (item.type == ItemType::harm_notice) {
      item.new_case = true;
      item.harms = 1;
    }
    if (sender != no_agent) {
      log.item_raised(sender, recipient, item, inject_notes_[index], false);
      Item known = item;
      known.new_case = false;
      mail.learn(sender, known);  // whoever raises a matter knows of it
      if (!item.new_case) mail.carry_knowledge(sender, item);
    }
    mail.send_direct(sender, recipient, mail.create(item), Channel::inject, inject.recorded);
  }
}

void GovernanceModel::run(const RunOptions& options, EventLog& log) const {
  log.clear_records();
  log.provenance = {version,
                    scenario_->name,
                    options.seed,
                    options.replication,
                    inputs_,
                    parameters_given(parameters_),
                    areas_given(*scenario_),
                    options.days,
                    {}};
  GovernanceRun(*this, options, log).run();
}

}  // namespace govsim
