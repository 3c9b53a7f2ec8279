#include "experiment/comparison.hpp"

#include <array>
#include <iomanip>
#include <sstream>

#include "engine/enforce.hpp"

namespace govsim {
namespace {

std::string number(double x) {
  std::ostringstream out;
  out << std::setprecision(3) << x;
  return out.str();
}

std::string interval(const Summary& s) { return "[" + number(s.low) + ", " + number(s.high) + "]"; }

// A, B, ... Z, then AA, AB...: each arm's short name in the table.
std::string arm_key(std::size_t a) {
  std::string key;
  for (++a; a > 0; a = (a - 1) / 26) key.insert(key.begin(), static_cast<char>('A' + (a - 1) % 26));
  return key;
}

}  // namespace

std::span<const Outcome> headline_outcomes() {
  static constexpr std::array measures{Outcome::harm,
                                       Outcome::expected_harm,
                                       Outcome::council_knows_day,
                                       Outcome::days_harm_to_council,
                                       Outcome::accountable_knows_day,
                                       Outcome::unmet_need,
                                       Outcome::decision_day,
                                       Outcome::unaddressed_matters};
  return measures;
}

ArmComparison compare_arms(std::vector<std::string> labels,
                           const std::vector<std::vector<Outcomes>>& outcomes,
                           std::span<const Outcome> measures, double confidence) {
  GOVSIM_ENFORCE(labels.size() == outcomes.size() && !outcomes.empty(), "one label per arm, and an arm");
  ArmComparison c;
  c.labels = std::move(labels);
  c.replications = outcomes.front().size();
  c.confidence = confidence;
  for (const auto& arm : outcomes)
    GOVSIM_ENFORCE(arm.size() == c.replications, "arms are paired: same length");
  for (Outcome measure : measures) {
    ArmComparison::Metric m{measure, {}, {}, {}};
    std::vector<std::vector<double>> values;
    for (const auto& arm : outcomes) {
      std::vector<double> x;
      for (const Outcomes& o : arm) x.push_back(o[static_cast<std::size_t>(measure)]);
      m.arms.push_back(summarise(x, confidence));
      m.medians.push_back(quantile(x, 0.5));
      values.push_back(std::move(x));
    }
    for (std::size_t a = 0; a < values.size(); ++a)
      m.differences.push_back(
          a == 0 ? std::nullopt
                 : std::optional<Summary>(paired_difference(values[0], values[a], confidence)));
    c.metrics.push_back(std::move(m));
  }
  return c;
}

std::string difference_words(const Summary& d) {
  if (d.n < 2) return "too few replications for an interval";
  if (d.low > 0) return "higher, and the interval excludes 0";
  if (d.high < 0) return "lower, and the interval excludes 0";
  return "no clear difference (the interval includes 0)";
}

void write_comparison(std::ostream& out, const ArmComparison& c) {
  const std::string level = number(c.confidence * 100) + "%";
  out << c.replications << (c.paired ? " paired replication" : " replication")
      << (c.replications == 1 ? "" : "s") << (c.paired ? "" : " per arm, not paired") << "; means with "
      << level << " confidence intervals (Student's t); differences are each arm's minus the first's, "
      << (c.paired ? "replication by replication\n"
                   : "run k against run k of independent draws (wider intervals than paired runs give)\n");
  if (c.replications < 2)
    out << "with fewer than 2 replications there is no interval: run more (--reps)\n";
  else if (c.replications < few_replications)
    out << "only " << c.replications << " replications: the intervals lean on the means being near normal; "
        << few_replications << " or more is safer\n";
  std::size_t width = 0;
  for (const std::string& label : c.labels) width = std::max(width, label.size());
  width = std::min<std::size_t>(width, 44);
  out << "\narms:\n";
  for (std::size_t a = 0; a < c.labels.size(); ++a)
    out << "  " << arm_key(a) << "  " << c.labels[a] << (a == 0 ? " (the base)" : "") << '\n';
  for (const ArmComparison::Metric& m : c.metrics) {
    out << '\n' << describe(m.outcome) << " (" << to_string(m.outcome) << ")\n";
    for (std::size_t a = 0; a < m.arms.size(); ++a) {
      // Few arms: their labels; many (a sweep): their keys, listed above.
      const bool few = c.labels.size() <= 4;
      std::string label = few ? arm_key(a) + " " + c.labels[a] : arm_key(a);
      if (label.size() > width + 4) label = label.substr(0, width + 1) + "...";
      out << "  " << std::left << std::setw(static_cast<int>(few ? width + 5 : 4)) << label << std::right
          << std::setw(9) << number(m.arms[a].mean) << " " << std::setw(22) << std::left
          << interval(m.arms[a]) << std::right;
      if (m.differences[a]) {
        const Summary& d = *m.differences[a];
        out << "  " << arm_key(a) << " - A: " << (d.mean >= 0 ? "+" : "") << number(d.mean) << " "
            << interval(d) << ", " << difference_words(d);
      }
      out << '\n';
    }
  }
}

nlohmann::ordered_json comparison_json(const ArmComparison& c) {
  using json = nlohmann::ordered_json;
  json out = {{"replications", c.replications}, {"confidence", c.confidence}, {"arms", c.labels}};
  json metrics = json::array();
  for (const ArmComparison::Metric& m : c.metrics) {
    json arms = json::array();
    for (std::size_t a = 0; a < m.arms.size(); ++a) {
      json arm = {{"arm", c.labels[a]},   {"mean", m.arms[a].mean}, {"sd", m.arms[a].sd},
                  {"low", m.arms[a].low}, {"high", m.arms[a].high}, {"median", m.medians[a]},
                  {"n", m.arms[a].n}};
      if (m.differences[a]) {
        const Summary& d = *m.differences[a];
        arm["difference"] = {{"mean", d.mean},
                             {"low", d.low},
                             {"high", d.high},
                             {"excludes_zero", d.n >= 2 && (d.low > 0 || d.high < 0)}};
      }
      arms.push_back(arm);
    }
    metrics.push_back(
        {{"metric", to_string(m.outcome)}, {"description", describe(m.outcome)}, {"arms", arms}});
  }
  out["metrics"] = metrics;
  return out;
}

}  // namespace govsim
