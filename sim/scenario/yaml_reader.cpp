#include "scenario/yaml_reader.hpp"

#include <cmath>
#include <map>
#include <sstream>

#include "io/did_you_mean.hpp"
#include "io/printable.hpp"

namespace govsim {

namespace {

// The line and column (from 1) of a byte offset, for naming a bad byte's place.
SourcePlace place_of_offset(const InputText& input, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < input.text.size(); ++i) {
    if (input.text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {input.name, line, column};
}

// No govsim file nests lists or mappings more than a few levels deep; a file
// nesting hundreds is not one, and yaml-cpp's own message for it is "bad file".
constexpr int deepest_nesting = 64;

std::optional<std::size_t> too_deep(std::string_view text) {
  int depth = 0;
  char quote = 0;
  bool comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') comment = false, quote = quote == '"' ? quote : 0;
    if (comment) continue;
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n'))
      comment = true;
    else if (c == '"' || c == '\'')
      quote = c;
    else if (c == '[' || c == '{') {
      if (++depth > deepest_nesting) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

}  // namespace

YAML::Node parse_yaml(const InputText& input) {
  if (const auto nul = input.text.find('\0'); nul != std::string::npos)
    throw InputError(place_of_offset(input, nul),
                     "holds a NUL byte: this is not a text file (is it the right file?)");
  if (const auto bad = first_invalid_utf8(input.text); bad != std::string::npos)
    throw InputError(place_of_offset(input, bad), "holds a byte that is not UTF-8 (" +
                                                      printable(input.text.substr(bad, 1)) +
                                                      "): save the file as UTF-8 text");
  if (const auto deep = too_deep(input.text))
    throw InputError(place_of_offset(input, *deep),
                     "lists or mappings nested more than " + std::to_string(deepest_nesting) +
                         " deep: no govsim file nests so deep; is this the right file?");
  YAML::Node root;
  try {
    root = YAML::Load(input.text);
  } catch (const YAML::Exception& error) {
    // yaml-cpp reads an unquoted @ as a reserved character.
    const auto at = static_cast<std::size_t>(error.mark.pos);
    const bool at_sign = at < input.text.size() && input.text[at] == '@';
    throw InputError({input.name, error.mark.line + 1, error.mark.column + 1},
                     "not valid YAML: " + error.msg +
                         (at_sign ? " (values starting with @ must be quoted: \"@cswo\")"
                                  : " (check indentation and quoting near here)"));
  }
  if (!root || root.IsNull())
    throw InputError({input.name}, "empty file: nothing to load (see docs for a minimal example)");
  if (!root.IsMap())
    throw InputError(place_of(root, input.name),
                     "the file must be a YAML mapping of keys to values, not a list or a single value");
  return root;
}

SourcePlace place_of(const YAML::Node& node, const std::string& file) {
  if (!node || node.Mark().is_null()) return {file};
  return {file, node.Mark().line + 1, node.Mark().column + 1};
}

bool report_duplicate_keys(const YAML::Node& map, const std::string& file, Findings& findings,
                           std::string_view what) {
  if (!map || !map.IsMap()) return false;
  bool any = false;
  std::map<std::string, SourcePlace> seen;
  for (auto entry = map.begin(); entry != map.end(); ++entry) {
    if (!entry->first.IsScalar()) continue;
    const std::string key = entry->first.Scalar();
    const SourcePlace place = place_of(entry->first, file);
    const auto [first, inserted] = seen.emplace(key, place);
    if (inserted) continue;
    any = true;
    findings.error(place,
                   "duplicate key '" + printable(key) + "' in " + std::string(what) +
                       " (first written at line " + std::to_string(first->second.line) +
                       (first->second.line == place.line ? ", column " + std::to_string(first->second.column)
                                                         : std::string()) +
                       "): only the first is read and this one is ignored; merge the two into one",
                   "duplicate-key");
  }
  return any;
}

YamlMap::YamlMap(const YAML::Node& node, const std::string& file, Findings& findings, std::string what,
                 std::span<const std::string_view> keys)
    : node_(node), file_(file), findings_(&findings), what_(std::move(what)) {
  if (!node_ || !node_.IsMap()) {
    findings.error(place_of(node_, file_), what_ + " must be a mapping of keys to values", "wrong-type");
    return;
  }
  valid_ = true;
  report_duplicate_keys(node_, file_, findings, what_);
  for (auto entry = node_.begin(); entry != node_.end(); ++entry) {
    if (!entry->first.IsScalar()) {
      findings.error(place_of(entry->first, file_), "keys must be plain words in " + what_, "wrong-type");
      continue;
    }
    const std::string key = entry->first.Scalar();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      unknown_.emplace_back(key, findings.size());
      findings.error(place_of(entry->first, file_),
                     "unknown key '" + printable(key) + "' in " + what_ + did_you_mean_or_list(key, keys),
                     "unknown-key");
    }
  }
}

void YamlMap::missing(std::string_view key, const std::string& needs) const {
  if (has(key)) return;
  if (unknown_.size() == 1) {
    const auto& [written, index] = unknown_.front();
    findings_->reword(index, "unknown key '" + printable(written) + "' in " + what_ + ": write it as '" +
                                 std::string(key) + "' (" + needs + ")");
    return;
  }
  findings_->error(place(), needs, "missing-key");
}

SourcePlace YamlMap::place(std::string_view key) const {
  const YAML::Node value = get(key);
  return value ? place_of(value, file_) : place();
}

void YamlMap::wrong_type(std::string_view key, std::string_view expected) const {
  findings_->error(place(key), "'" + std::string(key) + "' in " + what_ + " must be " + std::string(expected),
                   "wrong-type");
}

std::optional<std::string> YamlMap::text(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = get(key);
  if (!value.IsScalar()) {
    wrong_type(key, "a single word or sentence");
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<double> YamlMap::number(std::string_view key, double min, double max) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = get(key);
  double x = 0.0;
  if (!value.IsScalar() || !YAML::convert<double>::decode(value, x) || !std::isfinite(x)) {
    std::ostringstream expected;
    expected << "a number from " << min << " to " << max;
    wrong_type(key, std::isfinite(x) || !value.IsScalar() ? expected.str()
                                                          : expected.str() + ", not infinite or .nan");
    return std::nullopt;
  }
  if (x < min || x > max) {
    std::ostringstream range;
    range << "'" << key << "' in " << what_ << " is " << x << " but must be between " << min << " and "
          << max;
    findings_->error(place(key), range.str(), x < 0 && min >= 0 ? "negative-value" : "out-of-range");
    return std::nullopt;
  }
  return x;
}

std::optional<int> YamlMap::integer(std::string_view key, int min, int max) const {
  const auto x = number(key, min, max);
  if (!x) return std::nullopt;
  if (*x != std::floor(*x)) {
    wrong_type(key, "a whole number");
    return std::nullopt;
  }
  return static_cast<int>(*x);
}

std::optional<bool> YamlMap::flag(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = get(key);
  bool x = false;
  if (!value.IsScalar() || !YAML::convert<bool>::decode(value, x)) {
    wrong_type(key, "true or false");
    return std::nullopt;
  }
  return x;
}

std::vector<std::pair<std::string, SourcePlace>> YamlMap::text_list(std::string_view key) const {
  std::vector<std::pair<std::string, SourcePlace>> items;
  if (!has(key)) return items;
  const YAML::Node value = get(key);
  if (value.IsScalar()) {
    items.emplace_back(value.Scalar(), place_of(value, file_));
  } else if (value.IsSequence()) {
    for (const auto& item : value) {
      if (item.IsScalar())
        items.emplace_back(item.Scalar(), place_of(item, file_));
      else
        findings_->error(place_of(item, file_),
                         "each entry of '" + std::string(key) + "' must be a single word", "wrong-type");
    }
  } else {
    wrong_type(key, "a word or a list of words");
  }
  return items;
}

std::optional<Distribution> YamlMap::distribution(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  return read_distribution(get(key), file_, *findings_, "'" + std::string(key) + "' in " + what_);
}

std::optional<Distribution> read_distribution(const YAML::Node& node, const std::string& file,
                                              Findings& findings, std::string_view what) {
  const SourcePlace place = place_of(node, file);
  const std::string hint =
      " (write a number, or one of {exponential: MEAN}, {uniform: [LOW, HIGH]}, "
      "{lognormal: [MEAN, SD]}, {triangular: [MIN, MODE, MAX]})";
  auto fail = [&](const std::string& why) {
    findings.error(place, std::string(what) + " " + why + hint, "wrong-type");
    return std::nullopt;
  };
  auto numbers_of = [&](const YAML::Node& value, std::size_t count) -> std::optional<std::vector<double>> {
    std::vector<double> xs;
    if (count == 1 && value.IsScalar()) {
      double x = 0;
      if (!YAML::convert<double>::decode(value, x) || !std::isfinite(x)) return std::nullopt;
      return std::vector<double>{x};
    }
    if (!value.IsSequence() || value.size() != count) return std::nullopt;
    for (const auto& item : value) {
      double x = 0;
      if (!item.IsScalar() || !YAML::convert<double>::decode(item, x) || !std::isfinite(x))
        return std::nullopt;
      xs.push_back(x);
    }
    return xs;
  };
  auto negative = [&](const std::vector<double>& xs) {
    return std::any_of(xs.begin(), xs.end(), [](double x) { return x < 0; });
  };

  if (node.IsScalar()) {
    const auto x = numbers_of(node, 1);
    if (!x) return fail("is not a number");
    if ((*x)[0] < 0) {
      findings.error(place, std::string(what) + " is negative: a delay cannot be less than zero",
                     "negative-value");
      return std::nullopt;
    }
    return Distribution::constant((*x)[0]);
  }
  if (report_duplicate_keys(node, file, findings, what)) return std::nullopt;
  if (!node.IsMap() || node.size() != 1) return fail("is not a distribution");
  const std::string shape = node.begin()->first.Scalar();
  const YAML::Node value = node.begin()->second;
  struct Shape {
    std::string_view name;
    std::size_t parameters;
  };
  static constexpr Shape shapes[] = {
      {"constant", 1}, {"exponential", 1}, {"uniform", 2}, {"lognormal", 2}, {"triangular", 3}};
  static constexpr std::string_view shape_names[] = {"constant", "exponential", "uniform", "lognormal",
                                                     "triangular"};
  const auto known =
      std::find_if(std::begin(shapes), std::end(shapes), [&](const Shape& s) { return s.name == shape; });
  if (known == std::end(shapes))
    return fail("has an unknown shape '" + printable(shape) + "'" + did_you_mean(shape, shape_names));
  const auto xs = numbers_of(value, known->parameters);
  if (!xs) return fail("needs " + std::to_string(known->parameters) + " number(s) for " + shape);
  if (negative(*xs)) {
    findings.error(place, std::string(what) + " has a negative parameter: a delay cannot be less than zero",
                   "negative-value");
    return std::nullopt;
  }
  const auto& p = *xs;
  if (shape == "constant") return Distribution::constant(p[0]);
  if (shape == "exponential") return Distribution::exponential(p[0]);
  if (shape == "uniform") {
    if (p[0] > p[1]) return fail("needs LOW ≤ HIGH");
    return Distribution::uniform(p[0], p[1]);
  }
  if (shape == "lognormal") return Distribution::lognormal(p[0], p[1]);
  if (!(p[0] <= p[1] && p[1] <= p[2])) return fail("needs MIN ≤ MODE ≤ MAX");
  return Distribution::triangular(p[0], p[1], p[2]);
}

}  // namespace govsim
