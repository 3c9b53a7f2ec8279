#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "analysis/event_words.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/report_sections.hpp"
#include "analysis/run_report.hpp"
#include "analysis/run_summary.hpp"
#include "experiment/prepared_run.hpp"
#include "support/small_run.hpp"

namespace {

// The visible text of an HTML report, without its style sheet, its drawings'
// markup and the collapsed technical appendix (where ids belong).
std::string visible_text(std::string html) {
  for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
           {"<style>", "</style>"}, {"<details class=\"technical\"", "</details>"}}) {
    for (auto at = html.find(open); at != std::string::npos; at = html.find(open)) {
      const auto end = html.find(close, at);
      html.erase(at, end == std::string::npos ? std::string::npos : end + close.size() - at);
    }
  }
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) text.push_back(c);
    if (c == '>') {
      in_tag = false;
      text.push_back(' ');
    }
  }
  return text;
}

// Ids a reader must never see: every agent, option, subject, condition and gap
// type id that is not also a word of the files' own prose or of govsim's words
// for roles (an agent id "leader" may appear in "the council leader";
// "cllr_admin_2" may not), and anything in snake_case.
std::vector<std::string> ids_in(const std::string& text, const govsim::PlainWords& words) {
  std::set<std::string> ids;
  const auto& a = words.arrangement();
  const auto& s = words.scenario();
  for (auto v : boost::make_iterator_range(boost::vertices(a.network))) ids.insert(a.agent(v).id);
  for (const auto& p : s.decision_points) {
    ids.insert(p.subject);
    for (const auto& o : p.options) ids.insert(o.id);
  }
  for (const auto& c : s.cohorts) ids.insert({c.subject, c.id});
  for (const auto& r : s.responses) ids.insert(r.id);
  for (const auto& [name, value] : s.conditions) ids.insert(name);
  for (govsim::GapType type : govsim::all_gap_types()) ids.insert(std::string(to_string(type)));
  std::string prose;
  for (auto v : boost::make_iterator_range(boost::vertices(a.network))) prose += " " + a.agent(v).name;
  for (const auto& i : s.injects) prose += " " + i.note;
  for (const auto& p : s.decision_points) {
    prose += " " + p.question;
    for (const auto& o : p.options) prose += " " + o.label;
  }
  for (const auto& r : s.responses) prose += " " + r.label;
  for (const auto& [id, title] : s.subject_titles) prose += " " + title;
  prose += " " + s.description + " " + a.description;
  for (std::string_view role : govsim::role_names())
    prose += " " + std::string(govsim::role_words(*govsim::parse_role(role)));
  std::vector<std::string> found;
  for (const std::string& id : ids) {
    if (id.empty()) continue;
    const std::regex word("(^|[^A-Za-z0-9_-])" +
                          std::regex_replace(id, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          "([^A-Za-z0-9_-]|$)");
    // An id the files' authors also use as a word (in a name, a question...) is theirs to use.
    if (std::regex_search(text, word) && !std::regex_search(prose, word)) found.push_back(id);
  }
  // snake_case of any kind: no reader's word has an underscore.
  const std::regex snake(R"([a-z0-9]+_[a-z0-9_]+)");
  for (auto m = std::sregex_iterator(text.begin(), text.end(), snake); m != std::sregex_iterator(); ++m)
    found.push_back(m->str());
  return found;
}

struct Readings {
  std::string summary, markdown, html;
};

std::optional<std::string> named(const std::string& arrangement) {
  return arrangement.empty() ? std::nullopt : std::optional<std::string>(arrangement);
}

Readings read_run(const std::string& scenario, const std::string& arrangement) {
  const auto prepared = govsim::prepare_run(scenario, named(arrangement));
  govsim::EventLog log;
  prepared->model->run({1, 0, std::nullopt, nullptr, {}}, log);
  const auto& a = prepared->arrangement.arrangement;
  const auto& s = prepared->scenario.scenario;
  const govsim::RunReport report = govsim::build_report(log, a, s, s.days);
  const govsim::PlainWords words(a, s);
  std::ostringstream summary, markdown, html;
  govsim::write_run_summary(summary, log, a, s, report);
  govsim::write_report_markdown(report, words, markdown);
  govsim::write_report_html(report, words, html);
  std::string md = markdown.str();
  md = md.substr(0, md.find("## Technical appendix"));
  return {summary.str(), md, visible_text(html.str())};
}

}  // namespace

