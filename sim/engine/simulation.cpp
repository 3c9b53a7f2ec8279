#include "engine/simulation.hpp"

#include <cmath>
#include <cstdlib>
#include <string>

namespace govsim {

HandlerId Simulation::attach(Handler& handler) {
  GOVSIM_ENFORCE(!started_, "handlers must be attached before the simulation starts");
  handlers_.push_back(&handler);
  return static_cast<HandlerId>(handlers_.size() - 1);
}

void Simulation::reject_schedule(SimTime at, HandlerId target) const {
  GOVSIM_ENFORCE(std::isfinite(at), "event scheduled at a non-finite time");
  GOVSIM_ENFORCE(at >= now_, "event scheduled in the past (at " + std::to_string(at) + ", now " +
                                 std::to_string(now_) + ")");
  GOVSIM_ENFORCE(target < handlers_.size(), "event addressed to an unknown handler");
  GOVSIM_ENFORCE(false, "too many events for one run");
  std::abort();  // unreachable: one of the checks above has thrown
}

void Simulation::start() {
  if (started_) return;
  started_ = true;
  for (Handler* handler : handlers_) handler->on_start(*this);
}

void Simulation::advance_clock(SimTime to) {
  if (to == now_) return;
  const SimTime from = now_;
  now_ = to;
  for (auto& observer : time_observers_) observer(from, to);
}

void Simulation::dispatch(const Event& event) {
  advance_clock(event.time);
  handlers_[event.target]->handle(event, *this);
  ++handled_;
  for (auto& observer : event_observers_) observer(event);
}

bool Simulation::step() {
  start();
  if (pending_.empty()) return false;
  dispatch(pending_.pop());
  return true;
}

void Simulation::run() {
  start();
  while (!pending_.empty()) dispatch(pending_.pop());
  finish();
}

void Simulation::run_until(SimTime until) {
  start();
  while (!pending_.empty() && pending_.peek().time <= until) dispatch(pending_.pop());
  if (std::isfinite(until) && until > now_) advance_clock(until);
}

void Simulation::finish() {
  if (finished_) return;
  finished_ = true;
  for (Handler* handler : handlers_) handler->on_finish(*this);
  for (auto& observer : end_observers_) observer(now_);
}

}  // namespace govsim
