#include "scenario/parameter_reader.hpp"

namespace govsim {

namespace {

// Parameters of the earlier scripted model, and what replaced them: a file that
// sets them still loads, and `govsim check` says what to change.
struct Retired {
  std::string_view name, instead;
};
constexpr Retired retired[] = {
    {"complaints_to_call_in_scrutiny",
     "scrutiny is now called in on a matter's political salience: set salience_to_call_in_scrutiny (points)"},
    {"complaints_to_draw_in_leadership",
     "the leadership is now drawn in on a matter's salience: set salience_to_draw_in_leadership (points)"},
};

}  // namespace

std::vector<ParameterSetting> read_parameters(const YamlMap& top, const char* key) {
  std::vector<ParameterSetting> settings;
  if (!top.has(key)) return settings;
  std::vector<std::string_view> known(parameter_names().begin(), parameter_names().end());
  for (const Retired& r : retired) known.push_back(r.name);
  YamlMap map(top.get(key), top.file(), top.findings(), std::string("'") + key + "' (named parameters)",
              known);
  for (const Retired& r : retired)
    if (map.has(r.name))
      top.findings().warning(
          map.place(r.name),
          "'" + std::string(r.name) + "' is no longer used and is ignored: " + std::string(r.instead),
          "obsolete-key");
  if (!map.valid()) return settings;
  for (const ParameterInfo& p : parameter_table())
    if (auto value = map.number(p.name, p.min, p.max))
      settings.push_back({*parse_parameter(p.name), *value, map.place(p.name)});
  return settings;
}

}  // namespace govsim
