#include <catch2/catch.hpp>
#include <cmath>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/escalation_paths.hpp"
#include "analysis/gap_finder.hpp"
#include "scenario/run_parameters.hpp"
#include "support/small_run.hpp"
#include "support/text_edit.hpp"

using govsim::test::adding;
using govsim::test::with;

// Each accountability gap of docs/gaps.md, found where it must be and not found
// in a near miss: static gaps on a crafted arrangement, dynamic gaps on the log of
// a small run whose randomness is pinned down by a fixed seed and behaviour
// parameters of 0 or 1.

namespace {

using govsim::Gap;
using govsim::GapType;
using govsim::LogKind;
using govsim::test::small_area;

std::string describe(const std::vector<Gap>& gaps) {
  std::string text;
  for (const Gap& g : gaps) {
    text += std::string(to_string(g.type)) + " [" + g.subject + "] {";
    for (const auto& a : g.agents) text += a + " ";
    text += "} " + g.explanation + "\n";
  }
  return text;
}

std::vector<Gap> of_type(const std::vector<Gap>& gaps, GapType type) {
  std::vector<Gap> found;
  std::copy_if(gaps.begin(), gaps.end(), std::back_inserter(found),
               [&](const Gap& g) { return g.type == type; });
  return found;
}

bool involves(const Gap& gap, const std::string& agent) {
  return std::find(gap.agents.begin(), gap.agents.end(), agent) != gap.agents.end();
}

/// The explanation cites the rule broken, as "(TYPE: rule)".
// A gap's explanation is one plain sentence: no snake_case id (agent, gap type,
// decision type) reaches the reader; the rule it breaks is shown beside it.
bool reads_plainly(const Gap& gap) {
  return gap.explanation.find('_') == std::string::npos && !gap.explanation.empty() &&
         gap.explanation.back() == '.' && !rule_of(gap.type).empty();
}

// --- static gaps -------------------------------------------------------------

std::vector<Gap> static_gaps_of(const std::string& arrangement_yaml) {
  const auto loaded = govsim::load_arrangement({"a.yaml", arrangement_yaml, false});
  INFO(govsim::test::all_findings(loaded.findings));
  REQUIRE_FALSE(loaded.findings.has_errors());
  return govsim::static_gaps(loaded.arrangement);
}

// --- dynamic gaps ------------------------------------------------------------

/// An arrangement and a scenario, loaded, run once and analysed.
class Analysed {
 public:
  Analysed(const std::string& arrangement_yaml, const std::string& scenario_yaml, std::uint64_t seed = 1)
      : arrangement_(govsim::load_arrangement({"arrangement.yaml", arrangement_yaml, false})),
        scenario_(govsim::load_scenario({"scenario.yaml", scenario_yaml, false})) {
    INFO(govsim::test::all_findings(arrangement_.findings));
    REQUIRE_FALSE(arrangement_.findings.has_errors());
    INFO(govsim::test::all_findings(scenario_.findings));
    REQUIRE_FALSE(scenario_.findings.has_errors());
    govsim::Findings fit;
    govsim::check_scenario_against(scenario_.scenario, arrangement_.arrangement, fit);
    INFO(govsim::test::all_findings(fit));
    REQUIRE_FALSE(fit.has_errors());
    const govsim::GovernanceModel model(arrangement_.arrangement, scenario_.scenario);
    model.run({seed, 0, std::nullopt, nullptr, {}}, log_);
    const govsim::Scenario& s = scenario_.scenario;
    paths_ = govsim::escalation_paths(
        log_, govsim::run_parameters(arrangement_.arrangement, s)[govsim::Param::hold_limit_days], s.days);
    gaps_ = govsim::dynamic_gaps(log_, arrangement_.arrangement, s, paths_, s.days);
  }
  Analysed(const Analysed&) = delete;

  std::vector<Gap> gaps(GapType type) const { return of_type(gaps_, type); }
  const std::vector<Gap>& all() const { return gaps_; }
  const govsim::EventLog& log() const { return log_; }

  /// How many records of a kind the run logged, optionally only of one actor.
  std::size_t count(govsim::LogKind kind, const std::string& actor = "",
                    const std::string& subject = "") const {
    return static_cast<std::size_t>(
        std::count_if(log_.records().begin(), log_.records().end(), [&](const govsim::LogRecord& r) {
          return r.kind == kind && (actor.empty() || log_.text(r.actor) == actor) &&
                 (subject.empty() || log_.text(r.subject) == subject);
        }));
  }

