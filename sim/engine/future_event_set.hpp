#pragma once

#include <cstddef>
#include <vector>

#include "engine/enforce.hpp"
#include "engine/event.hpp"

namespace govsim {

/// The pending events of a simulation, earliest first by `happens_before`.
///
/// One implementation: an implicit 4-ary min-heap over a flat vector. Four
/// children per node halve the depth of a binary heap and keep siblings in one
/// cache line, and the vector means no allocation per event once it has grown.
/// The class is not virtual on purpose: the engine's inner loop calls it for every
/// event and a virtual call would cost more than the heap step itself.
///
/// Guarantees: `pop` returns events in `happens_before` order; `remove` takes an
/// event out so it will never be returned; all operations are deterministic.
class FutureEventSet {
 public:
  void insert(const Event& event) {
    heap_.push_back(event);
    sift_up(heap_.size() - 1);
  }

  /// The earliest pending event. Precondition: not empty.
  const Event& peek() const {
    GOVSIM_ENFORCE(!heap_.empty(), "peek on an empty future event set");
    return heap_.front();
  }

  /// Takes the earliest pending event out. Precondition: not empty.
  Event pop() {
    GOVSIM_ENFORCE(!heap_.empty(), "pop on an empty future event set");
    Event top = heap_.front();
    Event last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0, last);
    return top;
  }

  /// Removes the pending event with this id; false if it is not pending (already
  /// handled, already removed, or never scheduled). Linear in the number of
  /// pending events: cancellation is rare in governance models, and paying for it
  /// here keeps insert and pop free of any bookkeeping.
  bool remove(EventId id);

  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  void reserve(std::size_t n) { heap_.reserve(n); }
  void clear() { heap_.clear(); }

 private:
  static constexpr std::size_t arity = 4;

  void sift_up(std::size_t index) {
    Event moving = heap_[index];
    while (index > 0) {
      const std::size_t parent = (index - 1) / arity;
      if (!happens_before(moving, heap_[parent])) break;
      heap_[index] = heap_[parent];
      index = parent;
    }
    heap_[index] = moving;
  }

  // Moves `moving` down from the hole at `index` to its place.
  void sift_down(std::size_t index, const Event& moving) {
    const std::size_t n = heap_.size();
    for (;;) {
      const std::size_t first = index * arity + 1;
      if (first >= n) break;
      std::size_t best = first;
      const std::size_t last = first + arity < n ? first + arity : n;
      for (std::size_t child = first + 1; child < last; ++child)
        if (happens_before(heap_[child], heap_[best])) best = child;
      if (!happens_before(heap_[best], moving)) break;
      heap_[index] = heap_[best];
      index = best;
    }
    heap_[index] = moving;
  }

  std::vector<Event> heap_;
};

}  // namespace govsim
