// The training debrief handout (sim/training/handout.hpp): what a councillor
// takes away from a session, in names and labels, with the branches not taken,
// the gaps and the guidance they relate to, and an improvement plan.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "analysis/plain_words.hpp"
#include "analysis/run_report.hpp"
#include "io/input_error.hpp"
#include "support/file_text.hpp"
#include "training/gap_guidance.hpp"
#include "training/handout.hpp"
#include "training/what_if.hpp"

namespace {

using namespace govsim;

// The built-in scenario's one decision: adopt-target, options adopt,
// adopt_with_safeguards and decline.
SessionRecord session_choosing(const std::string& option,
                               const std::string& scenario = "expedited-discharge") {
  SessionRecord record;
  record.scenario = scenario;
  record.seed = 1;
  record.started = "2026-12-07T09:30:00Z";
  if (!option.empty()) {
    SessionChoice choice;
    choice.choice = {"adopt-target", option};
    choice.day = 5;
    record.choices.push_back(choice);
  }
  return record;
}

std::string markdown_of(const Handout& handout) {
  std::ostringstream out;
  write_handout_markdown(handout, out);
  return out.str();
}

std::string html_of(const Handout& handout) {
  std::ostringstream out;
  write_handout_html(handout, out);
  return out.str();
}

// Runs of spaces and line breaks as one space: docs/domain.md wraps its lines.
std::string one_spaced(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  return out;
}

const char* label_of(const std::string& option) {
  if (option == "adopt") return "Adopt the 72-hour target as proposed";
  if (option == "adopt_with_safeguards")
    return "Adopt it, with a check that care is in place before each discharge";
  return "Decline the target and keep current practice";
}

}  // namespace

TEST_CASE("the handout names the room's choice by its label, never its id", "[training][handout]") {
  const TrainingSession session(session_choosing("adopt_with_safeguards"));
  const Handout handout = build_handout(session);
  REQUIRE(handout.decisions.size() == 1);
  CHECK(handout.decisions[0].chosen == label_of("adopt_with_safeguards"));
  CHECK(handout.decisions[0].question == "Should the IJB adopt the health board's 72-hour discharge target?");
  for (const std::string& text : {markdown_of(handout), html_of(handout)}) {
    CHECK(text.find(label_of("adopt_with_safeguards")) != std::string::npos);
    for (const char* id : {"adopt_with_safeguards", "adopt-target", "72-hour-discharge-target",
                           "care-after-discharge", "typical-scottish-ijb", "ijb_chief_officer", "cswo"}) {
      INFO(id);
      CHECK(text.find(id) == std::string::npos);
    }
  }
}

TEST_CASE("the handout's title names the scenario, arrangement, seed and date of the session",
          "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const Handout handout = build_handout(session);
  CHECK(handout.title == session.scenario().description);
  CHECK(handout.arrangement == session.prepared().arrangement.arrangement.description);
  CHECK(handout.seed == "1");
  CHECK(handout.date == "7 December 2026");
  CHECK(markdown_of(handout).starts_with("# Training debrief: " + session.scenario().description));
}

TEST_CASE("a branch not taken says how many fewer people were harmed", "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const std::vector<Branch> branches = what_if(session, 0);
  const auto room = std::find_if(branches.begin(), branches.end(), [](const Branch& b) { return b.room; });
  REQUIRE(room != branches.end());
  const Handout handout = build_handout(session);
  REQUIRE(handout.decisions.size() == 1);
  const auto& not_taken = handout.decisions[0].not_taken;
  REQUIRE(not_taken.size() == 2);
  int fewer = 0;
  for (const Branch& b : branches) {
    if (b.room) continue;
    const auto other = std::find_if(not_taken.begin(), not_taken.end(),
                                    [&](const HandoutBranch& h) { return h.label == b.label; });
    REQUIRE(other != not_taken.end());
    INFO(other->difference);
    CHECK(other->difference.starts_with("\u201c" + b.label + "\u201d would have harmed "));
    const double saved = room->harm - b.harm;
    if (saved > 0) {
      ++fewer;
      std::ostringstream expected;
      expected << "would have harmed " << saved << (saved == 1 ? " fewer person" : " fewer people");
      CHECK(other->difference.find(expected.str()) != std::string::npos);
    }
  }
  // Declining the target harms fewer than adopting it as proposed.
  CHECK(fewer >= 1);
}

