#include "model/parameters.hpp"

#include <array>

namespace govsim {
namespace {

#define GOVSIM_PARAM_INFO(name, value, unit, min, max, group, meaning, source) \
  ParameterInfo{#name, value, unit, min, max, group, meaning, source},
constexpr ParameterInfo table[] = {GOVSIM_PARAMETERS(GOVSIM_PARAM_INFO)};
#undef GOVSIM_PARAM_INFO
constexpr std::size_t count = std::size(table);

constexpr auto names = [] {
  std::array<std::string_view, count> n{};
  for (std::size_t i = 0; i < count; ++i) n[i] = table[i].name;
  return n;
}();

}  // namespace

std::span<const ParameterInfo> parameter_table() { return table; }
const ParameterInfo& info(Param p) { return table[static_cast<std::size_t>(p)]; }
std::span<const std::string_view> parameter_names() { return names; }

std::optional<Param> parse_parameter(std::string_view name) {
  for (std::size_t i = 0; i < count; ++i)
    if (table[i].name == name) return static_cast<Param>(i);
  return std::nullopt;
}

Parameters::Parameters() : values_(count), origins_(count) {
  for (std::size_t i = 0; i < count; ++i) values_[i] = table[i].default_value;
}

void Parameters::set(Param p, double value, SourcePlace from) {
  values_[static_cast<std::size_t>(p)] = value;
  origins_[static_cast<std::size_t>(p)] = std::move(from);
}

void Parameters::apply(const std::vector<ParameterSetting>& settings) {
  for (const ParameterSetting& s : settings) set(s.parameter, s.value, s.place);
}

}  // namespace govsim
