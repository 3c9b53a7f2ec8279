#include "training/session_record.hpp"

#include <fstream>
#include <sstream>

#include "io/input_error.hpp"
#include "io/input_limits.hpp"
#include "io/output_file.hpp"
#include "version.hpp"

namespace govsim {
namespace {

constexpr const char* schema = "govsim-training-session";
constexpr int schema_version = 1;

}  // namespace

SourcePlace place_of_byte(const std::string& path, const std::string& text, std::size_t byte) {
  SourcePlace place{path, 1, 1};
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++place.line;
      place.column = 1;
    } else {
      ++place.column;
    }
  }
  return place;
}

nlohmann::ordered_json session_json(const SessionRecord& record) {
  nlohmann::ordered_json choices = nlohmann::ordered_json::array();
  for (const SessionChoice& c : record.choices) {
    nlohmann::ordered_json one = {{"point", c.choice.point},
                                  {"option", c.choice.option},
                                  {"day", c.day},
                                  {"chosen_at", c.chosen_at},
                                  {"weighed", c.weighed},
                                  {"advised", c.advised},
                                  {"advice_on_record", c.advice_on_record}};
    choices.push_back(one);
  }
  return {{"schema", schema},
          {"schema_version", schema_version},
          {"govsim", version},
          {"scenario", record.scenario},
          {"arrangement", record.arrangement ? nlohmann::ordered_json(*record.arrangement) : nullptr},
          {"seed", record.seed},
          {"started", record.started},
          {"finished", record.finished},
          {"choices", choices},
          {"notes", record.notes},
          {"fingerprint", record.fingerprint}};
}

SessionRecord read_session_record(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError({path},
                     "cannot read this session record (is the path right? `govsim train` writes one "
                     "at the end of each session)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (text.size() > input_limits().yaml_bytes)
    throw InputError({path}, "is larger than a session record can be; is it the right file?");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    std::string reason = error.what();
    if (const auto at = reason.find(": ", reason.find("column ")); at != std::string::npos)
      reason = reason.substr(at + 2);
    throw InputError(place_of_byte(path, text, error.byte > 0 ? error.byte - 1 : 0),
                     "not valid JSON: " + reason + " (a session record is written by `govsim train`)");
  } catch (const nlohmann::json::exception& error) {
    throw InputError({path}, std::string("not a session record: ") + error.what());
  }
  auto fail = [&](const std::string& message) -> InputError {
    return InputError({path}, message + " (a session record is written by `govsim train`; docs/training.md)");
  };
  if (!j.is_object() || j.value("schema", "") != schema) throw fail("not a govsim training session record");
  if (j.value("schema_version", 0) != schema_version)
    throw fail("session record version " + j.value("schema_version", nlohmann::json(0)).dump() +
               " is not one this govsim reads (it reads version 1)");
  SessionRecord record;
  try {
    record.scenario = j.at("scenario").get<std::string>();
    if (j.contains("arrangement") && !j.at("arrangement").is_null())
      record.arrangement = j.at("arrangement").get<std::string>();
    record.seed = j.at("seed").get<std::uint64_t>();
    record.started = j.value("started", "");
    record.finished = j.value("finished", false);
    record.notes = j.value("notes", "");
    for (const auto& c : j.at("choices")) {
      SessionChoice choice;
      choice.choice = {c.at("point").get<std::string>(), c.at("option").get<std::string>()};
      choice.day = c.value("day", 0.0);
      choice.chosen_at = c.value("chosen_at", "");
      choice.weighed = c.value("weighed", 0);
      choice.advised = c.value("advised", -1);
      choice.advice_on_record = c.value("advice_on_record", false);
      record.choices.push_back(choice);
    }
  } catch (const nlohmann::json::exception& error) {
    std::string reason = error.what();
    if (const auto at = reason.find("] "); at != std::string::npos) reason = reason.substr(at + 2);
    throw fail("a field is missing or of the wrong type: " + reason);
  }
  if (record.scenario.empty()) throw fail("names no scenario");
  return record;
}

void write_session_record(const SessionRecord& record, const std::string& path) {
  write_output(path, [&](std::ostream& out) { out << session_json(record).dump(2) << '\n'; });
}

}  // namespace govsim