TEST_CASE("a branch not taken says how much sooner or later the council would have known",
          "[training][handout]") {
  // On the weak arrangement, keeping the eligibility threshold harms fewer but
  // the council hears of the harm later: a difference in days to show.
  SessionRecord eligibility = session_choosing("");
  eligibility.scenario = "eligibility-cut";
  eligibility.arrangement = "weak-scottish-ijb";
  eligibility.choices.push_back({{"raise-threshold", "raise_to_substantial"}, 0.0, "", 0, -1, false});
  int differing = 0;
  for (const SessionRecord& record : {session_choosing("adopt"), eligibility}) {
    const Handout handout = build_handout(TrainingSession(record));
    const HandoutOutcome& room = handout.decisions.at(0).followed;
    for (const HandoutBranch& b : handout.decisions.at(0).not_taken) {
      INFO(b.difference);
      if (b.outcome.harm == 0 || !b.outcome.council_knew_day || !room.council_knew_day) continue;
      const double d = std::floor(*b.outcome.council_knew_day) - std::floor(*room.council_knew_day);
      std::ostringstream expected;
      if (d == 0)
        expected << "the council would have known on the same day";
      else
        expected << "the council would have known " << std::abs(d) << (std::abs(d) == 1 ? " day" : " days")
                 << (d < 0 ? " sooner" : " later");
      differing += d != 0 ? 1 : 0;
      CHECK(b.difference.find(expected.str()) != std::string::npos);
    }
  }
  CHECK(differing >= 1);
}

TEST_CASE("the good-practice branch is marked among the branches not taken", "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const std::vector<Branch> branches = what_if(session, 0);
  const Handout handout = build_handout(session);
  int marked = 0;
  for (const HandoutBranch& b : handout.decisions.at(0).not_taken) {
    const auto same =
        std::find_if(branches.begin(), branches.end(), [&](const Branch& x) { return x.label == b.label; });
    REQUIRE(same != branches.end());
    CHECK(b.good_practice == same->good_practice);
    if (b.good_practice) {
      ++marked;
      CHECK(markdown_of(handout).find(b.difference + " (**good practice**") != std::string::npos);
      CHECK(html_of(handout).find("<span class=\"good\">good practice</span>") != std::string::npos);
    }
  }
  const bool any = std::any_of(branches.begin(), branches.end(),
                               [](const Branch& b) { return b.good_practice && !b.room; });
  CHECK(marked == (any ? 1 : 0));
}

TEST_CASE("the handout says what was on the decider's desk and whether its own weighing differed",
          "[training][handout]") {
  // The decider's own choice first, then the room takes another.
  const TrainingSession untouched(session_choosing(""));
  REQUIRE(untouched.pending());
  const int weighed = untouched.pending()->weighed;
  const DecisionPoint& point = untouched.scenario().decision_points.at(0);
  const std::string other = point.options.at(weighed == 0 ? 1 : 0).id;
  const TrainingSession session(session_choosing(other));
  const Handout handout = build_handout(session);
  const HandoutDecision& d = handout.decisions.at(0);
  const PlainWords words(session.prepared().arrangement.arrangement, session.scenario());
  CHECK(d.decider == words.agent(untouched.pending()->decider));
  CHECK(d.weighing == "Left to its own weighing, " + d.decider + " would have chosen \u201c" +
                          point.options.at(static_cast<std::size_t>(weighed)).label + "\u201d instead.");
  const DecisionMet& met = session.run().met.at(0);
  if (met.advice_on_record)
    CHECK(d.desk.starts_with("Professional advice on record from " + words.agent(met.adviser)));
  else
    CHECK(d.desk.find("on record") != std::string::npos);

  const TrainingSession same(session_choosing(point.options.at(static_cast<std::size_t>(weighed)).id));
  CHECK(build_handout(same).decisions.at(0).weighing.ends_with("would have chosen the same."));
}

