#include <unistd.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "analysis/awareness.hpp"
#include "analysis/plain_words.hpp"
#include "analysis/run_report.hpp"
#include "experiment/prepared_run.hpp"
#include "support/file_text.hpp"

namespace {

govsim::RunReport report_of(const std::string& scenario, const std::string& arrangement,
                            std::uint64_t seed = 1) {
  const auto prepared = govsim::prepare_run(scenario, arrangement);
  govsim::EventLog log;
  prepared->model->run({seed, 0, std::nullopt, nullptr, {}}, log);
  return govsim::build_report(log, prepared->arrangement.arrangement, prepared->scenario.scenario,
                              prepared->scenario.scenario.days);
}

// The part of JSON Schema the documented schema uses: type (one or a list),
// required, properties, items, enum. Reports each violation with its path.
void validate(const nlohmann::json& schema, const nlohmann::json& value, const std::string& path,
              std::vector<std::string>& problems) {
  if (schema.contains("type")) {
    std::vector<std::string> types;
    if (schema["type"].is_array())
      for (const auto& t : schema["type"]) types.push_back(t.get<std::string>());
    else
      types.push_back(schema["type"].get<std::string>());
    auto is = [&](const std::string& t) {
      if (t == "object") return value.is_object();
      if (t == "array") return value.is_array();
      if (t == "string") return value.is_string();
      if (t == "integer") return value.is_number_integer();
      if (t == "number") return value.is_number();
      if (t == "boolean") return value.is_boolean();
      if (t == "null") return value.is_null();
      return false;
    };
    if (std::none_of(types.begin(), types.end(), is)) {
      problems.push_back(path + ": expected " + schema["type"].dump() + ", got " +
                         value.dump().substr(0, 60));
      return;
    }
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
    problems.push_back(path + ": " + value.dump() + " is not one of " + schema["enum"].dump());
  if (schema.contains("required"))
    for (const auto& key : schema["required"])
      if (!value.contains(key.get<std::string>()))
        problems.push_back(path + ": missing " + key.get<std::string>());
  if (schema.contains("properties") && value.is_object())
    for (const auto& [key, sub] : schema["properties"].items())
      if (value.contains(key)) validate(sub, value[key], path + "." + key, problems);
  if (schema.contains("items") && value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i)
      validate(schema["items"], value[i], path + "[" + std::to_string(i) + "]", problems);
}

nlohmann::json documented_schema() {
  const std::string doc =
      govsim::test::file_text(std::filesystem::path(GOVSIM_TEST_DATA) / ".." / "docs" / "report-schema.md");
  const auto start = doc.find("```json\n");
  REQUIRE(start != std::string::npos);
  const auto end = doc.find("```", start + 8);
  return nlohmann::json::parse(doc.substr(start + 8, end - start - 8));
}

}  // namespace

TEST_CASE("a real report validates against the schema documented in docs/report-schema.md", "[report]") {
  const nlohmann::json schema = documented_schema();
  const auto [scenario, arrangement] = GENERATE(table<std::string, std::string>({
      {"01-expedited-discharge", "typical-scottish-ijb"},
      {"01-expedited-discharge", "weak-scottish-ijb"},
      {"07-confidential-case", "typical-scottish-ijb"},
      {"09-english-discharge-to-assess", "english-council-dass"},
      {"01-expedited-discharge", "national"},
  }));
  const nlohmann::json report = govsim::report_json(report_of(scenario, arrangement));
  // A report on several councils gives each, ranked; one on a single council gives none.
  CHECK(report.contains("areas") == (arrangement == "national"));
  if (report.contains("areas")) CHECK(report["areas"].size() == 32);
  std::vector<std::string> problems;
  validate(schema, report, "report", problems);
  INFO(scenario << " on " << arrangement);
  for (const auto& p : problems) INFO(p);
  CHECK(problems.empty());
  CHECK(report["gaps"].is_array());
}

TEST_CASE("the schema check itself catches a report that breaks it", "[report]") {
  const nlohmann::json schema = documented_schema();
  nlohmann::json report = govsim::report_json(report_of("01-expedited-discharge", "weak-scottish-ijb"));
  REQUIRE_FALSE(report["gaps"].empty());
  report["gaps"][0]["type"] = "a_gap_nobody_defined";
  report["metrics"].erase("gap_counts");
  std::vector<std::string> problems;
  validate(schema, report, "report", problems);
  CHECK(problems.size() == 2);
}

TEST_CASE("every gap type is produced by at least one built-in scenario under a built-in arrangement",
          "[report]") {
  // Which run shows which type (docs/gaps.md lists the same table).
  struct Case {
    const char* scenario;
    const char* arrangement;
    std::vector<std::string> types;
  };
  const std::vector<Case> cases{
      {"01-expedited-discharge",
       "weak-scottish-ijb",
       {"no_owner", "no_forum", "blocked_escalation", "confidentiality", "delegation_blind_spot",
        "advice_bypass", "harm_before_awareness", "rubber_stamp", "many_hands"}},
      {"01-expedited-discharge", "cswo-interim-ijb-chief-officer", {"self_accountability"}},
      {"02-eligibility-cut", "typical-scottish-ijb", {"silent"}},
      {"02-eligibility-cut", "weak-scottish-ijb", {"outside_delegation"}},
      {"08-vacant-cswo", "typical-scottish-ijb", {"vacancy", "no_consequence"}},
  };
  std::set<std::string> covered;
  for (const Case& c : cases) {
    const auto report = report_of(c.scenario, c.arrangement);
    std::set<std::string> found;
    for (const auto& gap : report.gaps) found.insert(std::string(govsim::to_string(gap.type)));
    for (const auto& type : c.types) {
      INFO(c.scenario << " on " << c.arrangement << " should show " << type);
      CHECK(found.count(type) == 1);
      covered.insert(type);
    }
  }
  for (govsim::GapType type : govsim::all_gap_types())
    CHECK(covered.count(std::string(govsim::to_string(type))) == 1);
}

TEST_CASE(
    "the hands behind harm are those who decided to raise the risk, not those who carried it out or eased it",
    "[report][gaps]") {
  // On the weak arrangement the NHS board's target and the IJB's adoption of it
  // both raise the unsafe-discharge share; the IJB acts through directions the
  // council carries out, and later changes that lower the share are mitigation.
  const auto report = report_of("01-expedited-discharge", "weak-scottish-ijb");
  std::vector<std::string> hands;
  for (const auto& gap : report.gaps)
    if (gap.type == govsim::GapType::many_hands) hands = gap.agents;
  CHECK(hands == std::vector<std::string>{"nhs_board", "ijb"});
  // Under the typical arrangement the NHS board has the IJB to account through its
  // members: a forum covers both hands, so there is no gap.
  const auto typical = report_of("01-expedited-discharge", "typical-scottish-ijb");
  CHECK(std::none_of(typical.gaps.begin(), typical.gaps.end(),
                     [](const auto& g) { return g.type == govsim::GapType::many_hands; }));
}

TEST_CASE("expedited discharge shows fewer gaps under the typical arrangement than under the weak one",
          "[report]") {
  std::size_t typical = 0, weak = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    typical += report_of("01-expedited-discharge", "typical-scottish-ijb", seed).gaps.size();
    weak += report_of("01-expedited-discharge", "weak-scottish-ijb", seed).gaps.size();
  }
  CHECK(typical < weak);
}

