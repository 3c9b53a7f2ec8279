#include "training/training_session.hpp"

#include <chrono>
#include <ctime>

#include "engine/enforce.hpp"
#include "io/stable_hash.hpp"

namespace govsim {

ChosenRun run_with_choices(const PreparedRun& prepared, std::uint64_t seed,
                           const std::vector<RoomChoice>& choices) {
  RoomDecisions room(prepared.model->scenario(), choices);
  ChosenRun out;
  RunOptions options;
  options.seed = seed;
  options.decisions = &room;
  prepared.model->run(options, out.log);
  out.met = room.met();
  out.pending = room.first_unchosen();
  out.days = prepared.model->scenario().days;
  return out;
}

EventLog log_prefix(const EventLog& log, std::size_t records) {
  EventLog prefix = log;
  prefix.keep_first(records);
  return prefix;
}

TrainingSession::TrainingSession(SessionRecord record) : record_(std::move(record)) {
  prepared_ = prepare_run(record_.scenario, record_.arrangement);
  if (record_.started.empty()) record_.started = utc_now();
  rerun();
}

void TrainingSession::rerun() {
  std::vector<RoomChoice> choices;
  for (const SessionChoice& c : record_.choices) choices.push_back(c.choice);
  run_ = run_with_choices(*prepared_, record_.seed, choices);
  record_.fingerprint = fingerprint_hex(run_.log.fingerprint());
  if (!run_.pending) record_.finished = true;
}

EventLog TrainingSession::shown_log() const {
  return run_.pending ? log_prefix(run_.log, run_.pending->records_before) : run_.log;
}

void TrainingSession::choose(int option) {
  GOVSIM_ENFORCE(run_.pending.has_value(), "no decision is waiting for the room");
  const DecisionMet& at = *run_.pending;
  const DecisionPoint& point = scenario().decision_points[at.point];
  GOVSIM_ENFORCE(option >= 0 && static_cast<std::size_t>(option) < point.options.size(), "no such option");
  record_.choices.push_back({{point.id, point.options[static_cast<std::size_t>(option)].id},
                             at.day,
                             utc_now(),
                             at.weighed,
                             at.advice_recommends,
                             at.advice_on_record});
  rerun();
}

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace govsim
