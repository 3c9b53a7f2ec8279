#include "scenario/areas.hpp"

#include <algorithm>

#include "engine/enforce.hpp"
#include "scenario/run_parameters.hpp"

namespace govsim {
namespace {

std::string in_words(std::string_view id) {
  std::string words;
  for (char c : id) words.push_back(c == '_' || c == '-' ? ' ' : c);
  while (!words.empty() && (words.back() == '?' || words.back() == '.' || words.back() == ' '))
    words.pop_back();
  return words;
}

bool has_what_it_needs(const Scenario& scenario, const Arrangement& arrangement, const std::string& area) {
  return std::all_of(scenario.needs.begin(), scenario.needs.end(),
                     [&](const auto& need) { return !arrangement.holders(need.first, area).empty(); });
}

// One area's copy of the scenario's parts.
class AreaCopy {
 public:
  AreaCopy(const Scenario& written, const Arrangement& arrangement, const std::string& area,
           double arrivals_scale, Scenario& out)
      : written_(written),
        arrangement_(arrangement),
        area_(area),
        prefix_(area_prefix(arrangement, area)),
        scale_(arrivals_scale),
        out_(out) {}

  void copy() {
    for (const auto& [name, start] : written_.conditions) out_.conditions.emplace_back(prefix_ + name, start);
    for (const auto& [name, title] : written_.condition_titles)
      out_.condition_titles[prefix_ + name] = titled(title);
    for (const Cohort& c : written_.cohorts) cohort(c);
    for (const Inject& i : written_.injects) inject(i);
    for (const DecisionPoint& p : written_.decision_points) point(p);
    for (const Response& r : written_.responses) response(r);
  }

 private:
  std::string titled(const std::string& title) const {
    return prefix_.empty() ? title : title + " in " + arrangement_.area_name(area_);
  }
  std::string matter(const std::string& subject) {
    if (subject.empty()) return subject;
    const std::string id = prefix_ + subject;
    out_.subject_area[id] = area_;
    if (!prefix_.empty() && !out_.subject_titles.contains(id)) {
      const auto title = written_.subject_titles.find(subject);
      out_.subject_titles[id] =
          titled(title != written_.subject_titles.end() ? title->second : in_words(subject));
    }
    return id;
  }
  std::string condition(const std::string& name) const { return name.empty() ? name : prefix_ + name; }
  std::string agent(const std::string& reference) const {
    if (reference.empty()) return reference;
    const auto v = arrangement_.resolve(reference, area_);
    return v ? arrangement_.agent(*v).id : reference;
  }
  std::vector<ConditionChange> changes(std::vector<ConditionChange> changes) const {
    for (ConditionChange& change : changes) change.condition = condition(change.condition);
    return changes;
  }

  void cohort(Cohort c) {
    c.id = prefix_ + c.id;
    c.agent = agent(c.agent);
    c.served_by = agent(c.served_by);
    c.subject = matter(c.subject);
    c.unmet_share_condition = condition(c.unmet_share_condition);
    c.eligibility_condition = condition(c.eligibility_condition);
    if (scale_ != 1.0) c.arrivals_per_day = c.arrivals_per_day.scaled(scale_);
    c.area = area_;
    out_.cohorts.push_back(std::move(c));
  }
  void inject(Inject i) {
    i.id = prefix_ + i.id;
    i.from = agent(i.from);
    for (std::string& to : i.to) to = agent(to);
    i.vacate = agent(i.vacate);
    for (BudgetCut& cut : i.budget_cuts) cut.body = agent(cut.body);
    i.subject = matter(i.subject);
    i.changes = changes(std::move(i.changes));
    i.area = area_;
    out_.injects.push_back(std::move(i));
  }
  void point(DecisionPoint p) {
    p.id = prefix_ + p.id;
    p.decided_by = agent(p.decided_by);
    p.advice_from = agent(p.advice_from);
    p.subject = matter(p.subject);
    for (DecisionOption& option : p.options) option.changes = changes(std::move(option.changes));
    p.area = area_;
    out_.decision_points.push_back(std::move(p));
  }
  void response(Response r) {
    r.id = prefix_ + r.id;
    r.addresses = matter(r.addresses);
    r.changes = changes(std::move(r.changes));
    r.area = area_;
    out_.responses.push_back(std::move(r));
  }

  const Scenario& written_;
  const Arrangement& arrangement_;
  const std::string& area_;
  std::string prefix_;
  double scale_;
  Scenario& out_;
};

}  // namespace

std::string area_prefix(const Arrangement& arrangement, const std::string& area) {
  return area.empty() || arrangement.area_ids().size() < 2 ? std::string() : area + ".";
}

std::vector<std::string> areas_to_play(const Scenario& scenario, const Arrangement& arrangement) {
  std::vector<std::string> all = arrangement.area_ids();
  if (all.size() < 2) return all;
  std::erase_if(all, [&](const std::string& area) {
    if (!scenario.areas_named.empty())
      return std::none_of(scenario.areas_named.begin(), scenario.areas_named.end(),
                          [&](const auto& named) { return named.first == area; });
    return !has_what_it_needs(scenario, arrangement, area);
  });
  return all;
}

Scenario play_in_areas(const Scenario& written, const Arrangement& arrangement) {
  GOVSIM_ENFORCE(!written.played_in_areas(), "a scenario is played in areas once");
  Scenario out = written;
  out.conditions.clear();
  out.condition_titles.clear();
  out.cohorts.clear();
  out.injects.clear();
  out.decision_points.clear();
  out.responses.clear();
  out.subject_area.clear();
  out.areas = areas_to_play(written, arrangement);
  const double reference = run_parameters(arrangement, written)[Param::reference_population];
  for (const std::string& area : out.areas) {
    const Area* declared = arrangement.area(area);
    const double scale = declared && declared->population ? *declared->population / reference : 1.0;
    AreaCopy(written, arrangement, area, scale, out).copy();
  }
  out.as_written = std::make_shared<const Scenario>(written);
  return out;
}

}  // namespace govsim