  /// The log and the gaps, for a failure message.
  std::string story() const {
    std::ostringstream out;
    for (const govsim::LogRecord& r : log_.records())
      out << r.time << ' ' << to_string(r.kind) << ' ' << log_.text(r.actor) << " -> " << log_.text(r.other)
          << " [" << log_.text(r.subject) << "] item " << r.item << " value " << r.value << " severity "
          << static_cast<int>(r.severity) << ' ' << log_.text(r.channel) << ' ' << log_.text(r.note) << '\n';
    out << "gaps:\n" << describe(gaps_);
    return out.str();
  }

 private:
  govsim::LoadedArrangement arrangement_;
  govsim::LoadedScenario scenario_;
  govsim::EventLog log_;
  std::vector<govsim::EscalationPath> paths_;
  std::vector<Gap> gaps_;
};

}  // namespace

// --- no_owner ----------------------------------------------------------------

TEST_CASE("a decision type that two bodies may take has no single owner", "[gaps]") {
  SECTION("taken by the IJB or the full council: no_owner") {
    const auto gaps = static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: [ijb, full_council],"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::no_owner);
    REQUIRE(found.size() == 1);
    CHECK(involves(found[0], "ijb"));
    CHECK(involves(found[0], "full_council"));
    CHECK(found[0].subject.empty());
    CHECK_FALSE(found[0].day.has_value());
    CHECK(found[0].explanation.find("discharge procedure") != std::string::npos);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: taken by the IJB alone") {
    const auto gaps = static_gaps_of(small_area);
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::no_owner).empty());
  }
}

TEST_CASE("a decision type with nobody named to take it has no owner", "[gaps]") {
  SECTION("an empty taken_by: no_owner, as an error") {
    const auto gaps = static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: [],"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::no_owner);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == 4);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: a single named taker") {
    CHECK(of_type(static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: [ijb],")), GapType::no_owner)
              .empty());
  }
}

// --- no_forum ----------------------------------------------------------------

TEST_CASE("an officer who takes decisions without answering to any forum has no forum", "[gaps]") {
  SECTION("the operational manager decides, and is accountable to nobody: no_forum") {
    const auto gaps = static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: manager,"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::no_forum);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"manager"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the chief executive decides, and is accountable to the full council") {
    const auto gaps = static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: chief_executive,"));
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::no_forum).empty());
  }
  SECTION("near miss: the manager decides, accountable to the CSWO who answers to the council") {
    const auto gaps = static_gaps_of(with(with(small_area, "taken_by: ijb,", "taken_by: manager,"),
                                          "links:\n", "links:\n  - manager accountable_to cswo\n"));
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::no_forum).empty());
  }
}

// --- self_accountability -----------------------------------------------------

TEST_CASE("an adviser who also takes the decision is accountable only to itself", "[gaps]") {
  SECTION("the CSWO advises on, and takes, the discharge decision: self_accountability") {
    const auto gaps = static_gaps_of(with(small_area, "taken_by: ijb,", "taken_by: cswo,"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::self_accountability);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO advises and the IJB decides") {
    const auto gaps = static_gaps_of(small_area);
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::self_accountability).empty());
  }
}

TEST_CASE("an officer accountable to itself is both actor and forum", "[gaps]") {
  SECTION("the chief executive is accountable to the chief executive: self_accountability") {
    const auto gaps = static_gaps_of(
        with(small_area, "links:\n", "links:\n  - chief_executive accountable_to chief_executive\n"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::self_accountability);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"chief_executive"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the chief executive is accountable to the full council") {
    const auto gaps = static_gaps_of(small_area);
    CHECK(of_type(gaps, GapType::self_accountability).empty());
  }
}

TEST_CASE("a CSWO who is also the IJB chief officer advises on and answers for the same decisions",
          "[gaps]") {
  SECTION("one person holds both roles: self_accountability") {
    const auto gaps = static_gaps_of(
        with(small_area, "{id: cswo, role: cswo,", "{id: cswo, roles: [cswo, ijb_chief_officer],"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::self_accountability);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO is also a head of service") {
    const auto gaps = static_gaps_of(
        with(small_area, "{id: cswo, role: cswo,", "{id: cswo, roles: [cswo, head_of_service],"));
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::self_accountability).empty());
  }
}

// --- vacancy -----------------------------------------------------------------

