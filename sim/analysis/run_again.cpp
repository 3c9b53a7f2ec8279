#include "analysis/run_again.hpp"

#include <string_view>

#include "io/exact_number.hpp"

namespace govsim {
namespace {

// A word as a POSIX shell reads it back: as it is when it holds nothing the
// shell would take apart, else in single quotes.
std::string shell_word(std::string_view word) {
  constexpr std::string_view plain =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=,@%+";
  if (!word.empty() && word.find_first_not_of(plain) == std::string_view::npos) return std::string(word);
  std::string quoted = "'";
  for (const char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) text += (i ? "," : "") + words[i];
  return text;
}

}  // namespace

std::string run_again_command(const Provenance& p) {
  std::string command = "govsim run";
  if (const InputFile* scenario = input_of(p, "scenario")) command += " " + shell_word(scenario->name);
  if (const InputFile* arrangement = input_of(p, "arrangement"))
    command += " --arrangement " + shell_word(arrangement->name);
  command += " --seed " + std::to_string(p.seed);
  if (p.replication > 0) command += " --replication " + std::to_string(p.replication);
  if (p.days) command += " --days " + exact_number(*p.days);
  if (!p.areas.empty()) command += " --areas " + shell_word(joined(p.areas));
  for (const ParameterGiven& setting : p.parameters)
    command += " --set " + setting.name + "=" + exact_number(setting.value);
  for (const std::string& choice : p.choices) command += " --choose " + shell_word(choice);
  return command;
}

std::string set_for_this_run_words(const Provenance& p) {
  std::vector<std::string> set;
  for (const ParameterGiven& setting : p.parameters)
    set.push_back(setting.name + " = " + exact_number(setting.value));
  if (set.empty()) return {};
  std::string words = ", with ";
  for (std::size_t i = 0; i < set.size(); ++i)
    words += (i == 0 ? "" : i + 1 == set.size() ? " and " : ", ") + set[i];
  return words + " set for this run";
}

}  // namespace govsim