TEST_CASE("the top gaps are the most severe first, then the earliest, one of each kind",
          "[training][handout]") {
  // The weak arrangement opens gaps of many kinds and severities.
  SessionRecord record = session_choosing("adopt", "01-expedited-discharge");
  record.arrangement = "weak-scottish-ijb";
  const TrainingSession session(record);
  const Handout handout = build_handout(session);
  const RunReport report = build_report(session.run().log, session.prepared().arrangement.arrangement,
                                        session.scenario(), session.run().days);
  std::set<GapType> types;
  int worst = 0;
  for (const Gap& g : report.gaps) {
    types.insert(g.type);
    worst = std::max(worst, g.severity);
  }
  REQUIRE(!report.gaps.empty());
  REQUIRE(handout.top_gaps.size() == std::min<std::size_t>(handout_top_gaps, types.size()));
  CHECK(handout.top_gaps.front().severity == worst);
  std::set<std::string> headings;
  for (std::size_t i = 0; i < handout.top_gaps.size(); ++i) {
    CHECK(headings.insert(handout.top_gaps[i].heading).second);
    if (i == 0) continue;
    const HandoutGap& before = handout.top_gaps[i - 1];
    const HandoutGap& after = handout.top_gaps[i];
    CHECK(before.severity >= after.severity);
    // The arrangement's own gaps were there before the run began.
    if (before.severity == after.severity) CHECK(before.day.value_or(-1.0) <= after.day.value_or(-1.0));
  }
  REQUIRE(types.size() > handout_top_gaps);
  CHECK(handout.gaps_in_run == static_cast<int>(report.gaps.size()));
}

TEST_CASE("each top gap cites the guidance it relates to", "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const Handout handout = build_handout(session);
  REQUIRE(!handout.top_gaps.empty());
  const std::string markdown = markdown_of(handout);
  for (const HandoutGap& g : handout.top_gaps) {
    const auto type = std::find_if(all_gap_types().begin(), all_gap_types().end(),
                                   [&](GapType t) { return gap_heading(t) == g.heading; });
    REQUIRE(type != all_gap_types().end());
    const GapGuidance& guide = guidance_for(*type, Jurisdiction::scotland);
    INFO(g.heading);
    CHECK(g.guidance == guidance_sentence(guide));
    CHECK(g.guidance.find("(" + std::string(guide.source) + ")") != std::string::npos);
    CHECK(markdown.find("**The guidance:** " + g.guidance) != std::string::npos);
  }
}

TEST_CASE("every gap type has guidance, a recommendation, an owner and a time, in Scotland and England",
          "[training][handout]") {
  const std::string domain =
      one_spaced(test::file_text(std::string(GOVSIM_TEST_DATA) + "/../docs/domain.md"));
  REQUIRE(!domain.empty());
  for (const Jurisdiction j : {Jurisdiction::scotland, Jurisdiction::england})
    for (const GapType type : all_gap_types()) {
      const GapGuidance& g = guidance_for(type, j);
      INFO(to_string(type) << " in " << to_string(j));
      CHECK(g.type == type);
      CHECK((g.quotation.empty() != g.paraphrase.empty()));
      CHECK(!g.source.empty());
      CHECK(!g.recommendation.empty());
      CHECK(!g.owner.empty());
      CHECK(g.by_when.starts_with("within "));
      CHECK(g.question.ends_with("?"));
    }
  // Only what docs/domain.md quotes is quoted, word for word.
  for (const GapGuidance& g : all_gap_guidance()) {
    if (g.quotation.empty()) continue;
    INFO(g.quotation);
    CHECK(domain.find(one_spaced(std::string(g.quotation))) != std::string::npos);
  }
}

TEST_CASE("the improvement plan has an owner role for every gap", "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const Handout handout = build_handout(session);
  const RunReport report = build_report(session.run().log, session.prepared().arrangement.arrangement,
                                        session.scenario(), session.run().days);
  std::set<GapType> types;
  for (const Gap& g : report.gaps) types.insert(g.type);
  REQUIRE(!types.empty());
  REQUIRE(handout.plan.size() == types.size());
  for (const GapType type : types) {
    const auto row = std::find_if(handout.plan.begin(), handout.plan.end(), [&](const ImprovementItem& item) {
      return item.issue.starts_with(std::string(gap_heading(type)) + " (");
    });
    INFO(gap_heading(type));
    REQUIRE(row != handout.plan.end());
    const GapGuidance& guide = guidance_for(type, Jurisdiction::scotland);
    CHECK(row->owner == guide.owner);
    CHECK(row->recommendation == guide.recommendation);
    CHECK(row->by_when == guide.by_when);
  }
  for (const ImprovementItem& item : handout.plan)
    CHECK(html_of(handout).find("<td data-label=\"Owner\">" + item.owner + "</td>") != std::string::npos);
}