TEST_CASE("a statutory post left vacant with nobody deputising is a vacancy", "[gaps]") {
  SECTION("in the arrangement: the CSWO post is vacant, no deputy") {
    const auto gaps =
        static_gaps_of(with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, vacant: true,"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::vacancy);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    CHECK(found[0].severity == 4);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("in the arrangement: the CSWO post and its deputy are both vacant") {
    const auto gaps = static_gaps_of(with(
        with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, vacant: true, deputy: manager,"),
        "{id: manager, role: operational_manager,",
        "{id: manager, role: operational_manager, vacant: true,"));
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::vacancy);
    REQUIRE(found.size() == 1);
    CHECK(involves(found[0], "cswo"));
    CHECK(involves(found[0], "manager"));
  }
  SECTION("near miss in the arrangement: the vacant CSWO post is covered by a deputy") {
    const auto gaps = static_gaps_of(
        with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, vacant: true, deputy: manager,"));
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::vacancy).empty());
  }
  SECTION("near miss in the arrangement: a vacant post that is not statutory") {
    const auto gaps = static_gaps_of(with(small_area, "{id: manager, role: operational_manager,",
                                          "{id: manager, role: operational_manager, vacant: true,"));
    INFO(describe(gaps));
    CHECK(of_type(gaps, GapType::vacancy).empty());
  }
  SECTION("in a run: the CSWO post falls vacant with no deputy") {
    const Analysed run(small_area, R"(
days: 20
injects:
  - {day: 3, vacate: cswo}
)");
    INFO(run.story());
    const auto found = run.gaps(GapType::vacancy);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    CHECK(found[0].subject.empty());
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 3.0);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss in a run: the CSWO post falls vacant and its deputy covers it") {
    const Analysed run(with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, deputy: manager,"),
                       R"(
days: 20
injects:
  - {day: 3, vacate: cswo}
)");
    INFO(run.story());
    CHECK(run.count(LogKind::post_vacated, "cswo") == 1);
    CHECK(run.gaps(GapType::vacancy).empty());
  }
}

// --- blocked_escalation ----------------------------------------------------

TEST_CASE("a concern that stops with a team that has no onward route is a blocked escalation", "[gaps]") {
  const std::string unmanaged_team =
      with(small_area, "  - {from: manager, type: line_manages, to: team, latency: 1}\n", "");
  const std::string concern = R"(
days: 20
injects:
  - {day: 1, what: concern, from: users, to: team, subject: stuck, severity: 4}
)";
  SECTION("in the arrangement: the team has no manager and no other route") {
    const auto gaps = static_gaps_of(unmanaged_team);
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::blocked_escalation);
    CHECK(std::count_if(found.begin(), found.end(), [](const Gap& g) { return involves(g, "team"); }) == 1);
    for (const Gap& g : found) CHECK(reads_plainly(g));
  }
  SECTION("near miss in the arrangement: the team's manager is its route") {
    const auto gaps = static_gaps_of(small_area);
    INFO(describe(gaps));
    const auto found = of_type(gaps, GapType::blocked_escalation);
    CHECK(std::none_of(found.begin(), found.end(), [](const Gap& g) { return involves(g, "team"); }));
  }
  SECTION("in a run: the concern is blocked at the team") {
    const Analysed run(unmanaged_team, concern);
    INFO(run.story());
    const auto found = run.gaps(GapType::blocked_escalation);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "stuck");
    CHECK(found[0].agents == std::vector<std::string>{"team"});
    CHECK(found[0].explanation.find("no onward route") != std::string::npos);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss in a run: the concern climbs to the full council") {
    const Analysed run(small_area, concern);
    INFO(run.story());
    CHECK(run.count(LogKind::item_received, "full_council") == 1);
    CHECK(run.gaps(GapType::blocked_escalation).empty());
  }
}

TEST_CASE("a concern escalated to the chief executive and never acknowledged is a blocked escalation",
          "[gaps]") {
  const std::string concern = R"(
days: 30
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: unread, severity: 4}
)";
  SECTION("the chief executive takes longer than the run to respond") {
    const Analysed run(with(small_area, "{id: chief_executive, role: chief_executive}",
                            "{id: chief_executive, role: chief_executive, response_days: 100}"),
                       concern);
    INFO(run.story());
    const auto found = run.gaps(GapType::blocked_escalation);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "unread");
    CHECK(found[0].agents == std::vector<std::string>{"cswo", "chief_executive"});
    CHECK(found[0].links == std::vector<std::string>{"cswo line_manages chief_executive"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the chief executive responds in a day and takes it to the council") {
    const Analysed run(with(small_area, "{id: chief_executive, role: chief_executive}",
                            "{id: chief_executive, role: chief_executive, response_days: 1}"),
                       concern);
    INFO(run.story());
    CHECK(run.count(LogKind::item_escalated, "chief_executive") == 1);
    CHECK(run.gaps(GapType::blocked_escalation).empty());
  }
}

