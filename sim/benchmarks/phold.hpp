#pragma once

#include <cstdint>

#include "engine/random_stream.hpp"
#include "engine/sim_time.hpp"

namespace govsim {

/// PHOLD, the standard benchmark of discrete-event engines (Fujimoto 1990), with
/// the semantics of ROSS's models/phold: each of `processes` logical processes
/// starts with `start_events` events to itself; handling an event sends one new
/// event, with probability `remote` to a process drawn uniformly from all of them
/// (itself included), else to itself, `lookahead + Exp(mean - lookahead)` days
/// later. Events at or after `end` are not scheduled.
struct PholdParameters {
  std::uint32_t processes = 1024;
  std::uint32_t start_events = 1;
  SimTime end = 15000.0;
  double remote = 1.0;
  double mean = 1.0;
  double lookahead = 0.0;
  std::uint64_t seed = 1;
};

struct PholdResult {
  std::uint64_t events = 0;
  double seconds = 0.0;  ///< the event loop only, not set-up
  double events_per_second() const { return seconds > 0 ? static_cast<double>(events) / seconds : 0.0; }
};

/// The one PHOLD rule, shared by the engine model and bench/'s bare heap loop so
/// that both do exactly the same random work and differ only in the engine.
struct PholdHop {
  std::uint32_t destination;
  double delay;
};
inline PholdHop phold_hop(const PholdParameters& p, std::uint32_t self, RandomStream& random) {
  std::uint32_t destination = self;
  if (p.remote >= 1.0 || (p.remote > 0.0 && random.bernoulli(p.remote)))
    destination = static_cast<std::uint32_t>(random.below(p.processes));
  return {destination, p.lookahead + random.exponential(p.mean - p.lookahead)};
}

/// Expected number of events: processes × start_events × end / mean.
double phold_expected_events(const PholdParameters& p);

/// Runs PHOLD through the govsim engine (Simulation, FutureEventSet, Handler):
/// the same code path the governance model uses.
PholdResult run_phold(const PholdParameters& parameters);

}  // namespace govsim
