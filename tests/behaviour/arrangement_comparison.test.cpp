// The point of govsim for a governance designer: the same scenario on a typical
// and on a weak arrangement must come out measurably different, in the direction
// the seeds predict, over many seeds (common random numbers: the same seeds on both).
#include <catch2/catch.hpp>

#include "analysis/awareness.hpp"
#include "experiment/prepared_run.hpp"

namespace {

struct Outcomes {
  double council_knows_day = 0.0;  // mean over seeds; a council that never knew counts as the end day
  double harm_before_accountable_awareness = 0.0;
  double harm = 0.0;
};

Outcomes outcomes_of(const std::string& arrangement, int seeds) {
  const auto prepared = govsim::prepare_run("expedited-discharge", arrangement);
  const std::string subject = prepared->scenario.scenario.cohorts.front().subject;
  govsim::EventLog log;
  Outcomes mean;
  for (int seed = 1; seed <= seeds; ++seed) {
    prepared->model->run({static_cast<std::uint64_t>(seed), 0, std::nullopt, nullptr, {}}, log);
    const auto a = govsim::awareness_of(log, prepared->arrangement.arrangement, subject);
    mean.council_knows_day += a.council_knows_day.value_or(prepared->scenario.scenario.days);
    mean.harm_before_accountable_awareness += a.harm_before_accountable_awareness;
    mean.harm += a.harm_total;
  }
  mean.council_knows_day /= seeds;
  mean.harm_before_accountable_awareness /= seeds;
  mean.harm /= seeds;
  return mean;
}

}  // namespace

TEST_CASE(
    "expedited discharge: the council knows sooner and fewer are harmed unseen under the typical arrangement",
    "[behaviour][comparison]") {
  const int seeds = 150;
  const Outcomes typical = outcomes_of("typical-scottish-ijb", seeds);
  const Outcomes weak = outcomes_of("weak-scottish-ijb", seeds);
  INFO("typical: council knows day " << typical.council_knows_day << ", harm before awareness "
                                     << typical.harm_before_accountable_awareness << ", harm "
                                     << typical.harm);
  INFO("weak:    council knows day " << weak.council_knows_day << ", harm before awareness "
                                     << weak.harm_before_accountable_awareness << ", harm " << weak.harm);
  CHECK(typical.council_knows_day < weak.council_knows_day);
  CHECK(typical.harm_before_accountable_awareness < weak.harm_before_accountable_awareness);
  CHECK(typical.harm < weak.harm);
}