// --- silent ------------------------------------------------------------------

TEST_CASE("a serious concern that no forum hears of within the reporting window is silent", "[gaps]") {
  SECTION("a severity-3 concern stops with the CSWO, below its threshold: silent") {
    const Analysed run(small_area, R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: quiet, severity: 3}
)");
    INFO(run.story());
    const auto found = run.gaps(GapType::silent);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "quiet");
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 1.0 + 28.0);
    CHECK(involves(found[0], "team"));
    CHECK(involves(found[0], "manager"));
    CHECK(involves(found[0], "cswo"));
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: a severity-4 concern, the CSWO escalates it and briefs the lead member") {
    const Analysed run(with(small_area, "{id: lead_member, role: lead_member}",
                            "{id: lead_member, role: lead_member, response_days: 1}"),
                       R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: quiet, severity: 4}
)");
    INFO(run.story());
    CHECK(run.count(LogKind::became_aware, "lead_member") == 1);
    CHECK(run.gaps(GapType::silent).empty());
  }
  SECTION("near miss: the window has not closed when the run ends") {
    const Analysed run(small_area, R"(
days: 20
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: quiet, severity: 3}
)");
    INFO(run.story());
    CHECK(run.gaps(GapType::silent).empty());
  }
  SECTION("near miss: a minor concern (severity 2) need not reach a forum") {
    const Analysed run(small_area, R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: quiet, severity: 2}
)");
    INFO(run.story());
    CHECK(run.gaps(GapType::silent).empty());
  }
}

// --- rubber_stamp ------------------------------------------------------------

TEST_CASE("a forum that notes a report from the CSWO without asking a question is a rubber stamp", "[gaps]") {
  const std::string report = R"(
days: 20
injects:
  - {day: 1, what: report, from: cswo, to: ijb, subject: waiting-list, severity: 2}
)";
  SECTION("the IJB never questions: rubber_stamp") {
    const Analysed run(small_area, report + "parameters: {forum_question_probability: 0}\n");
    INFO(run.story());
    const auto found = run.gaps(GapType::rubber_stamp);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "waiting-list");
    CHECK(found[0].agents == std::vector<std::string>{"ijb", "cswo"});
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 10.0);  // the IJB's meeting
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the IJB always questions") {
    const Analysed run(small_area, report + "parameters: {forum_question_probability: 1}\n");
    INFO(run.story());
    CHECK(run.count(LogKind::question_asked, "ijb") == 1);
    CHECK(run.gaps(GapType::rubber_stamp).empty());
  }
}

// --- no_consequence ----------------------------------------------------------

TEST_CASE("an action a forum requires that is not closed by its deadline has no consequence", "[gaps]") {
  // A severity-4 report: the IJB (threshold 4) questions the CSWO and requires
  // action at its meeting on day 10. The action is due at the IJB's first meeting
  // at least action_deadline_days on, where the CSWO's answer can close it.
  const std::string report = R"(
days: 60
injects:
  - {day: 1, what: report, from: cswo, to: ijb, subject: delayed-discharge, severity: 4}
)";
  SECTION("the CSWO does not answer before the deadline: no_consequence") {
    const Analysed run(with(small_area, "{id: cswo, role: cswo, response_days: 0.5}",
                            "{id: cswo, role: cswo, response_days: 100}"),
                       report + "parameters: {forum_question_probability: 1, action_deadline_days: 5}\n");
    INFO(run.story());
    const auto found = run.gaps(GapType::no_consequence);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].subject == "delayed-discharge");
    CHECK(found[0].agents == std::vector<std::string>{"ijb", "cswo"});
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 20.0);  // the first IJB meeting at least five days after day 10
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO answers and the next meeting closes it") {
    const Analysed run(small_area,
                       report + "parameters: {forum_question_probability: 1, action_deadline_days: 5}\n");
    INFO(run.story());
    CHECK(run.count(LogKind::action_required, "ijb") >= 1);
    CHECK(run.count(LogKind::action_closed, "ijb") >= 1);
    CHECK(run.gaps(GapType::no_consequence).empty());
  }
}

