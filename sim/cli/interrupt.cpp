#include "cli/interrupt.hpp"

#include <csignal>

namespace govsim::cli {
namespace {

std::atomic<bool> stop_requested{false};
extern "C" void govsim_request_stop(int) { stop_requested.store(true); }

}  // namespace

StopOnInterrupt::StopOnInterrupt() {
  stop_requested = false;
  previous_int_ = std::signal(SIGINT, govsim_request_stop);
  previous_term_ = std::signal(SIGTERM, govsim_request_stop);
}

StopOnInterrupt::~StopOnInterrupt() {
  std::signal(SIGINT, previous_int_);
  std::signal(SIGTERM, previous_term_);
}

const std::atomic<bool>& StopOnInterrupt::flag() const { return stop_requested; }

}  // namespace govsim::cli