TEST_CASE("no agent, option, subject or gap id reaches a reader of a summary or report", "[report][words]") {
  const auto [scenario, arrangement] = GENERATE(table<std::string, std::string>({
      {"01-expedited-discharge", "typical-scottish-ijb"},
      {"01-expedited-discharge", "weak-scottish-ijb"},
      {"02-eligibility-cut", ""},
      {"03-ijb-overspend", ""},
      {"04-inspection-finding", ""},
      {"05-whistleblower", ""},
      {"06-constituent-complaint", ""},
      {"07-confidential-case", ""},
      {"08-vacant-cswo", ""},
      {"09-english-discharge-to-assess", ""},
  }));
  INFO(scenario << " on " << (arrangement.empty() ? "its own arrangement" : arrangement));
  const auto prepared = govsim::prepare_run(scenario, named(arrangement));
  const govsim::PlainWords words(prepared->arrangement.arrangement, prepared->scenario.scenario);
  const Readings read = read_run(scenario, arrangement);
  for (const auto& [what, text] : {std::pair<const char*, const std::string&>{"run summary", read.summary},
                                   {"Markdown report", read.markdown},
                                   {"HTML report", read.html}}) {
    INFO(what);
    const auto ids = ids_in(text, words);
    std::string list;
    for (const auto& id : ids) list += id + " ";
    INFO("ids seen: " << list);
    CHECK(ids.empty());
  }
}

TEST_CASE("ids become words: names, titles, labels and humanised ids", "[words]") {
  CHECK(govsim::humanise("care-after-discharge") == "care after discharge");
  CHECK(govsim::humanise("72-hour-discharge-target?.") == "72 hour discharge target");
  CHECK(govsim::listed({"A", "B", "C"}) == "A, B and C");
  CHECK(govsim::gap_heading(govsim::GapType::harm_before_awareness) == "Harm before anyone accountable knew");
  CHECK(govsim::link_phrase(govsim::LinkType::reports_to) == "reports to");
  const auto prepared = govsim::prepare_run("01-expedited-discharge", "typical-scottish-ijb");
  const govsim::PlainWords words(prepared->arrangement.arrangement, prepared->scenario.scenario);
  CHECK(words.subject("care-after-discharge") == "care after hospital discharge");
  CHECK(words.option("72-hour-discharge-target", "adopt") == "Adopt the 72-hour target as proposed");
  CHECK(words.condition_value("unsafe_discharge_share", 0.15) == "15%");
  CHECK(words.reworded("'ijb' takes 'hospital_discharge_procedure' decisions (Bovens (2007): accountability "
                       "needs an actor and a forum)") ==
        "Integration joint board takes hospital discharge procedure decisions");
  // A link to add reads as what it lets people do, not as a line of the file half
  // turned into words (which nobody could type).
  CHECK(words.reworded("add 'cswo has_access_to chief_executive'") ==
        "add a link by which " + words.agent("cswo") + " may go directly to " +
            words.agent("chief_executive"));
}

TEST_CASE("a direction carried out is told as the director's decision, done by the body's officers",
          "[words][report]") {
  const Readings read = read_run("01-expedited-discharge", "weak-scottish-ijb");
  CHECK_THAT(read.summary, Catch::Contains("(Full council, as directed by Integration joint board)"));
  CHECK_THAT(read.markdown, Catch::Contains("Officers of Full council carried out the direction"));
  CHECK_THAT(read.markdown, !Catch::Contains("— Full council carried out the direction"));
}

