#pragma once

// A scenario and an arrangement written inline in a test, loaded, checked and
// run; with helpers to find records in the log by kind, actor and subject.
#include <catch2/catch.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "behaviour/governance_model.hpp"
#include "scenario/arrangement_loader.hpp"
#include "scenario/scenario_loader.hpp"

namespace govsim::test {

inline std::string all_findings(const Findings& findings) {
  std::string text;
  for (const Finding& f : findings.items()) text += f.format() + "\n";
  return text;
}

class SmallRun {
 public:
  SmallRun(const std::string& arrangement_yaml, const std::string& scenario_yaml) {
    arrangement_ = load_arrangement({"arrangement.yaml", arrangement_yaml, false});
    INFO(all_findings(arrangement_.findings));
    REQUIRE_FALSE(arrangement_.findings.has_errors());
    scenario_ = load_scenario({"scenario.yaml", scenario_yaml, false});
    INFO(all_findings(scenario_.findings));
    REQUIRE_FALSE(scenario_.findings.has_errors());
    Findings fit;
    check_scenario_against(scenario_.scenario, arrangement_.arrangement, fit);
    INFO(all_findings(fit));
    REQUIRE_FALSE(fit.has_errors());
    model_.emplace(arrangement_.arrangement, scenario_.scenario);
  }
  SmallRun(const SmallRun&) = delete;

  const EventLog& run(std::uint64_t seed = 1, DecisionMaker* decisions = nullptr) {
    model_->run({seed, 0, std::nullopt, decisions, {}}, log_);
    return log_;
  }
  /// One replication with options of the test's own (forced options, days...).
  const EventLog& run_with(const RunOptions& options) {
    model_->run(options, log_);
    return log_;
  }
  const EventLog& log() const { return log_; }
  const Arrangement& arrangement() const { return arrangement_.arrangement; }
  const Scenario& scenario() const { return scenario_.scenario; }

  /// Records of a kind, optionally only those whose actor (and subject) match.
  std::vector<LogRecord> records(LogKind kind, const std::string& actor = "",
                                 const std::string& subject = "") const {
    std::vector<LogRecord> found;
    for (const LogRecord& r : log_.records())
      if (r.kind == kind && (actor.empty() || log_.text(r.actor) == actor) &&
          (subject.empty() || log_.text(r.subject) == subject))
        found.push_back(r);
    return found;
  }
  std::optional<LogRecord> first(LogKind kind, const std::string& actor = "",
                                 const std::string& subject = "") const {
    const auto all = records(kind, actor, subject);
    if (all.empty()) return std::nullopt;
    return all.front();
  }
  std::string text(Symbol symbol) const { return std::string(log_.text(symbol)); }

  /// The whole log, one record a line, for a failure message.
  std::string story() const {
    std::ostringstream out;
    for (const LogRecord& r : log_.records())
      out << r.time << ' ' << to_string(r.kind) << ' ' << log_.text(r.actor) << " -> " << log_.text(r.other)
          << " [" << log_.text(r.subject) << "] " << log_.text(r.what) << " item " << r.item << " value "
          << r.value << " severity " << static_cast<int>(r.severity) << " flags " << static_cast<int>(r.flags)
          << ' ' << log_.text(r.channel) << ' ' << log_.text(r.note) << '\n';
    return out.str();
  }

 private:
  LoadedArrangement arrangement_;
  LoadedScenario scenario_;
  std::optional<GovernanceModel> model_;
  EventLog log_;
};

/// A small Scottish area, enough for behaviour tests: a frontline team managed
/// by an operational manager, managed by the CSWO, line-managed by the chief
/// executive; an IJB of three councillors and three NHS members that meets
/// every 10 days from day 0 and allows urgent business; a scrutiny committee.
inline const char* small_area = R"(
jurisdiction: scotland
agents:
  - {id: leader, role: leader}
  - {id: lead_member, role: lead_member}
  - {id: cllr, role: councillor}
  - {id: full_council, role: full_council, members: ["@elected_members"], meets_every_days: 30}
  - {id: scrutiny, role: scrutiny_committee, members: [cllr], meets_every_days: 30}
  - {id: chief_executive, role: chief_executive}
  - {id: cswo, role: cswo, response_days: 0.5}
  - {id: manager, role: operational_manager, response_days: 0.5}
  - {id: team, role: frontline_team, response_days: 0.5}
  - {id: ne1, role: health_board_non_executive}
  - {id: ne2, role: health_board_non_executive}
  - {id: ne3, role: health_board_non_executive}
  - {id: nhs, role: health_board, members: [ne1, ne2, ne3]}
  - {id: ijb, role: ijb, members: [leader, lead_member, cllr, ne1, ne2, ne3, cswo], meets_every_days: 10,
     urgent_business: true}
  - {id: public, role: constituents}
  - {id: users, role: service_users}
  - {id: inspectorate, role: regulator}
links:
  - {from: chief_executive, type: line_manages, to: cswo, latency: 1}
  - {from: cswo, type: line_manages, to: manager, latency: 1}
  - {from: manager, type: line_manages, to: team, latency: 1}
  - {from: cswo, type: advises, to: ijb, latency: 1}
  - {from: cswo, type: has_access_to, to: lead_member, latency: 1}
  - {from: cswo, type: accountable_to, to: full_council, latency: 1}
  - {from: cswo, type: reports_to, to: full_council, latency: 1}
  - {from: cswo, type: reports_to, to: ijb, latency: 1}
  - {from: chief_executive, type: accountable_to, to: full_council, latency: 1}
  - {from: "@elected_members", type: has_access_to, to: cswo, latency: 1}
  - {from: public, type: has_access_to, to: cllr, latency: 0}
  - {from: full_council, type: delegates, to: ijb}
  - {from: ijb, type: directs, to: full_council, latency: 1}
  - {from: ijb, type: reports_to, to: full_council}
  - {from: inspectorate, type: reports_to, to: full_council, latency: 1}
scheme_of_delegation:
  - {decision: discharge_procedure, taken_by: ijb, advice_from: cswo, social_work_function: true}
)";

/// A decision point on small_area's discharge procedure (the IJB decides, the
/// CSWO advises), with people whose care it changes: adopting as proposed meets
/// the aim in full but leaves half of them without care; adopting safely costs a
/// little and meets most of the aim. Nobody is at risk before the decision, so
/// no harm is on the IJB's desk: weighed on its own it adopts; with the CSWO's
/// recorded advice it adopts safely (docs/model.md, "Decisions").
inline const char* small_decision = R"(
days: 40
conditions: {risk: 0.0}
cohorts:
  - {id: people, agent: users, served_by: team, subject: people-at-risk, arrivals_per_day: 4, unmet_share: risk,
     harm_per_day_unmet: 0.02, days_at_risk: 14}
decision_points:
  - id: procedure
    day: 2
    decision: discharge_procedure
    subject: procedure
    proposal: adopt
    options:
      adopt: {set: {risk: 0.5}, performance: 1.0}
      adopt_safely: {set: {risk: 0.05}, performance: 0.8, cost: 0.2}
)";

}  // namespace govsim::test
