#pragma once

#include "engine/event.hpp"

namespace govsim {

class Simulation;

/// Something that takes part in a simulation: an agent, a body, a PHOLD process.
/// Only the engine calls these hooks (as OMNeT++'s initialize/handleMessage/finish);
/// the checks and observer notifications around them live in Simulation, so an
/// implementation cannot skip them.
class Handler {
 public:
  virtual ~Handler() = default;

 protected:
  Handler() = default;
  Handler(const Handler&) = default;
  Handler& operator=(const Handler&) = default;

 private:
  friend class Simulation;
  /// Once, before the first event is handled: schedule initial events here.
  virtual void on_start(Simulation&) {}
  /// One event addressed to this handler, at `simulation.now() == event.time`.
  virtual void handle(const Event& event, Simulation& simulation) = 0;
  /// Once, when the run is finished.
  virtual void on_finish(Simulation&) {}
};

}  // namespace govsim