TEST_CASE(
    "a forum that accepts a report back as closing its action does not require it again at that sitting",
    "[gaps][forum]") {
  // The CSWO answers each question before the next IJB meeting, which closes the
  // action; requiring it again at the same sitting would read as a demand ignored.
  const Analysed run(small_area, R"(
days: 60
injects:
  - {day: 1, what: report, from: cswo, to: ijb, subject: delayed-discharge, severity: 4}
parameters: {forum_question_probability: 1, action_deadline_days: 5}
)");
  INFO(run.story());
  const auto& records = run.log().records();
  std::size_t closed = 0;
  for (const govsim::LogRecord& c : records) {
    if (c.kind != LogKind::action_closed) continue;
    ++closed;
    CHECK(std::none_of(records.begin(), records.end(), [&](const govsim::LogRecord& r) {
      return r.kind == LogKind::action_required && r.time == c.time && r.actor == c.actor &&
             r.other == c.other && r.subject == c.subject;
    }));
  }
  CHECK(closed >= 1);
  // The last action is due at a meeting on day 60, which the run does not hold.
  CHECK(run.gaps(GapType::no_consequence).empty());
}

// --- advice_bypass -----------------------------------------------------------

namespace {
const std::string discharge_decision = govsim::test::small_decision;
}  // namespace

TEST_CASE("a decision on a social work function taken without recorded CSWO advice is an advice bypass",
          "[gaps]") {
  SECTION("the CSWO's advice reaches the IJB off the record: advice_bypass") {
    const Analysed run(with(small_area, "{from: cswo, type: advises, to: ijb, latency: 1}",
                            "{from: cswo, type: advises, to: ijb, latency: 1, recorded: false}"),
                       discharge_decision);
    INFO(run.story());
    const auto found = run.gaps(GapType::advice_bypass);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "procedure");
    CHECK(found[0].agents == std::vector<std::string>{"ijb", "cswo"});
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 10.0);
    CHECK(found[0].explanation.find("without recorded advice") != std::string::npos);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO's advice is on the record") {
    const Analysed run(small_area, discharge_decision);
    INFO(run.story());
    REQUIRE(run.count(LogKind::decision_taken, "ijb") == 1);
    CHECK(run.count(LogKind::advice_overruled) == 0);
    CHECK(run.gaps(GapType::advice_bypass).empty());
  }
  SECTION("near miss: a decision without recorded advice on a function that is not social work") {
    const Analysed run(with(small_area, "advice_from: cswo, social_work_function: true",
                            "advice_from: manager, social_work_function: false"),
                       discharge_decision);
    INFO(run.story());
    CHECK(run.count(LogKind::decision_taken, "ijb") == 1);
    CHECK(run.gaps(GapType::advice_bypass).empty());
  }
}

TEST_CASE("recorded CSWO advice overruled without minuted reasons is an advice bypass", "[gaps]") {
  // Forcing the proposal makes the IJB go against the CSWO's recorded advice.
  const std::string overruled =
      with(discharge_decision, "    proposal: adopt\n", "    proposal: adopt\n    default: adopt\n");
  SECTION("no reasons are recorded: advice_bypass") {
    const Analysed run(small_area, overruled + "parameters: {reasons_recorded_probability: 0}\n");
    INFO(run.story());
    const auto found = run.gaps(GapType::advice_bypass);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "procedure");
    CHECK(found[0].agents == std::vector<std::string>{"ijb", "cswo"});
    CHECK(found[0].explanation.find("without recording its reasons") != std::string::npos);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the reasons are minuted") {
    const Analysed run(small_area, overruled + "parameters: {reasons_recorded_probability: 1}\n");
    INFO(run.story());
    CHECK(run.count(LogKind::advice_overruled, "ijb") == 1);
    CHECK(run.gaps(GapType::advice_bypass).empty());
  }
}

// --- many_hands --------------------------------------------------------------

