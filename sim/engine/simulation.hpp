#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "engine/event.hpp"
#include "engine/future_event_set.hpp"
#include "engine/handler.hpp"
#include "engine/sim_time.hpp"

namespace govsim {

/// The clock, the future event set and the dispatch loop of one run.
///
/// There is no global simulator: each run owns a Simulation and passes it by
/// reference, so tests are independent and replications can run side by side.
///
/// Contracts:
/// - events are handled in `happens_before` order (time, priority, insertion);
/// - the clock never goes backwards: scheduling before `now()` is a ContractViolation;
/// - observers are notified in registration order; `on_time_advance` fires before
///   the first event at a new time, `on_event` after each event is handled,
///   `on_end` once, from `finish()`;
/// - handlers are not owned and must outlive the Simulation's use of them.
class Simulation {
 public:
  using EventObserver = std::function<void(const Event&)>;
  using TimeObserver = std::function<void(SimTime from, SimTime to)>;
  using EndObserver = std::function<void(SimTime end)>;

  /// Registers a handler; events are addressed to the returned id.
  HandlerId attach(Handler& handler);

  /// Schedules an event at absolute time `at` (days). `at` must be ≥ now().
  EventId schedule(SimTime at, HandlerId target, std::uint32_t kind, std::uint64_t payload = 0,
                   Priority priority = 0) {
    // Inline: every handled event usually schedules another, so this is as hot
    // as the heap. `!(at >= now_)` also catches NaN.
    if (!(at >= now_) || !(at < infinity) || target >= handlers_.size() ||
        next_sequence_ > Event::sequence_mask)
      reject_schedule(at, target);
    const EventId id = next_sequence_++;
    pending_.insert(Event{at, Event::order_key(priority, id), target, kind, payload});
    return id;
  }
  /// Schedules an event `delay` days from now. `delay` must be ≥ 0.
  EventId schedule_in(SimTime delay, HandlerId target, std::uint32_t kind, std::uint64_t payload = 0,
                      Priority priority = 0) {
    return schedule(now_ + delay, target, kind, payload, priority);
  }
  /// Cancels a pending event; false if it was not pending.
  bool cancel(EventId id) { return pending_.remove(id); }

  /// Calls every handler's on_start once. Called by step/run/run_until if needed;
  /// call it yourself to separate set-up from the timed event loop.
  void start();
  /// Handles the next event. Returns false, handling nothing, when none is pending.
  bool step();
  /// Handles events until none is pending, then finishes.
  void run();
  /// Handles every event with time ≤ `until`, then sets the clock to `until`
  /// (if it is later). Does not finish: the run can continue.
  void run_until(SimTime until);
  /// Calls every handler's on_finish, then the on_end observers. Once only.
  void finish();

  SimTime now() const { return now_; }
  std::size_t pending() const { return pending_.size(); }
  std::uint64_t handled() const { return handled_; }
  bool finished() const { return finished_; }

  void on_event(EventObserver observer) { event_observers_.push_back(std::move(observer)); }
  void on_time_advance(TimeObserver observer) { time_observers_.push_back(std::move(observer)); }
  void on_end(EndObserver observer) { end_observers_.push_back(std::move(observer)); }

  /// Pre-sizes the future event set, for runs whose pending count is known.
  void reserve(std::size_t pending_events) { pending_.reserve(pending_events); }

 private:
  static constexpr SimTime infinity = std::numeric_limits<SimTime>::infinity();
  [[noreturn]] void reject_schedule(SimTime at, HandlerId target) const;
  void advance_clock(SimTime to);
  void dispatch(const Event& event);

  FutureEventSet pending_;
  std::vector<Handler*> handlers_;
  std::vector<EventObserver> event_observers_;
  std::vector<TimeObserver> time_observers_;
  std::vector<EndObserver> end_observers_;
  SimTime now_ = 0.0;
  std::uint64_t next_sequence_ = 0;
  std::uint64_t handled_ = 0;
  bool started_ = false;
  bool finished_ = false;
};

}  // namespace govsim
