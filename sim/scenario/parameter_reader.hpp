#pragma once

#include <vector>

#include "model/parameters.hpp"
#include "scenario/yaml_reader.hpp"

namespace govsim {

/// Reads a `parameters:` block (named parameters of model/parameters.hpp) from
/// `top[key]`: unknown names get a "did you mean", values their allowed range.
std::vector<ParameterSetting> read_parameters(const YamlMap& top, const char* key);

}  // namespace govsim
