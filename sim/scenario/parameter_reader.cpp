#include "scenario/parameter_reader.hpp"

namespace govsim {

std::vector<ParameterSetting> read_parameters(const YamlMap& top, const char* key) {
  std::vector<ParameterSetting> settings;
  if (!top.has(key)) return settings;
  YamlMap map(top.get(key), top.file(), top.findings(), std::string("'") + key + "' (named parameters)",
              parameter_names());
  if (!map.valid()) return settings;
  for (const ParameterInfo& p : parameter_table())
    if (auto value = map.number(p.name, p.min, p.max))
      settings.push_back({*parse_parameter(p.name), *value, map.place(p.name)});
  return settings;
}

}  // namespace govsim
