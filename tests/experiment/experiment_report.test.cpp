#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "experiment/comparison.hpp"
#include "experiment/experiment_report.hpp"
#include "io/input_error.hpp"
#include "report/gnuplot.hpp"

namespace {

using govsim::Outcome;
using govsim::Outcomes;

// Outcomes with harm and the day the council knew set, the rest 0.
Outcomes made(double harm, double council_knows_day) {
  Outcomes o{};
  o[static_cast<std::size_t>(Outcome::harm)] = harm;
  o[static_cast<std::size_t>(Outcome::council_knows_day)] = council_knows_day;
  return o;
}

// Three arms over `reps` paired replications with known differences in harm:
// B is A + 3 or + 4 by turns (mean +3.5, an interval well clear of 0); C is
// A + 1 or − 1 by turns (mean 0: the interval includes 0).
govsim::ExperimentReportData three_arms(std::size_t reps) {
  govsim::ExperimentReportData data;
  data.title = "expedited-discharge: 3 arrangements compared";
  data.scenarios = {"expedited-discharge: A health board's 72-hour discharge target"};
  data.arms = {{"typical area", "expedited-discharge", "typical", {}, {}},
               {"weak area", "expedited-discharge", "weak", {}, {}},
               {"O'Neill <b>area</b> `touch gnuplot-was-here` @x", "expedited-discharge", "other", {}, {}}};
  data.outcomes.assign(3, {});
  for (std::size_t k = 0; k < reps; ++k) {
    const double harm = 10.0 + static_cast<double>(k % 5);
    const double turn = k % 2 == 0 ? 1.0 : -1.0;
    data.outcomes[0].push_back(made(harm, 40.0 + static_cast<double>(k % 7)));
    data.outcomes[1].push_back(made(harm + 3.5 + 0.5 * turn, 30.0 + static_cast<double>(k % 7)));
    data.outcomes[2].push_back(made(harm + turn, 40.0 + static_cast<double>(k % 7)));
  }
  data.seed = 7;
  return data;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The first id given twice in the page (as id="…" or id='…'), or "".
std::string duplicate_id(const std::string& html) {
  std::set<std::string> seen;
  for (std::size_t at = html.find(" id="); at != std::string::npos; at = html.find(" id=", at + 1)) {
    const char quote = html[at + 4];
    const std::size_t end = html.find(quote, at + 5);
    const std::string id = html.substr(at + 5, end - at - 5);
    if (!seen.insert(id).second) return id;
  }
  return "";
}

// The figure with this id, from its tag to its end.
std::string figure(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<figure id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</figure>", start) - start);
}

}  // namespace

TEST_CASE("a comparison's report is one self-contained page with a forest plot and distributions",
          "[experiment][report]") {
  const std::string html = govsim::experiment_report_html(three_arms(40));
  INFO(html.substr(0, 4000));

  // Nothing fetched: styles and SVG inline, no script.
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("url(http") == std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);

  // One forest panel and one distribution panel per headline measure, each an SVG of its kind.
  const std::size_t measures = govsim::headline_outcomes().size();
  CHECK(count(html, "<svg class=\"plot-forest\"") == measures);
  CHECK(count(html, "<svg class=\"plot-distribution\"") == measures);
  CHECK(count(html, "<svg class=\"plot-parameter\"") == 0);  // no factor was swept
  // Ids stay unique when several gnuplot SVGs share the page.
  CHECK(count(html, "id=\"forest-harm-gnuplot_canvas\"") == 1);
  CHECK(duplicate_id(html) == "");

  // The arms by their labels (escaped, quote and all), in the page and on the plots' axes.
  CHECK(html.find("<b>A</b> typical area") != std::string::npos);
  CHECK(html.find("<b>B</b> weak area") != std::string::npos);
  for (const char* label : {"typical area", "weak area"})
    CHECK(count(figure(html, "distribution-harm"), std::string("<text>") + label + "</text>") == 1);
  CHECK(html.find("O'Neill &lt;b&gt;area&lt;/b&gt; `touch gnuplot-was-here` @x") != std::string::npos);
  CHECK(html.find("O'Neill <b>area") == std::string::npos);
  CHECK(figure(html, "forest-harm")
            .find("<text>O'Neill &lt;b>area&lt;/b> `touch gnuplot-was-here` @x</text>") != std::string::npos);
  // Each measure described in words, never by its id alone.
  for (Outcome o : govsim::headline_outcomes()) {
    const std::string words(govsim::describe(o));
    INFO(words);
    CHECK(html.find(words.substr(1)) != std::string::npos);
  }
  // The forest plot's line at 0 is drawn, and the axis says what the difference is from.
  CHECK(figure(html, "forest-harm").find("<text>difference from typical area</text>") != std::string::npos);

