// The HTML report of a comparison or a sweep (`govsim compare … --report`,
// `govsim results … --report`, `govsim sweep … --report`): the numbers in words
// and a table, and three kinds of picture drawn by gnuplot as inline SVG (why
// gnuplot, and how it is run safely: report/gnuplot.cpp).
//
//   forest        each arm's paired difference from the first: the mean and its
//                 interval, a line at 0; one small panel per measure, since the
//                 measures have units of their own (people, days).
//   distribution  each measure over the replications, per arm, as horizontal box
//                 plots (quartiles, median, Tukey whiskers, the values beyond
//                 them, and the mean). Box plots rather than violins: the
//                 measures are small counts and days cut off at the run's end,
//                 so many replications tie, and a violin's smoothing would draw
//                 values no run can have; boxes also stay legible for the dozens
//                 of arms a sweep makes, and share the forest plot's rows.
//   parameter     for each numeric factor a sweep varied (two values or more),
//                 each measure's mean against the factor's value, with the mean's
//                 confidence interval shaded as a band. One line and band per
//                 combination of everything else that varies (scenario,
//                 arrangement, the other factors), so nothing is averaged over
//                 arms that differ in other ways; at most seven lines (the
//                 palette's colours), the rest named as not drawn.
#include "experiment/experiment_report.hpp"
#include "report/html_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iomanip>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "experiment/comparison.hpp"
#include "experiment/experiment_file.hpp"
#include "experiment/statistics.hpp"
#include "io/input_error.hpp"
#include "model/parameters.hpp"
#include "report/gnuplot.hpp"
#include "version.hpp"