TEST_CASE("the HTML report is one self-contained file that headless Chromium renders", "[report][chromium]") {
  const auto report = report_of("01-expedited-discharge", "weak-scottish-ijb");
  const auto prepared = govsim::prepare_run("01-expedited-discharge", "weak-scottish-ijb");
  const auto folder =
      std::filesystem::temp_directory_path() / ("govsim-report-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const auto html = folder / "report.html";
  const govsim::PlainWords words(prepared->arrangement.arrangement, prepared->scenario.scenario);
  govsim::write_report_file(report, words, html.string());
  const std::string text = govsim::test::file_text(html);
  for (const char* section :
       {"id=\"summary\"", "id=\"gaps\"", "id=\"paths\"", "id=\"timeline\"", "id=\"metrics\""})
    CHECK(text.find(section) != std::string::npos);
  CHECK(text.find("<svg") != std::string::npos);        // paths drawn by Graphviz
  CHECK(text.find("src=\"http") == std::string::npos);  // nothing fetched from elsewhere
  CHECK(text.find("<link") == std::string::npos);

  const auto png = folder / "report.png";
  const std::string command =
      "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking "
      "--disable-component-update --disable-sync --hide-scrollbars --user-data-dir='" +
      (folder / "profile").string() + "' --window-size=1280,2000 --screenshot='" + png.string() +
      "' 'file://" + html.string() + "' >/dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  REQUIRE(std::filesystem::exists(png));
  // A blank page of this size compresses to a few kilobytes; the report's text,
  // tables and diagrams make it many times that.
  CHECK(std::filesystem::file_size(png) > 100000);
  std::filesystem::remove_all(folder);
}

TEST_CASE("whoever pulls a lever on a matter knew of it from then on, though it heard of it under another",
          "[report]") {
  // Seed 1 of the default run: the IJB hears of the discharge target from the
  // CSWO and, on day 12, pays for extra care at home for the people it puts at
  // risk; before, the IJB acted on the matter yet never appeared to know of it.
  const auto prepared = govsim::prepare_run("01-expedited-discharge", "typical-scottish-ijb");
  govsim::EventLog log;
  prepared->model->run({1, 0, std::nullopt, nullptr, {}}, log);
  std::optional<double> lever, knew;
  for (const auto& r : log.records()) {
    if (log.text(r.subject) != "care-after-discharge" || log.text(r.actor) != "ijb") continue;
    if (r.kind == govsim::LogKind::response_taken && !lever) lever = r.time;
    if (r.kind == govsim::LogKind::became_aware && !knew) knew = r.time;
  }
  REQUIRE(lever);
  REQUIRE(knew);
  CHECK(*knew <= *lever);
  const auto awareness = govsim::awareness_of(log, prepared->arrangement.arrangement, "care-after-discharge");
  const auto ijb = std::find_if(awareness.first_known_by.begin(), awareness.first_known_by.end(),
                                [](const auto& entry) { return entry.first == "ijb"; });
  REQUIRE(ijb != awareness.first_known_by.end());
  CHECK(ijb->second <= *lever);
}

TEST_CASE("the HTML report's who-knew table names the people who learned of a harm, as the summary does",
          "[report]") {
  const auto prepared = govsim::prepare_run("01-expedited-discharge", "typical-scottish-ijb");
  govsim::EventLog log;
  prepared->model->run({1, 0, std::nullopt, nullptr, {}}, log);
  const auto report = govsim::build_report(log, prepared->arrangement.arrangement,
                                           prepared->scenario.scenario, prepared->scenario.scenario.days);
  const govsim::PlainWords words(prepared->arrangement.arrangement, prepared->scenario.scenario);
  std::ostringstream html;
  govsim::write_report_html(report, words, html);
  const std::string page = html.str();
  const auto cell = page.find("data-label=\"who learned\">");
  REQUIRE(cell != std::string::npos);
  const std::string first_row = page.substr(cell, page.find("</td>", cell) - cell);
  CHECK(first_row.find("Hospital discharge social work team (day 9)") != std::string::npos);
  CHECK(first_row.find("A frontline team") == std::string::npos);

  SECTION("and, for a matter that harmed nobody, the people who heard of it, never their roles") {
    const auto title = page.find("The 72-hour discharge target</td>");
    REQUIRE(title != std::string::npos);
    const auto target_cell = page.find("data-label=\"who learned\">", title);
    REQUIRE(target_cell != std::string::npos);
    const std::string row = page.substr(target_cell, page.find("</td>", target_cell) - target_cell);
    CHECK(row.find("NHS board (day") != std::string::npos);
    CHECK(row.find("Integration joint board (day") != std::string::npos);
    CHECK(row.find("A health board") == std::string::npos);
    CHECK(row.find("The Chief Social Work Officer") == std::string::npos);
  }
}

TEST_CASE(
    "what a forum requires and closes at one sitting is told once, and a closed action is told as closed",
    "[report][narrative]") {
  const auto report = report_of("06-constituent-complaint", "typical-scottish-ijb");
  const std::regex required("^(.+) required (.+) to act on (.+) by day [0-9]+\\.$");
  const std::regex closed(
      "^(.+) accepted that (.+) had (.+) in hand, and closed the action it had required\\.$");
  std::set<std::tuple<int, std::string, std::string, std::string>> demanded, accepted;
  std::size_t closings = 0;
  for (const auto& [day, sentence] : report.narrative) {
    std::smatch m;
    if (std::regex_match(sentence, m, required)) demanded.insert({static_cast<int>(day), m[1], m[2], m[3]});
    if (std::regex_match(sentence, m, closed)) accepted.insert({static_cast<int>(day), m[1], m[2], m[3]});
    if (sentence.find("in hand") != std::string::npos) ++closings;
  }
  CHECK(closings >= 1);
  // A demand and its closing at the same meeting are one sentence, never two.
  for (const auto& d : demanded) {
    INFO(std::get<1>(d) << " required " << std::get<2>(d) << " on day " << std::get<0>(d));
    CHECK(accepted.count(d) == 0);
  }
}