namespace {
std::string harm_after_changes(const std::string& first, const std::string& second,
                               double second_adds = 0.2) {
  return R"(
days: 30
conditions: {unmet: 0.2}
injects:
  - {day: 1, from: )" +
         first + R"(, set: {unmet: 0.6}}
  - {day: 2, from: )" +
         second + R"(, add: {unmet: )" + std::to_string(second_adds) + R"(}}
cohorts:
  - {id: discharged, agent: users, served_by: team, subject: after-discharge, arrivals_per_day: 5,
     unmet_share: unmet, harm_per_day_unmet: 0.5, days_at_risk: 10}
)";
}
}  // namespace

TEST_CASE("harm after changes by several bodies that no one forum holds to account is many hands", "[gaps]") {
  SECTION("the manager and the team each changed the unmet share, and neither answers to a forum") {
    const Analysed run(small_area, harm_after_changes("manager", "team"));
    INFO(run.story());
    const auto found = run.gaps(GapType::many_hands);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "after-discharge");
    CHECK(found[0].agents == std::vector<std::string>{"manager", "team"});
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO and the chief executive changed it, both accountable to the full council") {
    const Analysed run(small_area, harm_after_changes("cswo", "chief_executive"));
    INFO(run.story());
    CHECK(run.count(LogKind::harm) > 0);
    CHECK(run.gaps(GapType::many_hands).empty());
  }
  SECTION("near miss: the team eased what the manager worsened, so only one hand raised the risk") {
    const Analysed run(small_area, harm_after_changes("manager", "team", -0.3));
    INFO(run.story());
    CHECK(run.count(LogKind::harm) > 0);
    CHECK(run.gaps(GapType::many_hands).empty());
  }
  SECTION("near miss: one hand changed it twice") {
    const Analysed run(small_area, harm_after_changes("manager", "manager"));
    INFO(run.story());
    CHECK(run.count(LogKind::harm) > 0);
    CHECK(run.gaps(GapType::many_hands).empty());
  }
}

// --- delegation_blind_spot ---------------------------------------------------

TEST_CASE("a council that receives no account of what its IJB decided under delegation has a blind spot",
          "[gaps]") {
  // The IJB decides on day 10; the council must hear of it by its first meeting
  // a reporting window (28 days) later: day 60 (it meets every 30 days).
  const std::string decision = with(discharge_decision, "days: 40", "days: 70");
  SECTION("the IJB reports nothing back to the council: delegation_blind_spot") {
    const Analysed run(with(small_area, "  - {from: ijb, type: reports_to, to: full_council}\n", ""),
                       decision);
    INFO(run.story());
    const auto found = run.gaps(GapType::delegation_blind_spot);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "procedure");
    CHECK(found[0].agents == std::vector<std::string>{"full_council", "ijb"});
    CHECK(found[0].links == std::vector<std::string>{"full_council delegates ijb"});
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 60.0);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the IJB's periodic report gives the council an account of it") {
    const Analysed run(small_area, decision);
    INFO(run.story());
    CHECK(run.gaps(GapType::delegation_blind_spot).empty());
  }
  SECTION("near miss: carrying out the IJB's direction is not hearing of it") {
    const Analysed run(with(small_area, "  - {from: ijb, type: reports_to, to: full_council}\n", ""),
                       decision);
    INFO(run.story());
    REQUIRE(run.count(LogKind::direction_implemented, "full_council") == 1);
    // Its officers carry it out on arrival; the council as a forum hears of the
    // matter only at a meeting (here from the CSWO's risk report, not an account).
    for (const auto& r : run.log().records())
      if (r.kind == govsim::LogKind::became_aware && run.log().text(r.actor) == "full_council")
        CHECK(std::fmod(r.time, 30.0) == 0.0);
    CHECK(run.gaps(GapType::delegation_blind_spot).size() == 1);
  }
}

// --- confidentiality ---------------------------------------------------------

namespace {
const std::string named_case = R"(
days: 30
injects:
  - {day: 1, what: harm_notice, from: users, to: team, subject: named-case, severity: 5, personal: true}
)";
}  // namespace

TEST_CASE("personal information that reaches an elected member is a confidentiality gap", "[gaps]") {
  SECTION("the arrangement lets the CSWO's briefing carry case details to the lead member") {
    const Analysed run(
        std::string(small_area) + "confidentiality: {personal_information_to_elected_members: true}\n",
        named_case);
    INFO(run.story());
    const auto found = run.gaps(GapType::confidentiality);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].subject == "named-case");
    CHECK(found[0].severity == 5);
    CHECK(std::any_of(found.begin(), found.end(), [](const Gap& g) {
      return g.agents == std::vector<std::string>{"lead_member", "cswo"};
    }));
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: members get an aggregate instead") {
    const Analysed run(small_area, named_case);
    INFO(run.story());
    CHECK(run.count(LogKind::confidentiality_blocked) > 0);
    CHECK(run.gaps(GapType::confidentiality).empty());
  }
}