TEST_CASE("the discussion questions are the scenario's prompts for the decisions met, then one per top gap",
          "[training][handout]") {
  const TrainingSession session(session_choosing("decline"));
  const DecisionPoint& point = session.scenario().decision_points.at(0);
  REQUIRE(!point.discussion.empty());
  const Handout handout = build_handout(session);
  REQUIRE(!handout.top_gaps.empty());
  REQUIRE(handout.discussion.size() == point.discussion.size() + handout.top_gaps.size());
  for (std::size_t i = 0; i < point.discussion.size(); ++i)
    CHECK(handout.discussion[i] == point.discussion[i]);
  for (std::size_t i = 0; i < handout.top_gaps.size(); ++i)
    CHECK(handout.discussion[point.discussion.size() + i] == handout.top_gaps[i].question);
  CHECK(markdown_of(handout).find("## Questions for discussion\n\n1. " + point.discussion[0]) !=
        std::string::npos);
  // Not met, not asked: a session that has not reached the decision has only the gaps' questions.
  const Handout before = build_handout(TrainingSession(session_choosing("")));
  CHECK(before.discussion.size() == before.top_gaps.size());
}

TEST_CASE("the scenario's good practice is marked, not the option advice recommended",
          "[training][handout]") {
  const TrainingSession session(session_choosing("decline"));
  const DecisionPoint& point = session.scenario().decision_points.at(0);
  REQUIRE(point.good_practice);
  const std::string good = point.options.at(static_cast<std::size_t>(*point.good_practice)).label;
  const Handout handout = build_handout(session);
  CHECK_FALSE(handout.decisions.at(0).chosen_good_practice);
  for (const HandoutBranch& b : handout.decisions.at(0).not_taken)
    CHECK(b.good_practice == (b.label == good));
  const Handout took_it = build_handout(
      TrainingSession(session_choosing(point.options.at(static_cast<std::size_t>(*point.good_practice)).id)));
  CHECK(took_it.decisions.at(0).chosen_good_practice);
}

TEST_CASE("an unfinished session says what the room had still to decide", "[training][handout]") {
  const TrainingSession session(session_choosing(""));
  REQUIRE(session.pending());
  const Handout handout = build_handout(session);
  CHECK_FALSE(handout.finished);
  CHECK(handout.decisions.empty());
  CHECK(handout.unfinished.find("Should the IJB adopt the health board's 72-hour discharge target?") !=
        std::string::npos);
  CHECK(markdown_of(handout).find(handout.unfinished) != std::string::npos);
}

TEST_CASE("the facilitator's notes are in the handout, escaped in HTML", "[training][handout]") {
  SessionRecord record = session_choosing("decline");
  record.notes = "Members asked who briefs the lead member <and when>.";
  const Handout handout = build_handout(TrainingSession(record));
  CHECK(markdown_of(handout).find("## Facilitator's notes\n\n" + record.notes) != std::string::npos);
  CHECK(html_of(handout).find("who briefs the lead member &lt;and when&gt;.") != std::string::npos);
  record.notes.clear();
  CHECK(markdown_of(build_handout(TrainingSession(record))).find("Facilitator's notes") == std::string::npos);
}

TEST_CASE("the HTML handout is self-contained: no scripts, links or fetched resources",
          "[training][handout]") {
  const std::string html = html_of(build_handout(TrainingSession(session_choosing("adopt"))));
  for (const char* outside :
       {"<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http"}) {
    INFO(outside);
    CHECK(html.find(outside) == std::string::npos);
  }
  CHECK(html.find("@page{size:A4") != std::string::npos);
  CHECK(html.find("break-inside:avoid") != std::string::npos);
}

TEST_CASE("a handout is written as .md or .html, and any other name is refused before anything is written",
          "[training][handout]") {
  const TrainingSession session(session_choosing("adopt"));
  const auto folder = std::filesystem::temp_directory_path() / "govsim-handout-test";
  std::filesystem::create_directories(folder);
  for (const char* name : {"handout.md", "handout.html"}) {
    const auto path = folder / name;
    std::filesystem::remove(path);
    write_handout(session, path.string());
    const std::string text = test::file_text(path);
    CHECK(text.find(label_of("adopt")) != std::string::npos);
    CHECK(text.starts_with(std::string(name).ends_with(".md") ? "# Training debrief" : "<!DOCTYPE html>"));
  }
  const auto pdf = folder / "handout.pdf";
  std::filesystem::remove(pdf);
  try {
    write_handout(session, pdf.string());
    FAIL("a .pdf handout was not refused");
  } catch (const InputError& error) {
    CHECK(std::string(error.what()).find("--output: a handout is written as Markdown or a web page") !=
          std::string::npos);
    CHECK(std::string(error.what()).find(".md or .html") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(pdf));
}