namespace govsim {
namespace {

// Okabe–Ito, as the view uses (viz/render/theme.hpp): told apart with colour
// blindness and in print; each line also has its own dash and point shape.
constexpr std::array<const char*, 7> line_colours{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                  "#E69F00", "#56B4E9", "#000000"};
constexpr const char* clear_colour = "#0072B2";    // a difference whose interval excludes 0
constexpr const char* unclear_colour = "#6b6b6b";  // one whose interval includes 0
constexpr const char* mean_colour = "#D55E00";

std::string h(std::string_view text) { return html_text(text); }

// Three significant figures, as the text table of `govsim compare` shows them;
// thousands as whole numbers rather than in exponent form.
std::string number(double x) {
  if (!std::isfinite(x)) return "none";
  if (std::fabs(x) < 1e-9) x = 0;  // rounding left over from sums, not a difference
  std::ostringstream out;
  if (std::fabs(x) >= 1000)
    out << std::fixed << std::setprecision(0) << x;
  else
    out << std::setprecision(3) << x;
  return out.str();
}
std::string signed_number(double x) { return (x >= 0 ? "+" : "") + number(x); }
std::string interval(const Summary& s) { return "[" + number(s.low) + ", " + number(s.high) + "]"; }

// For gnuplot's data: exact, and NaN (a missing point to gnuplot) when not a number.
std::string datum(double x) { return std::isfinite(x) ? exact_number(x) : "NaN"; }

// A, B, ... Z, then AA, AB...: as in the text table.
std::string arm_key(std::size_t a) {
  std::string key;
  for (++a; a > 0; a = (a - 1) / 26) key.insert(key.begin(), static_cast<char>('A' + (a - 1) % 26));
  return key;
}

std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// Words cut at a space to at most `most` bytes, with an ellipsis when cut.
std::string at_most(std::string words, std::size_t most) {
  if (words.size() <= most) return words;
  const std::size_t space = words.rfind(' ', most - 1);
  words.resize(space == std::string::npos || space == 0 ? most - 1 : space);
  return words + "…";
}

// A measure's description short enough for an axis (the panel's title has it whole).
std::string axis_words(Outcome outcome, std::size_t most = 46) {
  std::string words(describe(outcome));
  if (const std::size_t bracket = words.find(" ("); bracket != std::string::npos) words.resize(bracket);
  return at_most(words, most);
}

// A label for a plot's axis: long ones keep their start and their end (where a
// sweep's label names the factor's value), cut in the middle, on UTF-8 boundaries.
std::string plot_label(const std::string& label, std::size_t most = 56) {
  if (label.size() <= most) return label;
  std::size_t head = most / 2 - 1, tail = label.size() - (most / 2 - 1);
  while (head > 0 && (static_cast<unsigned char>(label[head]) & 0xC0) == 0x80) --head;
  while (tail < label.size() && (static_cast<unsigned char>(label[tail]) & 0xC0) == 0x80) ++tail;
  return label.substr(0, head) + "…" + label.substr(tail);
}

std::size_t longest(const std::vector<std::string>& labels) {
  std::size_t most = 0;
  for (const std::string& label : labels) most = std::max(most, plot_label(label).size());
  return most;
}

std::vector<double> values_of(const std::vector<Outcomes>& arm, Outcome outcome) {
  std::vector<double> values;
  for (const Outcomes& o : arm) values.push_back(o[static_cast<std::size_t>(outcome)]);
  return values;
}

// What every plot starts with: an SVG of the size given, plain text (no
// enhanced-text markup, so labels print as written), a legible font, light grid.
std::string preamble(int width, int height) {
  std::ostringstream s;
  s << "set terminal svg size " << width << "," << height
    << " noenhanced font 'DejaVu Sans,14' background '#ffffff'\n"
       "set encoding utf8\n"
       "set border 3 lc '#444444' lw 1\n"
       "set tics nomirror out textcolor '#222222'\n"
       "set grid xtics lc '#dddddd' lw 1 dt 1\n"
       "set key off\n";
  return s.str();
}

// Rows of an arm-per-row plot: the arms from top to bottom, labelled.
std::string arm_rows(const std::vector<std::string>& labels) {
  std::ostringstream s;
  s << "set yrange [" << static_cast<double>(labels.size()) + 0.6 << ":0.4]\nset ytics (";
  for (std::size_t i = 0; i < labels.size(); ++i)
    s << (i ? ", " : "") << gnuplot_string(plot_label(labels[i])) << " " << i + 1;
  s << ") scale 0\n";
  return s.str();
}

// An x range holding every value (and 0 when asked), with some room either side.
std::string x_range(double low, double high, bool with_zero) {
  if (with_zero) low = std::min(low, 0.0), high = std::max(high, 0.0);
  if (!std::isfinite(low) || !std::isfinite(high)) return "set xrange [-1:1]\n";  // nothing to draw
  double room = (high - low) * 0.08;
  if (room <= 0) room = std::max(std::fabs(high) * 0.1, 0.5);
  std::ostringstream s;
  s << "set xrange [" << exact_number(low - room) << ":" << exact_number(high + room) << "]\n";
  return s.str();
}

// Wide enough for the arms' labels (about 7 px a character) and a plot of
// over 300 px beside them; two such panels fit side by side on a wall.
int arm_plot_width(const std::vector<std::string>& labels) {
  return std::clamp(360 + 7 * static_cast<int>(longest(labels)), 460, 960);
}

// The x axis's label: centred under the plot when it fits there, else ending
// at the plot's right edge and reaching left under the arms' labels, so that
// it is never cut off.
std::string x_label(const std::string& text) {
  if (text.size() <= 40) return "set xlabel " + gnuplot_string(text) + "\n";
  return "set bmargin 4.6\nset label 100 " + gnuplot_string(text) + " at graph 1, character 1.2 right\n";
}
int arm_plot_height(std::size_t rows) { return 100 + 40 * static_cast<int>(rows); }

// An id for HTML and SVG made of letters, digits, _ and - only: a factor's name
// comes from a store's file, which anyone may have written.
std::string safe_id(std::string_view text) {
  std::string id;
  for (char c : text)
    id += (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-') ? c : '_';
  return id;
}

struct Figure {
  std::string id, title, svg;
  int width = 0;
};

// The SVG marked with its kind, so a page (and its tests) can tell the plots apart.
std::string tagged(std::string svg, std::string_view kind) {
  if (svg.starts_with("<svg")) svg.insert(4, " class=\"plot-" + std::string(kind) + "\" role=\"img\"");
  return svg;
}

// --- the forest plot -------------------------------------------------------------

Figure forest(const ArmComparison& c, const ArmComparison::Metric& m) {
  std::vector<std::string> labels(c.labels.begin() + 1, c.labels.end());
  std::ostringstream clear, unclear;
  double low = 0, high = 0;
  bool any_clear = false, any_unclear = false;
  for (std::size_t a = 1; a < m.differences.size(); ++a) {
    const Summary& d = *m.differences[a];
    if (!std::isfinite(d.mean)) continue;
    const bool excludes = d.n >= 2 && (d.low > 0 || d.high < 0);
    (excludes ? clear : unclear) << datum(d.mean) << ' ' << a << ' ' << datum(d.low) << ' ' << datum(d.high)
                                 << '\n';
    (excludes ? any_clear : any_unclear) = true;
    low = std::min(low, d.low);
    high = std::max(high, d.high);
  }
  const std::string id = "forest-" + std::string(to_string(m.outcome));
  std::ostringstream s;
  s << preamble(arm_plot_width(labels), arm_plot_height(labels.size())) << arm_rows(labels)
    << x_range(low, high, true) << x_label("difference from " + plot_label(c.labels[0]))
    << "set arrow 1 from 0, graph 0 to 0, graph 1 nohead lc '#222222' lw 1.5 dt 2 back\n"
    << "$clear << EOD\n"
    << clear.str() << "EOD\n$unclear << EOD\n"
    << unclear.str() << "EOD\nplot ";
  std::string sep;
  if (any_clear) {
    s << "$clear using 1:2:3:4 with xerrorbars lw 2.5 lc '" << clear_colour << "' pt 7 ps 1.4";
    sep = ", ";
  }
  if (any_unclear)
    s << sep << "$unclear using 1:2:3:4 with xerrorbars lw 2.5 lc '" << unclear_colour << "' pt 6 ps 1.4";
  if (!any_clear && !any_unclear) s << "NaN notitle";
  s << '\n';
  const std::string title = capitalised(describe(m.outcome)) + ": difference from " + c.labels[0];
  return {id, capitalised(describe(m.outcome)), tagged(gnuplot_svg(s.str(), id + "-", title), "forest"),
          arm_plot_width(labels)};
}

// --- the distributions -----------------------------------------------------------

Figure distribution(const ArmComparison& c, Outcome outcome,
                    const std::vector<std::vector<Outcomes>>& outcomes) {
  std::ostringstream boxes, whiskers, caps, medians, means, outliers;
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (std::size_t a = 0; a < outcomes.size(); ++a) {
    std::vector<double> x;
    for (double v : values_of(outcomes[a], outcome))
      if (std::isfinite(v)) x.push_back(v);
    if (x.empty()) continue;
    const double y = static_cast<double>(a + 1);
    const double q1 = quantile(x, 0.25), median = quantile(x, 0.5), q3 = quantile(x, 0.75);
    const double reach = 1.5 * (q3 - q1);
    double w_low = q1, w_high = q3, sum = 0;
    for (double v : x) {
      sum += v;
      if (v >= q1 - reach) w_low = std::min(w_low, v);
      if (v <= q3 + reach) w_high = std::max(w_high, v);
      if (v < q1 - reach || v > q3 + reach) outliers << datum(v) << ' ' << y << '\n';
      low = std::min(low, v);
      high = std::max(high, v);
    }
    boxes << datum(median) << ' ' << y << ' ' << datum(q1) << ' ' << datum(q3) << ' ' << y - 0.3 << ' '
          << y + 0.3 << '\n';
    whiskers << datum(w_low) << ' ' << y << ' ' << datum(w_high - w_low) << " 0\n";
    for (double end : {w_low, w_high}) caps << datum(end) << ' ' << y - 0.14 << " 0 0.28\n";
    medians << datum(median) << ' ' << y - 0.3 << " 0 0.6\n";
    means << datum(sum / static_cast<double>(x.size())) << ' ' << y << '\n';
  }
  const std::string id = "distribution-" + std::string(to_string(outcome));
  std::ostringstream s;
  s << preamble(arm_plot_width(c.labels), arm_plot_height(c.labels.size())) << arm_rows(c.labels)
    << x_range(low, high, false) << x_label(axis_words(outcome, 60)) << "$boxes << EOD\n"
    << boxes.str() << "EOD\n$whiskers << EOD\n"
    << whiskers.str() << "EOD\n$caps << EOD\n"
    << caps.str() << "EOD\n$medians << EOD\n"
    << medians.str() << "EOD\n$means << EOD\n"
    << means.str() << "EOD\n$outliers << EOD\n"
    << outliers.str() << "EOD\n";
  if (means.str().empty()) {
    s << "plot NaN notitle\n";
  } else {
    s << "plot $whiskers using 1:2:3:4 with vectors nohead lw 1.5 lc '#444444', "
         "$caps using 1:2:3:4 with vectors nohead lw 1.5 lc '#444444', "
         "$boxes using 1:2:3:4:5:6 with boxxyerror fs solid 1.0 border lc '#0b4f80' fc '#cfe1f2' lw 1.5, "
         "$medians using 1:2:3:4 with vectors nohead lw 3.5 lc '#0b3c68'";
    if (!outliers.str().empty()) s << ", $outliers using 1:2 with points pt 6 ps 0.7 lc '#555555'";
    // An open diamond, so the median shows through it when the two are close.
    s << ", $means using 1:2 with points pt 12 ps 1.6 lw 2.5 lc '" << mean_colour << "'\n";
  }
  const std::string title = capitalised(describe(outcome)) + " over the replications, arm by arm";
  return {id, capitalised(describe(outcome)), tagged(gnuplot_svg(s.str(), id + "-", title), "distribution"),
          arm_plot_width(c.labels)};
}

// --- measures against a swept parameter -----------------------------------------

struct Swept {
  std::string name;
  std::vector<double> values;  ///< distinct, ascending
};

std::optional<double> factor_value(const ArmRecord& arm, const std::string& name) {
  for (const auto& [factor, value] : arm.factors)
    if (factor == name) return value;
  return std::nullopt;
}

// The factors that take two values or more across the arms, in their order.
std::vector<Swept> swept_factors(const std::vector<ArmRecord>& arms) {
  std::vector<Swept> swept;
  std::vector<std::string> names;
  for (const ArmRecord& arm : arms)
    for (const auto& [name, value] : arm.factors)
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  for (const std::string& name : names) {
    std::set<double> values;
    for (const ArmRecord& arm : arms)
      if (const auto v = factor_value(arm, name); v && std::isfinite(*v)) values.insert(*v);
    if (values.size() >= 2) swept.push_back({name, {values.begin(), values.end()}});
  }
  return swept;
}

// Lines of a parameter plot: arms alike in all but `factor`, and their label
// naming what differs between lines (empty when one line is all there is).
struct Line {
  std::string label;
  std::vector<std::size_t> arms;
};

std::vector<Line> lines_for(const std::vector<ArmRecord>& arms, const std::string& factor) {
  auto varies = [&](auto part) {
    for (const ArmRecord& arm : arms)
      if (part(arm) != part(arms.front())) return true;
    return false;
  };
  const bool scenarios = varies([](const ArmRecord& a) { return a.scenario; });
  const bool arrangements = varies([](const ArmRecord& a) { return a.arrangement; });
  const bool areas = varies([](const ArmRecord& a) { return a.areas; });
  std::vector<std::string> others;
  for (const Swept& s : swept_factors(arms))
    if (s.name != factor) others.push_back(s.name);
  std::vector<Line> lines;
  std::map<std::string, std::size_t> index;
  for (std::size_t a = 0; a < arms.size(); ++a) {
    const ArmRecord& arm = arms[a];
    if (!factor_value(arm, factor)) continue;
    std::string label;
    auto add = [&](const std::string& part) { label += (label.empty() ? "" : ", ") + part; };
    if (scenarios) add(arm.scenario.empty() ? "default scenario" : arm.scenario);
    if (arrangements) add(arm.arrangement.empty() ? "its own arrangement" : arm.arrangement);
    if (areas) {
      std::string named;
      for (const std::string& area : arm.areas) named += (named.empty() ? "" : " ") + area;
      add("areas " + (named.empty() ? std::string("all") : named));
    }
    for (const std::string& other : others)
      if (const auto v = factor_value(arm, other)) add(other + " " + exact_number(*v));
    const auto [at, added] = index.emplace(label, lines.size());
    if (added) lines.push_back({label, {}});
    lines[at->second].arms.push_back(a);
  }
  return lines;
}

Figure parameter_plot(const ExperimentReportData& data, const Swept& factor, const std::vector<Line>& lines,
                      const ArmComparison::Metric& m) {
  const std::size_t drawn = std::min(lines.size(), line_colours.size());
  const bool key = drawn > 1 || !lines.front().label.empty();
  const int width = 640;
  const int height = 340 + (key ? 22 * static_cast<int>(drawn) : 0);
  const auto parameter = parse_parameter(factor.name);
  const std::string unit = parameter ? std::string(info(*parameter).unit) : "";
  std::ostringstream s;
  s << preamble(width, height) << "set grid ytics lc '#dddddd' lw 1 dt 1\n"
    << "set xlabel " << gnuplot_string(factor.name + (unit.empty() ? "" : " (" + unit + ")"))
    << (key ? " offset 0,0.4\n" : "\n") << "set ylabel " << gnuplot_string(axis_words(m.outcome, 36)) << '\n'
    << x_range(factor.values.front(), factor.values.back(), false);
  if (factor.values.size() <= 8) {
    s << "set xtics (";
    for (std::size_t v = 0; v < factor.values.size(); ++v) s << (v ? ", " : "") << datum(factor.values[v]);
    s << ")\n";
  }
  if (key) s << "set key below left Left reverse maxcols 1 samplen 3 spacing 1.1 textcolor '#222222'\n";
  std::ostringstream plots;
  for (std::size_t l = 0; l < drawn; ++l) {
    std::vector<std::pair<double, std::size_t>> points;
    for (std::size_t a : lines[l].arms) points.emplace_back(*factor_value(data.arms[a], factor.name), a);
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    s << "$line" << l << " << EOD\n";
    for (const auto& [x, a] : points)
      s << datum(x) << ' ' << datum(m.arms[a].mean) << ' ' << datum(m.arms[a].low) << ' '
        << datum(m.arms[a].high) << '\n';
    s << "EOD\n";
    const std::string colour = line_colours[l];
    plots << (l ? ", " : "") << "$line" << l << " using 1:3:4 with filledcurves fc '" << colour
          << "' fs transparent solid 0.2 noborder notitle, $line" << l
          << " using 1:2 with linespoints lw 2.5 lc '" << colour << "' dt " << l + 1 << " pt " << 2 * l + 5
          << " ps 1.2 title "
          << gnuplot_string(lines[l].label.empty() ? "mean" : plot_label(lines[l].label, 60));
  }
  s << "plot " << plots.str() << '\n';
  const std::string id = safe_id("parameter-" + factor.name + "-" + std::string(to_string(m.outcome)));
  const std::string title = capitalised(describe(m.outcome)) + " against " + factor.name;
  return {id, title, tagged(gnuplot_svg(s.str(), id + "-", title), "parameter"), width};
}

// --- the page --------------------------------------------------------------------

constexpr const char* style = R"(
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:0;color:#1b1b1b;background:#f7f7f4;line-height:1.45;overflow-wrap:break-word}
header{background:#16324f;color:#fff;padding:24px 40px}
header h1{margin:0 0 6px;font-size:28px} header p{margin:2px 0;opacity:.9}
main{padding:10px 40px 40px;max-width:1400px}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:18px 24px;margin:18px 0}
h2{margin-top:0;color:#16324f;font-size:22px} h3{font-size:16px;margin:4px 0 6px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin:0}
dl.facts dt{font-weight:bold;color:#16324f} dl.facts dd{margin:0}
ol.arms{margin:0;padding-left:0;list-style:none} ol.arms b{display:inline-block;min-width:28px}
.warning{background:#fff4d6;border-left:6px solid #b35806;padding:10px 14px;font-weight:bold;color:#6b3500}
.note{color:#555;font-size:14px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}
thead th{background:#eef2f6}
tr.measure th{background:#16324f;color:#fff;font-size:15px}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
td.clear{font-weight:bold;color:#0b4f80}
.legend{font-size:14px} .legend span{display:inline-block;margin-right:18px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--panel,520px)),1fr));gap:14px}
figure{margin:0;border:1px solid #e4e4e4;border-radius:6px;padding:8px 10px;background:#fff;break-inside:avoid;page-break-inside:avoid}
figure svg{display:block;width:100%;height:auto;max-width:var(--panel-max,none);margin:0 auto}
footer{color:#666;font-size:12px;padding:0 40px 30px}
@media (max-width:700px){
  header{padding:16px 18px} header h1{font-size:22px}
  main{padding:6px 10px 20px} section{padding:12px 14px}
  dl.facts{grid-template-columns:1fr} dl.facts dd{margin-bottom:6px}
  figure{padding:6px 4px}
  table,tbody,tr,th,td{display:block;width:100%} thead{display:none}
  tr{border-bottom:2px solid #ddd;padding:6px 0} td{border:none;padding:2px 0}
  tr.measure th{padding:6px 8px} td.base{display:none} td.num{white-space:normal}
  td[data-label]::before{content:attr(data-label) ": ";font-weight:bold;color:#555}
  footer{padding:0 12px 20px}
}
@page{size:A4;margin:12mm}
@media print{
  body{background:#fff;font-size:11px}
  header{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #16324f}
  main{padding:0;max-width:none} section{border:none;padding:0;margin:10px 0}
  h2,h3{break-after:avoid;page-break-after:avoid} tr{break-inside:avoid}
  .figures{grid-template-columns:1fr 1fr}
}
)";

void figures(std::ostream& out, const std::vector<Figure>& list) {
  int widest = 0;
  for (const Figure& f : list) widest = std::max(widest, f.width);
  // Two panels side by side on a wall (unless long labels make them wide), one
  // on a phone; a panel is never drawn larger than it was made, so its text
  // stays the size it was set in.
  out << "<div class=\"figures\" style=\"--panel:" << std::clamp(widest * 3 / 4, 420, 700)
      << "px;--panel-max:" << widest << "px\">\n";
  for (const Figure& f : list)
    out << "<figure id=\"" << f.id << "\"><h3>" << h(f.title) << "</h3>\n" << f.svg << "\n</figure>\n";
  out << "</div>\n";
}

void about(std::ostream& out, const ExperimentReportData& data, const ArmComparison& c) {
  out << "<section id=\"about\"><h2>What was compared</h2>\n";
  if (c.replications < 2)
    out << "<p class=\"warning\" id=\"few-replications\">Warning: only " << c.replications
        << " replication: with fewer than 2 there are no intervals and no difference can be judged. Run "
           "more.</p>\n";
  else if (c.replications < few_replications)
    out << "<p class=\"warning\" id=\"few-replications\">Warning: only " << c.replications
        << " replications. The intervals lean on the means being near normal; " << few_replications
        << " or more is safer, so read these with care.</p>\n";
  if (!data.paired)
    out << "<p class=\"warning\" id=\"not-paired\">The arms were not paired (paired: false): each drew "
           "random "
           "numbers of its own, so read the differences as between independent samples, not replication by "
           "replication.</p>\n";
  out << "<dl class=\"facts\">\n<dt>Scenario" << (data.scenarios.size() > 1 ? "s" : "") << "</dt><dd>";
  for (std::size_t i = 0; i < data.scenarios.size(); ++i) out << (i ? "<br>" : "") << h(data.scenarios[i]);
  out << "</dd>\n<dt>Arms</dt><dd><ol class=\"arms\">";
  for (std::size_t a = 0; a < c.labels.size(); ++a)
    out << "<li><b>" << arm_key(a) << "</b> " << h(c.labels[a])
        << (a == 0 ? " <i>(the base: every other arm is compared with it)</i>" : "") << "</li>";
  out << "</ol></dd>\n<dt>Replications</dt><dd>" << c.replications << " of each arm"
      << (data.paired
              ? ", paired: replication k of every arm draws the same random numbers, so each difference "
                "is taken replication by replication (common random numbers)"
              : "")
      << "</dd>\n<dt>Seed</dt><dd>" << data.seed << "</dd>\n<dt>Confidence level</dt><dd>"
      << number(c.confidence * 100) << "%: each interval is a " << number(c.confidence * 100)
      << "% confidence interval of a mean, from Student's t over the replications</dd>\n";
  if (!data.provenance.empty()) {
    out << "<dt>Made from</dt><dd>";
    for (std::size_t i = 0; i < data.provenance.size(); ++i)
      out << (i ? "<br>" : "") << h(data.provenance[i]);
    out << "</dd>\n";
  }
  out << "</dl></section>\n";
}

void table(std::ostream& out, const ArmComparison& c) {
  const std::string level = number(c.confidence * 100) + "%";
  out << "<section id=\"measures\"><h2>Each measure, arm by arm</h2>\n<p>The mean over the replications with "
         "its "
      << level << " interval, the median, and each arm's difference from arm A (" << h(c.labels[0])
      << "): its mean and interval, and whether the interval excludes 0. An interval that excludes 0 is a "
         "difference the replications show clearly; one that includes 0 is not.</p>\n"
         "<div class=\"scroll\"><table><thead><tr><th>Arm</th><th>Mean</th><th>"
      << level
      << " interval</th><th>Median</th><th>Difference from A</th><th>What it says</th></tr></thead><tbody>\n";
  for (const ArmComparison::Metric& m : c.metrics) {
    out << "<tr class=\"measure\"><th colspan=\"6\">" << h(capitalised(describe(m.outcome)))
        << "</th></tr>\n";
    for (std::size_t a = 0; a < m.arms.size(); ++a) {
      // On a phone each row is a card, each cell named by its column (data-label).
      out << "<tr><td><b>" << arm_key(a) << "</b> " << h(c.labels[a])
          << "</td><td class=\"num\" data-label=\"Mean\">" << number(m.arms[a].mean)
          << "</td><td class=\"num\" data-label=\"" << level << " interval\">" << interval(m.arms[a])
          << "</td><td class=\"num\" data-label=\"Median\">" << number(m.medians[a]) << "</td>";
      if (m.differences[a]) {
        const Summary& d = *m.differences[a];
        const bool clear = d.n >= 2 && (d.low > 0 || d.high < 0);
        out << "<td class=\"num\" data-label=\"Difference from A\">" << arm_key(a)
            << " − A: " << signed_number(d.mean) << " " << interval(d) << "</td><td"
            << (clear ? " class=\"clear\"" : "") << ">" << h(capitalised(difference_words(d))) << "</td>";
      } else {
        out << "<td class=\"base\">—</td><td>the base</td>";
      }
      out << "</tr>\n";
    }
  }
  out << "</tbody></table></div></section>\n";
}

}  // namespace

void require_experiment_report_extension(const std::string& path) {
  if (!path.ends_with(".html"))
    throw InputError({path}, "an experiment report is a web page: its file name must end in .html");
}

std::string experiment_report_html(const ExperimentReportData& data) {
  std::vector<std::string> labels;
  for (const ArmRecord& arm : data.arms) labels.push_back(arm.label);
  const ArmComparison c = compare_arms(labels, data.outcomes, headline_outcomes(), data.confidence);
  const std::string level = number(c.confidence * 100) + "%";

  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\"><title>"
      << h(data.title) << "</title>\n<style>" << style << "</style></head><body>\n<header><h1>"
      << h(data.title) << "</h1>";
  if (!data.description.empty()) out << "<p>" << h(data.description) << "</p>";
  out << "<p>" << c.labels.size() << " arms, " << c.replications << " replications each, seed " << data.seed
      << ", " << level << " intervals</p></header>\n<main>\n";
  about(out, data, c);
  table(out, c);

  if (c.labels.size() >= 2) {
    out << "<section id=\"differences\"><h2>Differences from the base arm</h2>\n<p>Each arm's difference "
           "from A ("
        << h(c.labels[0]) << "), measure by measure: the point is the mean difference over the paired "
        << "replications, the bar its " << level
        << " interval, and the dashed line 0, no difference. A bar clear of the line is a difference the "
           "replications show.</p>\n<p class=\"legend\"><span><b style=\"color:"
        << clear_colour << "\">●</b> the interval excludes 0</span><span><b style=\"color:" << unclear_colour
        << "\">○</b> the interval includes 0</span></p>\n";
    std::vector<Figure> list;
    for (const ArmComparison::Metric& m : c.metrics) list.push_back(forest(c, m));
    figures(out, list);
    out << "</section>\n";
  }

  out << "<section id=\"distributions\"><h2>How each measure varies over the replications</h2>\n<p>Each "
         "arm's "
         "values over its "
      << c.replications
      << " replications. The box holds the middle half of them, the thick line is the median, the whiskers "
         "reach the furthest values within one and a half box lengths, small circles are values beyond that, "
         "and the diamond is the mean.</p>\n<p class=\"legend\"><span><b style=\"color:"
      << mean_colour << "\">◇</b> mean</span><span><b style=\"color:#0b3c68\">┃</b> median</span></p>\n";
  std::vector<Figure> list;
  for (const ArmComparison::Metric& m : c.metrics) list.push_back(distribution(c, m.outcome, data.outcomes));
  figures(out, list);
  out << "</section>\n";

  for (const Swept& factor : swept_factors(data.arms)) {
    const std::vector<Line> lines = lines_for(data.arms, factor.name);
    const auto parameter = parse_parameter(factor.name);
    out << "<section class=\"parameter\" id=\"parameter-" << safe_id(factor.name)
        << "\"><h2>Measures against " << h(factor.name) << "</h2>\n<p>";
    if (parameter) out << "<b>" << h(factor.name) << "</b>: " << h(info(*parameter).meaning) << ". ";
    out << "The sweep set it to ";
    for (std::size_t v = 0; v < factor.values.size(); ++v)
      out << (v == 0 ? "" : v + 1 == factor.values.size() ? " and " : ", ") << exact_number(factor.values[v]);
    out << ". The line is each arm's mean, the shaded band its " << level << " interval";
    if (lines.size() > 1 || !lines.front().label.empty())
      out << "; one line for each combination of what else the sweep varied, everything else the same along "
             "it";
    out << ".</p>\n";
    if (lines.size() > line_colours.size())
      out << "<p class=\"note\">" << lines.size() - line_colours.size() << " of the " << lines.size()
          << " combinations are not drawn (seven lines at most stay legible); the table above has every arm."
             "</p>\n";
    std::vector<Figure> list;
    for (const ArmComparison::Metric& m : c.metrics) list.push_back(parameter_plot(data, factor, lines, m));
    figures(out, list);
    out << "</section>\n";
  }
  out << "</main><footer>govsim " << version << "</footer></body></html>\n";
  return out.str();
}

ExperimentReportData report_data_of(const StoreContents& store, double confidence) {
  ExperimentReportData data;
  data.title = store.experiment.name;
  data.description = store.experiment.description;
  for (const ArmRecord& arm : store.arms) {
    const std::string scenario = arm.scenario.empty() ? "each arrangement's default scenario" : arm.scenario;
    if (std::find(data.scenarios.begin(), data.scenarios.end(), scenario) == data.scenarios.end())
      data.scenarios.push_back(scenario);
  }
  data.arms = store.arms;
  data.outcomes = store.whole;
  data.seed = store.experiment.seed;
  data.paired = store.experiment.paired;
  data.confidence = confidence;
  const std::size_t expected = store.arms.size() * store.experiment.replications;
  data.provenance.push_back(
      std::to_string(store.runs.size()) + " of " + std::to_string(expected) + " runs stored" +
      (store.runs.size() < expected ? " (the sweep stopped: only replications every arm has are shown)"
                                    : ""));
  data.provenance.push_back("the experiment file " + store.experiment.file_name + " (" +
                            store.experiment.file_hash + "), run by govsim " + store.govsim_version + " (" +
                            store.build_commit + ")");
  return data;
}

}  // namespace govsim