TEST_CASE(
    "scrutiny that receives nothing on a personal matter, not even an aggregate, is a confidentiality gap",
    "[gaps]") {
  const std::string to_scrutiny = R"(
days: 40
injects:
  - {day: 1, what: report, from: cswo, to: scrutiny, subject: named-case, severity: 3, personal: true}
)";
  SECTION("aggregates to scrutiny are switched off") {
    const Analysed run(std::string(small_area) + "confidentiality: {aggregates_to_scrutiny: false}\n",
                       to_scrutiny);
    INFO(run.story());
    const auto found = run.gaps(GapType::confidentiality);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "named-case");
    CHECK(found[0].agents == std::vector<std::string>{"scrutiny", "cswo"});
    CHECK(found[0].severity == 3);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: scrutiny gets an aggregate") {
    const Analysed run(small_area, to_scrutiny);
    INFO(run.story());
    CHECK(run.count(LogKind::confidentiality_blocked, "cswo") == 1);
    CHECK(run.gaps(GapType::confidentiality).empty());
  }
}

// --- harm_before_awareness ---------------------------------------------------

namespace {
const std::string harmful_cohort = R"(
  - {id: discharged, agent: users, served_by: team, subject: after-discharge, arrivals_per_day: 5,
     unmet_share: 0.5, harm_per_day_unmet: 0.5, days_at_risk: 10}
)";
}  // namespace

TEST_CASE("people harmed before anyone accountable knew of the risk is harm before awareness", "[gaps]") {
  SECTION("nobody accountable knows until the harm is reported: harm_before_awareness") {
    const Analysed run(small_area, "days: 20\ncohorts:" + harmful_cohort);
    INFO(run.story());
    const auto found = run.gaps(GapType::harm_before_awareness);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "after-discharge");
    CHECK(found[0].severity == 5);
    REQUIRE(found[0].day);
    CHECK(*found[0].day >= 1.0);
    CHECK(reads_plainly(found[0]));
  }
  SECTION("near miss: the CSWO raised the risk on day 0, before anyone was harmed") {
    const Analysed run(small_area, "days: 20\ncohorts:" + harmful_cohort + R"(injects:
  - {day: 0, what: concern, from: cswo, to: manager, subject: after-discharge, severity: 3}
)");
    INFO(run.story());
    CHECK(run.count(LogKind::harm) > 0);
    CHECK(run.gaps(GapType::harm_before_awareness).empty());
  }
}

// --- the chief executive's hold limit -----------------------------------------

TEST_CASE("an escalation to the chief executive not acted on within the hold limit is a blocked escalation",
          "[gaps]") {
  // The CSWO escalates a severity-4 concern to the chief executive on day 2.5;
  // the hold limit is 14 days; the run lasts 60.
  const std::string concern = R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: unread, severity: 4}
)";
  auto responding_in = [](const std::string& days) {
    return with(small_area, "{id: chief_executive, role: chief_executive}",
                "{id: chief_executive, role: chief_executive, response_days: " + days + "}");
  };
  SECTION("never acted on within the run: blocked_escalation") {
    const Analysed run(responding_in("100"), concern);
    INFO(run.story());
    const auto found = run.gaps(GapType::blocked_escalation);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo", "chief_executive"});
  }
  SECTION("near miss: acted on in ten days: within the limit") {
    const Analysed run(responding_in("10"), concern);
    INFO(run.story());
    CHECK(run.count(LogKind::item_escalated, "chief_executive", "unread") == 1);
    CHECK(run.gaps(GapType::blocked_escalation).empty());
  }
  SECTION("near miss: a run that ends before the hold limit has passed cannot tell") {
    const Analysed run(responding_in("100"), with(concern, "days: 60", "days: 15"));
    INFO(run.story());
    CHECK(run.gaps(GapType::blocked_escalation).empty());
  }
}

