#include "model/demo_escalation.hpp"

#include <array>
#include <string>

#include "engine/random_stream.hpp"
#include "engine/simulation.hpp"
#include "version.hpp"

namespace govsim {
namespace {

enum DemoEventKind : std::uint32_t { concern_arises = 0, concern_arrives = 1 };

struct ChainLink {
  const char* role;
  double resolve_probability;  // placeholder
};
constexpr std::array<ChainLink, 4> chain{
    {{"frontline_team", 0.5}, {"operational_manager", 0.5}, {"cswo", 0.6}, {"chief_executive", 1.0}}};

class ChainHolder final : public Handler {
 public:
  ChainHolder(std::size_t position, RandomStream random, const DemoEscalationParameters& parameters,
              EventLog& log)
      : position_(position),
        random_(random),
        parameters_(&parameters),
        log_(&log),
        me_(log.intern(chain[position].role)) {}

  void set_next(HandlerId next, Symbol next_name) {
    next_ = next;
    next_name_ = next_name;
  }
  void set_self(HandlerId self) { self_ = self; }

 private:
  void on_start(Simulation& simulation) override {
    if (position_ == 0) schedule_next_concern(simulation);
  }

  void handle(const Event& event, Simulation& simulation) override {
    const auto item = static_cast<std::uint32_t>(event.payload);
    const Symbol subject = log_->intern("concern-" + std::to_string(item));
    if (event.kind == concern_arises) {
      log_->append({.time = simulation.now(),
                    .item = item,
                    .actor = me_,
                    .subject = subject,
                    .what = log_->intern("concern"),
                    .kind = LogKind::item_raised,
                    .severity = 2});
      schedule_next_concern(simulation);
    } else {
      log_->append({.time = simulation.now(),
                    .item = item,
                    .actor = me_,
                    .subject = subject,
                    .what = log_->intern("concern"),
                    .kind = LogKind::item_received});
    }
    if (random_.bernoulli(chain[position_].resolve_probability)) {
      log_->append({.time = simulation.now(),
                    .item = item,
                    .actor = me_,
                    .subject = subject,
                    .kind = LogKind::item_resolved});
      return;
    }
    const Symbol route = log_->intern("escalates_to");
    log_->append({.time = simulation.now(),
                  .item = item,
                  .actor = me_,
                  .other = next_name_,
                  .subject = subject,
                  .channel = route,
                  .kind = LogKind::item_escalated});
    const SimTime at = simulation.now() + random_.exponential(parameters_->mean_hop_days);
    if (at < parameters_->days) {
      log_->append({.time = simulation.now(),
                    .value = at - simulation.now(),
                    .item = item,
                    .actor = me_,
                    .other = next_name_,
                    .subject = subject,
                    .channel = route,
                    .kind = LogKind::item_sent,
                    .flags = log_flag::recorded});
      simulation.schedule(at, next_, concern_arrives, item);
    }
  }

  void schedule_next_concern(Simulation& simulation) {
    const SimTime at = simulation.now() + random_.exponential(1.0 / parameters_->concerns_per_day);
    if (at < parameters_->days) simulation.schedule(at, self_, concern_arises, ++raised_);
  }

  std::size_t position_;
  RandomStream random_;
  const DemoEscalationParameters* parameters_;
  EventLog* log_;
  Symbol me_;
  HandlerId self_ = 0;
  HandlerId next_ = 0;
  Symbol next_name_ = no_symbol;
  std::uint64_t raised_ = 0;
};

}  // namespace

void run_demo_escalation(const DemoEscalationParameters& parameters, EventLog& log) {
  log.clear_records();
  log.provenance = {version, "demo-escalation-chain", parameters.seed, parameters.replication, {}};
  const RandomStreams streams(parameters.seed, parameters.replication);

  std::vector<ChainHolder> holders;
  holders.reserve(chain.size());
  Simulation simulation;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    holders.emplace_back(i, streams.stream(chain[i].role), parameters, log);
    holders[i].set_self(simulation.attach(holders[i]));
  }
  for (std::size_t i = 0; i + 1 < chain.size(); ++i)
    holders[i].set_next(static_cast<HandlerId>(i + 1), log.intern(chain[i + 1].role));

  log.append({.time = 0.0, .note = log.intern("demo escalation chain"), .kind = LogKind::run_started});
  simulation.run_until(parameters.days);
  simulation.finish();
  log.append({.time = parameters.days, .value = parameters.days, .kind = LogKind::run_ended});
}

}  // namespace govsim
