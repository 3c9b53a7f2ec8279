#pragma once

#include <atomic>

namespace govsim::cli {

/// While it lives, Ctrl-C (SIGINT) and a polite kill (SIGTERM) do not end the
/// program: they set a flag that long runs read, so that runs under way finish,
/// what is done is kept, and the command says how to go on. The handlers that
/// were there before come back when it ends. One at a time.
class StopOnInterrupt {
 public:
  StopOnInterrupt();
  ~StopOnInterrupt();
  StopOnInterrupt(const StopOnInterrupt&) = delete;
  StopOnInterrupt& operator=(const StopOnInterrupt&) = delete;

  const std::atomic<bool>& flag() const;
  bool requested() const { return flag().load(); }

 private:
  void (*previous_int_)(int);
  void (*previous_term_)(int);
};

}  // namespace govsim::cli
