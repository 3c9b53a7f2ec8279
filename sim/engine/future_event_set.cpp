#include "engine/future_event_set.hpp"

namespace govsim {

bool FutureEventSet::remove(EventId id) {
  for (std::size_t i = 0; i < heap_.size(); ++i) {
    if (heap_[i].id() != id) continue;
    const Event last = heap_.back();
    heap_.pop_back();
    if (i == heap_.size()) return true;  // it was the last slot
    // The event moved into the hole may belong above it or below it.
    if (i > 0 && happens_before(last, heap_[(i - 1) / arity])) {
      heap_[i] = last;
      sift_up(i);
    } else {
      sift_down(i, last);
    }
    return true;
  }
  return false;
}

}  // namespace govsim
