#pragma once

#include <cstdint>

#include "engine/event_log.hpp"
#include "engine/sim_time.hpp"

namespace govsim {

/// A stand-in model until arrangements and scenarios exist: concerns arise in a
/// frontline team and climb a fixed chain (frontline team → operational manager →
/// CSWO → chief executive), each holder resolving or escalating. Its only purpose
/// is to drive the real engine and event log end to end; every rate below is a
/// placeholder, not a claim about any council.
struct DemoEscalationParameters {
  SimTime days = 120.0;
  double concerns_per_day = 0.5;  ///< placeholder arrival rate
  double mean_hop_days = 2.0;     ///< placeholder latency of each escalation
  std::uint64_t seed = 1;
  std::uint64_t replication = 0;
};

/// Runs the demo and fills `log` (cleared first) with what happened.
void run_demo_escalation(const DemoEscalationParameters& parameters, EventLog& log);

}  // namespace govsim