TEST_CASE("an escalation the chief executive acts on only after the hold limit is a blocked escalation",
          "[gaps]") {
  // docs/gaps.md: "an escalation to the chief executive not acted on within the
  // hold limit". Here it is acted on 20 days after it arrived, inside the run.
  const Analysed run(with(small_area, "{id: chief_executive, role: chief_executive}",
                          "{id: chief_executive, role: chief_executive, response_days: 20}"),
                     R"(
days: 60
injects:
  - {day: 1, what: concern, from: team, to: manager, subject: unread, severity: 4}
)");
  INFO(run.story());
  REQUIRE(run.count(LogKind::item_escalated, "chief_executive", "unread") == 1);
  const auto found = run.gaps(GapType::blocked_escalation);
  REQUIRE(found.size() == 1);
  CHECK(found[0].agents == std::vector<std::string>{"cswo", "chief_executive"});
}

// --- harm_before_awareness: only accountable agents count ---------------------

TEST_CASE("harm before awareness stops counting only when an accountable agent knows of the risk", "[gaps]") {
  SECTION("the frontline team knew on day 0 but answers to no forum: the harm still counts") {
    const Analysed run(small_area, "days: 20\ncohorts:" + harmful_cohort + R"(injects:
  - {day: 0, what: concern, from: team, to: users, subject: after-discharge, severity: 2, note: the team warns the people it serves}
)");
    INFO(run.story());
    REQUIRE(run.count(LogKind::became_aware, "team", "after-discharge") == 1);
    REQUIRE(run.count(LogKind::harm) > 0);
    const auto found = run.gaps(GapType::harm_before_awareness);
    REQUIRE(found.size() == 1);
    CHECK(found[0].subject == "after-discharge");
  }
  SECTION("near miss: the chief executive (accountable_to the council) knew on day 0") {
    const Analysed run(small_area, "days: 20\ncohorts:" + harmful_cohort + R"(injects:
  - {day: 0, what: concern, from: chief_executive, to: users, subject: after-discharge, severity: 2}
)");
    INFO(run.story());
    REQUIRE(run.count(LogKind::harm) > 0);
    CHECK(run.gaps(GapType::harm_before_awareness).empty());
  }
  SECTION("the same manager counts once it answers to a forum") {
    const std::string manager_knows = "days: 20\ncohorts:" + harmful_cohort + R"(injects:
  - {day: 0, what: concern, from: manager, to: users, subject: after-discharge, severity: 2}
)";
    const Analysed unaccountable(small_area, manager_knows);
    CHECK(unaccountable.gaps(GapType::harm_before_awareness).size() == 1);
    const Analysed accountable(
        adding(small_area, "  - {from: manager, type: line_manages, to: team, latency: 1}\n",
               "  - {from: manager, type: accountable_to, to: scrutiny, latency: 1}\n"),
        manager_knows);
    INFO(accountable.story());
    CHECK(accountable.gaps(GapType::harm_before_awareness).empty());
  }
}

// --- vacancy: a deputy vacated during the run ----------------------------------

TEST_CASE("a statutory post vacated after its deputy was vacated in the run is a vacancy", "[gaps]") {
  const std::string deputised =
      with(small_area, "{id: cswo, role: cswo,", "{id: cswo, role: cswo, deputy: manager,");
  SECTION("the deputy leaves on day 3 and the CSWO on day 5: vacancy on day 5") {
    const Analysed run(deputised, R"(
days: 20
injects:
  - {day: 3, vacate: manager}
  - {day: 5, vacate: cswo}
)");
    INFO(run.story());
    const auto found = run.gaps(GapType::vacancy);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    REQUIRE(found[0].day);
    CHECK(*found[0].day == 5.0);
    CHECK(found[0].explanation.find("fell vacant") != std::string::npos);
  }
  SECTION("the CSWO leaves on day 3 and its deputy on day 5: uncovered on day 5") {
    const Analysed run(deputised, R"(
days: 20
injects:
  - {day: 3, vacate: cswo}
  - {day: 5, vacate: manager}
)");
    INFO(run.story());
    const auto found = run.gaps(GapType::vacancy);
    REQUIRE(found.size() == 1);
    CHECK(found[0].agents == std::vector<std::string>{"cswo"});
    CHECK(*found[0].day == 5.0);
    CHECK(found[0].explanation.find("left uncovered when its deputy left") != std::string::npos);
  }
  SECTION("near miss: the deputy leaves and the CSWO stays") {
    const Analysed run(deputised, R"(
days: 20
injects:
  - {day: 3, vacate: manager}
)");
    INFO(run.story());
    CHECK(run.gaps(GapType::vacancy).empty());
  }
}