TEST_CASE("every kind of event can be told in words", "[words]") {
  const auto prepared = govsim::prepare_run("01-expedited-discharge", "typical-scottish-ijb");
  const govsim::PlainWords words(prepared->arrangement.arrangement, prepared->scenario.scenario);
  govsim::EventLog log;
  const auto subject = log.intern("care-after-discharge");
  const auto other = log.intern("cswo");
  const auto what = log.intern("information_request");
#define GOVSIM_EVERY_KIND(name)                                  \
  {                                                              \
    govsim::LogRecord r{};                                       \
    r.kind = govsim::LogKind::name;                              \
    r.subject = subject;                                         \
    r.other = other;                                             \
    r.what = what;                                               \
    const std::string told = govsim::event_words(log, r, words); \
    INFO(#name << ": " << told);                                 \
    CHECK(told != "something happened");                         \
    CHECK(told.find('_') == std::string::npos);                  \
  }
  GOVSIM_LOG_KINDS(GOVSIM_EVERY_KIND)
#undef GOVSIM_EVERY_KIND
}

TEST_CASE("docs/gaps.md gives each gap type the heading reports use", "[words][docs]") {
  std::ifstream in(std::string(GOVSIM_TEST_DATA) + "/../docs/gaps.md");
  std::stringstream text;
  text << in.rdbuf();
  for (govsim::GapType type : govsim::all_gap_types()) {
    const std::string row =
        "| `" + std::string(to_string(type)) + "` | " + std::string(govsim::gap_heading(type)) + " |";
    INFO(row);
    CHECK(text.str().find(row) != std::string::npos);
  }
}

TEST_CASE("one day is a day, and knowing before the first harm is not '0 days' after it", "[words]") {
  CHECK(govsim::days_phrase(1.0) == "1 day");
  CHECK(govsim::days_phrase(2.5) == "2.5 days");
  CHECK(govsim::awareness_after_harm(0.0) == "someone accountable knew by the time of the first harm");
  CHECK(govsim::awareness_after_harm(3.0) == "3 days from the first harm until someone accountable knew");
}

TEST_CASE("paths of one route that ended differently are told as separate endings, never as one", "[words]") {
  govsim::EscalationPath held, on_its_way;
  held.subject = on_its_way.subject = "home-care";
  held.raised_by = on_its_way.raised_by = "users";
  held.explanation = "the manager added it to a matter it had already escalated";
  on_its_way.explanation = "still on its way to the manager when the run ended";
  const auto groups = govsim::route_groups({held, on_its_way, held});
  REQUIRE(groups.size() == 1);
  CHECK(govsim::endings_phrase(groups.front()) ==
        "ended 2 ways: the manager added it to a matter it had already escalated (twice); "
        "still on its way to the manager when the run ended (once)");
  const auto alike = govsim::route_groups({held});
  CHECK(govsim::endings_phrase(alike.front()) ==
        "ended: the manager added it to a matter it had already escalated");
}

TEST_CASE("of a matter that harmed nobody the council only heard: 'knew' is kept for harm reaching it",
          "[words][report]") {
  const auto arrangement = govsim::load_arrangement({"a.yaml", govsim::test::small_area, false});
  const auto scenario = govsim::load_scenario({"s.yaml", R"(
days: 40
injects:
  - {day: 1, what: report, from: cswo, to: full_council, subject: after-discharge, severity: 4}
cohorts:
  - {id: discharged, agent: users, served_by: team, subject: after-discharge, arrivals_per_day: 1,
     unmet_share: 0.5, harm_per_day_unmet: 0, days_at_risk: 5}
)",
                                               false});
  REQUIRE_FALSE(arrangement.findings.has_errors());
  REQUIRE_FALSE(scenario.findings.has_errors());
  const auto& a = arrangement.arrangement;
  const auto& s = scenario.scenario;
  govsim::EventLog log;
  govsim::GovernanceModel(a, s).run({1, 0, std::nullopt, nullptr, {}}, log);
  std::ostringstream summary;
  govsim::write_run_summary(summary, log, a, s, govsim::build_report(log, a, s, s.days));
  INFO(summary.str());
  CHECK_THAT(summary.str(), Catch::Contains("nobody was harmed"));
  CHECK_THAT(summary.str(),
             Catch::Contains("the council (its first councillor or committee) heard of it on day"));
  CHECK_THAT(summary.str(), !Catch::Contains("committee) knew on"));
}
