#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "experiment/arm.hpp"

namespace govsim {

/// Which replications to run: every arm × replications 0..n−1 of one seed (so
/// replication k of every arm draws the same streams: common random numbers).
struct ReplicationPlan {
  std::vector<const PreparedArm*> arms;
  std::uint64_t replications = 0;
  std::uint64_t seed = 1;
  unsigned threads = 1;
  /// Which replication's streams an arm's replication k draws: k itself by default
  /// (paired: every arm the same streams); an unpaired sweep gives each arm its own.
  std::function<std::uint64_t(std::size_t arm, std::uint64_t replication)> stream;
  /// Runs already done (a resumed sweep): skipped.
  std::function<bool(std::size_t arm, std::uint64_t replication)> done;
  /// Set (from a signal handler, say) to stop: runs under way finish, no new one starts.
  const std::atomic<bool>* stop = nullptr;
};

/// The worker threads for `--threads T`: T, or every core for 0.
unsigned worker_threads(unsigned asked);

/// Runs the plan on `threads` worker threads, replication-major (all arms of
/// replication 0, then of 1...), so a stopped run leaves whole paired sets as far
/// as it got. `collect` is called on the calling thread only, once per finished
/// run, in the order runs finish (which depends on the threads; what a run yields
/// does not). Returns how many runs finished.
std::uint64_t run_replications(const ReplicationPlan& plan,
                               const std::function<void(ReplicationResult&&)>& collect);

}  // namespace govsim