  // The table: B's difference in harm excludes 0 and says so; C's includes 0.
  CHECK(html.find("B − A: +3.5 [") != std::string::npos);
  CHECK(html.find("<td class=\"clear\">Higher, and the interval excludes 0</td>") != std::string::npos);
  CHECK(html.find("C − A: +0 [") != std::string::npos);
  CHECK(html.find("No clear difference (the interval includes 0)") != std::string::npos);
  // B knew 10 days sooner in every replication.
  CHECK(html.find("B − A: -10 [-10, -10]") != std::string::npos);
  CHECK(html.find("Lower, and the interval excludes 0") != std::string::npos);
  // In the forest plot of harm, B's point (blue: excludes 0) and C's (grey: includes 0).
  CHECK(figure(html, "forest-harm").find("rgb(  0, 114, 178)") != std::string::npos);
  CHECK(figure(html, "forest-harm").find("rgb(107, 107, 107)") != std::string::npos);

  // The facts in words, and no warning at 40 replications.
  CHECK(html.find("<dt>Seed</dt><dd>7</dd>") != std::string::npos);
  CHECK(html.find("<dt>Replications</dt><dd>40 of each arm") != std::string::npos);
  CHECK(html.find("95% confidence interval") != std::string::npos);
  CHECK(html.find("A health board's 72-hour discharge target") != std::string::npos);
  CHECK(html.find("id=\"few-replications\"") == std::string::npos);
}

TEST_CASE("an experiment report warns of few replications", "[experiment][report]") {
  const std::string html = govsim::experiment_report_html(three_arms(5));
  CHECK(html.find("<p class=\"warning\" id=\"few-replications\">Warning: only 5 replications.") !=
        std::string::npos);
}

TEST_CASE("a sweep's report draws each measure against the swept parameter with a band",
          "[experiment][report]") {
  // Two arrangements x forum_question_probability 0.2, 0.5, 0.8: harm falls by
  // 2 for each 0.3 of probability, and is 1 higher in the weak area.
  govsim::StoreContents store;
  store.experiment.name = "questions";
  store.experiment.description = "How often forums question reports";
  store.experiment.file_name = "questions.yaml";
  store.experiment.seed = 3;
  store.experiment.replications = 12;
  const std::vector<double> probabilities{0.2, 0.5, 0.8};
  for (const char* arrangement : {"typical-scottish-ijb", "weak-scottish-ijb"})
    for (double p : probabilities) {
      store.arms.push_back({std::string(arrangement) + ", forum_question_probability " +
                                (p == 0.2   ? "0.2"
                                 : p == 0.5 ? "0.5"
                                            : "0.8"),
                            "expedited-discharge",
                            arrangement,
                            {{"forum_question_probability", p}, {"hold_limit_days", 14}},
                            {}});
      std::vector<govsim::Outcomes> arm;
      for (std::size_t k = 0; k < 12; ++k)
        arm.push_back(
            made(20 - 2 * p / 0.3 + (arrangement[0] == 'w' ? 1 : 0) + static_cast<double>(k % 3), 50));
      store.whole.push_back(arm);
    }
  for (std::size_t k = 0; k < 12; ++k) store.replications.push_back(k);
  store.runs.resize(72);

  const govsim::ExperimentReportData data = govsim::report_data_of(store, 0.9);
  CHECK(data.scenarios == std::vector<std::string>{"expedited-discharge"});
  const std::string html = govsim::experiment_report_html(data);
  INFO(html.substr(0, 3000));
  const std::size_t measures = govsim::headline_outcomes().size();
  // hold_limit_days took one value: it is no swept parameter.
  CHECK(count(html, "<svg class=\"plot-parameter\"") == measures);
  CHECK(html.find("id=\"parameter-hold_limit_days\"") == std::string::npos);
  const std::string harm = figure(html, "parameter-forum_question_probability-harm");
  REQUIRE(!harm.empty());
  // The parameter on the x axis, at the values swept.
  CHECK(harm.find("<text>forum_question_probability (probability)</text>") != std::string::npos);
  for (const char* tick : {"<text> 0.2</text>", "<text> 0.5</text>", "<text> 0.8</text>"})
    CHECK(harm.find(tick) != std::string::npos);
  // One line and one shaded band for each arrangement, named in the key.
  CHECK(count(harm, "fill-opacity") >= 2);
  CHECK(harm.find("<text>typical-scottish-ijb</text>") != std::string::npos);
  CHECK(harm.find("<text>weak-scottish-ijb</text>") != std::string::npos);
  // The words: 90% intervals, 12 replications (a warning), and where it came from.
  CHECK(html.find("90% confidence interval") != std::string::npos);
  CHECK(html.find("id=\"few-replications\"") != std::string::npos);
  CHECK(html.find("72 of 72 runs stored") != std::string::npos);
  CHECK(html.find("forum_question_probability</b>: ") != std::string::npos);
}

