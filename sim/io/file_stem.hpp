#pragma once

#include <string>
#include <string_view>

namespace govsim {

/// "scenarios/01-expedited-discharge.yaml" → "01-expedited-discharge": the
/// default name of an input, and the name of a built-in.
inline std::string file_stem(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return std::string(file.substr(0, file.rfind('.')));
}

}  // namespace govsim
