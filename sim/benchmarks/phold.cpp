#include "benchmarks/phold.hpp"

#include <chrono>
#include <vector>

#include "engine/enforce.hpp"
#include "engine/simulation.hpp"

namespace govsim {
namespace {

constexpr std::uint32_t phold_message = 0;

class PholdProcess final : public Handler {
 public:
  PholdProcess(const PholdParameters& parameters, std::uint32_t self, RandomStream random)
      : parameters_(&parameters), self_(self), random_(random) {}

 private:
  void on_start(Simulation& simulation) override {
    for (std::uint32_t i = 0; i < parameters_->start_events; ++i) {
      const double delay =
          parameters_->lookahead + random_.exponential(parameters_->mean - parameters_->lookahead);
      if (delay < parameters_->end) simulation.schedule(delay, self_, phold_message);
    }
  }

  void handle(const Event&, Simulation& simulation) override {
    const PholdHop hop = phold_hop(*parameters_, self_, random_);
    const SimTime at = simulation.now() + hop.delay;
    if (at < parameters_->end) simulation.schedule(at, hop.destination, phold_message);
  }

  const PholdParameters* parameters_;
  std::uint32_t self_;
  RandomStream random_;
};

}  // namespace

double phold_expected_events(const PholdParameters& p) {
  return static_cast<double>(p.processes) * p.start_events * p.end / p.mean;
}

PholdResult run_phold(const PholdParameters& parameters) {
  GOVSIM_ENFORCE(parameters.processes > 0, "PHOLD needs at least one process");
  GOVSIM_ENFORCE(parameters.mean >= parameters.lookahead, "PHOLD mean must be at least the lookahead");
  const RandomStreams streams(parameters.seed, 0);
  std::vector<PholdProcess> processes;
  processes.reserve(parameters.processes);
  Simulation simulation;
  simulation.reserve(std::size_t{parameters.processes} * parameters.start_events);
  for (std::uint32_t i = 0; i < parameters.processes; ++i) {
    processes.emplace_back(parameters, i, streams.stream(i));
    simulation.attach(processes.back());
  }
  simulation.start();
  const auto begin = std::chrono::steady_clock::now();
  simulation.run();
  const auto stop = std::chrono::steady_clock::now();
  return {simulation.handled(), std::chrono::duration<double>(stop - begin).count()};
}

}  // namespace govsim