TEST_CASE("an experiment report must be a .html file", "[experiment][report]") {
  CHECK_NOTHROW(govsim::require_experiment_report_extension("out/report.html"));
  CHECK_THROWS_WITH(govsim::require_experiment_report_extension("report.txt"),
                    "report.txt: error: an experiment report is a web page: its file name must end in .html");
}

TEST_CASE("report plots: gnuplot strings cannot end early or run commands", "[experiment][report][gnuplot]") {
  CHECK(govsim::gnuplot_string("plain") == "'plain'");
  CHECK(govsim::gnuplot_string("O'Neill") == "'O''Neill'");
  // A newline would end the command: it is escaped, as printable() shows it.
  CHECK(govsim::gnuplot_string("a\nsystem('rm')") == "'a\\nsystem(''rm'')'");
  const std::string svg =
      govsim::gnuplot_svg("set terminal svg size 300,200 noenhanced\nset title " +
                              govsim::gnuplot_string("`echo ran` 'quoted' a_b^c") + "\nplot x notitle\n",
                          "t-", "a test");
  CHECK(svg.starts_with("<svg"));
  CHECK(svg.find("<text>`echo ran` 'quoted' a_b^c</text>") != std::string::npos);
  CHECK(svg.find("<title>a test</title>") != std::string::npos);
  CHECK(svg.find("id=\"t-gnuplot_canvas\"") != std::string::npos);
  CHECK(svg.find("id='t-gpPt0'") != std::string::npos);
  CHECK(svg.find("xlink:href='#t-gpPt") != std::string::npos);
}

TEST_CASE("report plots: a gnuplot script that fails is a one-line error naming the problem",
          "[experiment][report][gnuplot]") {
  CHECK_THROWS_WITH(
      govsim::gnuplot_svg("set terminal svg\nplot nosuchfunction(x)\n", "t-", "t"),
      Catch::StartsWith("gnuplot could not draw a plot: ") && Catch::Contains("nosuchfunction"));
}

TEST_CASE("without gnuplot the report says how to install it", "[experiment][report][gnuplot]") {
  const char* path = std::getenv("PATH");
  const std::string saved = path ? path : "";
  ::setenv("PATH", "/nonexistent-folder", 1);
  const std::string expected = "gnuplot is not installed: run `make deps` (or apt-get install gnuplot-nox)";
  CHECK_THROWS_WITH(govsim::require_gnuplot(), expected);
  CHECK_THROWS_WITH(govsim::experiment_report_html(three_arms(5)), expected);
  ::setenv("PATH", saved.c_str(), 1);
  CHECK_NOTHROW(govsim::require_gnuplot());
}

TEST_CASE("report plots: gnuplot reads a script longer than a pipe holds, and is stopped when too slow",
          "[experiment][report][gnuplot]") {
  // Some 300 kB: written while gnuplot reads, never all at once.
  std::string script = "set terminal svg size 300,200 noenhanced\n$d << EOD\n";
  for (int i = 0; i < 30000; ++i) script += std::to_string(i) + " " + std::to_string(i % 97) + "\n";
  script += "EOD\nplot $d using 1:2 with dots notitle\n";
  CHECK(govsim::gnuplot_svg(script, "big-", "big").starts_with("<svg"));
  CHECK_THROWS_WITH(govsim::gnuplot_svg("pause 20\n", "t-", "t", std::chrono::milliseconds(300)),
                    "gnuplot took longer than 0.3 s to draw a plot and was stopped");
}
