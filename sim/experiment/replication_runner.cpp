#include "experiment/replication_runner.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace govsim {

unsigned worker_threads(unsigned asked) {
  return asked > 0 ? asked : std::max(1u, std::thread::hardware_concurrency());
}

std::uint64_t run_replications(const ReplicationPlan& plan,
                               const std::function<void(ReplicationResult&&)>& collect) {
  // The jobs, in order; skipping what is done keeps the remaining order.
  std::vector<std::pair<std::size_t, std::uint64_t>> jobs;
  for (std::uint64_t r = 0; r < plan.replications; ++r)
    for (std::size_t a = 0; a < plan.arms.size(); ++a)
      if (!plan.done || !plan.done(a, r)) jobs.emplace_back(a, r);

  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<ReplicationResult> finished;
  unsigned running = std::max(1u, std::min<unsigned>(plan.threads, static_cast<unsigned>(jobs.size())));
  const unsigned workers = running;
  auto stopping = [&] { return plan.stop && plan.stop->load(std::memory_order_relaxed); };

  auto work = [&] {
    EventLog log;  // one per thread, reused: names are interned once
    for (;;) {
      if (stopping()) break;
      const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
      if (i >= jobs.size()) break;
      const auto [arm, replication] = jobs[i];
      const std::uint64_t stream = plan.stream ? plan.stream(arm, replication) : replication;
      ReplicationResult result = plan.arms[arm]->run(plan.seed, stream, log);
      result.arm = arm;
      result.replication = replication;
      result.stream = stream;
      std::lock_guard lock(mutex);
      finished.push_back(std::move(result));
      if (finished.size() == 1) ready.notify_one();  // the collector may sleep only on an empty queue
    }
    std::lock_guard lock(mutex);
    --running;
    ready.notify_one();
  };
  std::vector<std::thread> threads;
  if (jobs.empty()) return 0;
  for (unsigned t = 0; t < workers; ++t) threads.emplace_back(work);

  // Everything finished so far is taken at once: on a machine with as many
  // workers as cores, this thread waking once per run would take their time.
  std::uint64_t count = 0;
  std::deque<ReplicationResult> taken;
  for (;;) {
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return !finished.empty() || running == 0; });
      if (finished.empty() && running == 0) break;
      taken.swap(finished);
    }
    for (ReplicationResult& result : taken) {
      collect(std::move(result));
      ++count;
    }
    taken.clear();
  }
  for (std::thread& t : threads) t.join();
  return count;
}

}  // namespace govsim
