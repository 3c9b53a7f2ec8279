#include "engine/event_log_jsonl.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/detail/json_text.hpp"
#include "io/input_error.hpp"
#include "io/input_limits.hpp"
#include "io/printable.hpp"

namespace govsim {
namespace {

using detail::append_json_number;
using detail::append_json_string;

void append_symbol_field(std::string& line, const EventLog& log, const char* key, Symbol symbol) {
  if (symbol == no_symbol) return;
  line += ",\"";
  line += key;
  line += "\":";
  append_json_string(line, log.text(symbol));
}

std::string header_line(const EventLog& log) {
  const Provenance& p = log.provenance;
  nlohmann::ordered_json header = {
      {"schema", event_log_schema},
      {"schema_version", event_log_schema_version},
      {"govsim", p.govsim_version},
      {"model", p.model},
      {"seed", p.seed},
      {"replication", p.replication},
      {"inputs", nlohmann::ordered_json::array()},
      {"events", log.size()},
      {"fingerprint", fingerprint_hex(log.fingerprint())},
  };
  for (const InputFile& input : p.inputs)
    header["inputs"].push_back({{"role", input.role}, {"name", input.name}, {"hash", input.hash}});
  // Written only when there are any, so that a log of a run of its files alone
  // reads as it always has.
  if (!p.parameters.empty()) {
    auto& parameters = header["parameters"] = nlohmann::ordered_json::array();
    for (const ParameterGiven& setting : p.parameters)
      parameters.push_back({{"name", setting.name}, {"value", setting.value}});
  }
  if (!p.areas.empty()) header["areas"] = p.areas;
  if (p.days) header["days"] = *p.days;
  if (!p.choices.empty()) header["choices"] = p.choices;
  return header.dump();
}

}  // namespace

EventLog read_jsonl_file(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    throw InputError({path}, "no such log file: write one with `govsim run --log FILE.jsonl`");
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw InputError({path}, "cannot read the log: " + error.message());
  if (size > input_limits().log_bytes)
    throw InputError({path}, "log is too large (" + describe_size(size) + "; logs are limited to " +
                                 describe_size(input_limits().log_bytes) +
                                 "): is this the right file? (--max-input-mb raises the limit)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path}, "cannot open the log for reading (check its permissions)");
  return read_jsonl(in, path);
}

void write_jsonl(const EventLog& log, std::ostream& out) {
  out << header_line(log) << '\n';
  std::string line;
  for (const LogRecord& r : log.records()) {
    line.assign("{\"t\":");
    append_json_number(line, r.time);
    line += ",\"kind\":\"";
    line += to_string(r.kind);
    line += '"';
    append_symbol_field(line, log, "actor", r.actor);
    append_symbol_field(line, log, "other", r.other);
    append_symbol_field(line, log, "subject", r.subject);
    append_symbol_field(line, log, "what", r.what);
    append_symbol_field(line, log, "channel", r.channel);
    if (r.item != 0) line += ",\"item\":" + std::to_string(r.item);
    if (r.severity != 0) line += ",\"severity\":" + std::to_string(r.severity);
    if (r.flags != 0) line += ",\"flags\":" + std::to_string(r.flags);
    if (r.value != 0.0) {
      line += ",\"value\":";
      append_json_number(line, r.value);
    }
    append_symbol_field(line, log, "note", r.note);
    line += "}\n";
    out << line;
  }
}

namespace {

class LineReader {
 public:
  LineReader(const std::string& source, int line) : source_(source), line_(line) {}

  [[noreturn]] void fail(const std::string& message, int column = 1) const {
    throw InputError({source_, line_, column}, message);
  }

  nlohmann::json parse(const std::string& text) const {
    if (const auto nul = text.find('\0'); nul != std::string::npos)
      fail(
          "holds a NUL byte: this is not a text file (is it a govsim event log written by `govsim run "
          "--log`?)",
          static_cast<int>(nul) + 1);
    if (const auto bad = first_invalid_utf8(text); bad != std::string::npos)
      fail("holds a byte that is not UTF-8 (" + printable(text.substr(bad, 1)) +
               "): a govsim event log is UTF-8 text; write it again with `govsim run --log`",
           static_cast<int>(bad) + 1);
    try {
      return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
      // The place is given already (FILE:LINE:COL); the library's own "[json.exception...]
      // parse error at line 1, column N:" counts within the one line and reads as a second place.
      std::string reason = error.what();
      if (const auto at = reason.find(": ", reason.find("column ")); at != std::string::npos)
        reason = reason.substr(at + 2);
      fail("not valid JSON: " + reason + " (is this a govsim event log written by `govsim run --log`?)",
           static_cast<int>(error.byte));
    } catch (const nlohmann::json::exception& error) {
      // A number too large for a double (1e400) is the one other way parsing fails.
      fail(std::string("a number is out of range: ") + error.what() +
           " (a govsim event log holds only finite numbers)");
    }
  }

  /// A number that must be finite, from min to max.
  double finite(const nlohmann::json& object, const char* key, double fallback, double min,
                double max) const {
    const double x = get<double>(object, key, fallback);
    if (!std::isfinite(x) || x < min || x > max) {
      std::ostringstream message;
      message << "field \"" << key << "\" is " << x << " but must be a number from " << min << " to " << max;
      fail(message.str());
    }
    return x;
  }

  template <typename T>
  T get(const nlohmann::json& object, const char* key, T fallback) const {
    auto found = object.find(key);
    if (found == object.end()) return fallback;
    try {
      return found->get<T>();
    } catch (const nlohmann::json::exception&) {
      fail(std::string("field \"") + key + "\" has the wrong type");
    }
  }

 private:
  const std::string& source_;
  int line_;
};

Symbol read_symbol(EventLog& log, const LineReader& reader, const nlohmann::json& object, const char* key) {
  return log.intern(reader.get<std::string>(object, key, ""));
}

// A whole number from 0 to the largest the field holds. JSON numbers written
// with a fraction or exponent (1e22) are refused: converting one to an integer
// it does not fit is undefined behaviour.
// A list of texts, or none: a header's "areas" and "choices".
std::vector<std::string> read_texts(const LineReader& reader, const nlohmann::json& object, const char* key) {
  std::vector<std::string> texts;
  const auto found = object.find(key);
  if (found == object.end()) return texts;
  if (!found->is_array() ||
      !std::all_of(found->begin(), found->end(), [](const auto& t) { return t.is_string(); }))
    reader.fail(std::string("field \"") + key + "\" must be a list of texts");
  for (const auto& text : *found) texts.push_back(text.get<std::string>());
  return texts;
}

template <typename Whole>
Whole read_whole(const LineReader& reader, const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end()) return 0;
  if (!found->is_number_unsigned() && !(found->is_number_integer() && found->get<std::int64_t>() >= 0))
    reader.fail(std::string("field \"") + key + "\" must be a whole number, 0 or more");
  const auto wide = found->get<std::uint64_t>();
  if (wide > std::numeric_limits<Whole>::max())
    reader.fail(std::string("field \"") + key + "\" is out of range (at most " +
                std::to_string(std::numeric_limits<Whole>::max()) + ")");
  return static_cast<Whole>(wide);
}

// Reads one line of at most `limit` bytes; a longer one is refused before it is
// held in memory whole.
bool read_line(std::istream& in, std::string& text, const std::string& source, int line_number) {
  text.clear();
  std::streambuf* buffer = in.rdbuf();
  const std::size_t limit = input_limits().log_line_bytes;
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) return !text.empty();
    if (c == '\n') return true;
    if (text.size() == limit)
      throw InputError({source, line_number, 1},
                       "line is longer than " + describe_size(limit) +
                           ": no line of a govsim event log is; is this the right file?");
    text.push_back(static_cast<char>(c));
  }
}

}  // namespace

EventLog read_jsonl(std::istream& in, const std::string& source) {
  EventLog log;
  std::string text;
  int line_number = 0;

  if (!read_line(in, text, source, 1)) throw InputError({source}, "empty file: not a govsim event log");
  ++line_number;
  LineReader head(source, line_number);
  const nlohmann::json header = head.parse(text);
  if (!header.is_object() || head.get<std::string>(header, "schema", "") != event_log_schema)
    head.fail("first line is not a govsim event log header (missing \"schema\": \"" +
              std::string(event_log_schema) + "\")");
  const int version = head.get<int>(header, "schema_version", 0);
  if (version != event_log_schema_version)
    head.fail("event log schema version " + std::to_string(version) +
              " is not supported (this govsim reads version " + std::to_string(event_log_schema_version) +
              "); re-run the scenario with this govsim");
  Provenance& p = log.provenance;
  p.govsim_version = head.get<std::string>(header, "govsim", "");
  p.model = head.get<std::string>(header, "model", "");
  p.seed = read_whole<std::uint64_t>(head, header, "seed");
  p.replication = read_whole<std::uint64_t>(head, header, "replication");
  if (auto inputs = header.find("inputs"); inputs != header.end() && inputs->is_array())
    for (const auto& input : *inputs)
      p.inputs.push_back({head.get<std::string>(input, "role", ""), head.get<std::string>(input, "name", ""),
                          head.get<std::string>(input, "hash", "")});
  if (auto parameters = header.find("parameters"); parameters != header.end()) {
    if (!parameters->is_array()) head.fail("field \"parameters\" must be a list");
    for (const auto& setting : *parameters) {
      if (!setting.is_object()) head.fail("each of \"parameters\" must be an object with a name and a value");
      p.parameters.push_back({head.get<std::string>(setting, "name", ""),
                              head.finite(setting, "value", std::nan(""), -std::numeric_limits<double>::max(),
                                          std::numeric_limits<double>::max())});
    }
  }
  p.areas = read_texts(head, header, "areas");
  p.choices = read_texts(head, header, "choices");
  if (header.contains("days")) p.days = head.finite(header, "days", 0.0, 0.0, max_log_days);
  const auto declared_events = read_whole<std::uint64_t>(head, header, "events");
  const auto declared_fingerprint = head.get<std::string>(header, "fingerprint", "");

  // Times must be finite, in order and within the run, so that nothing reading
  // the log (the view's day slider above all) meets a day it cannot place.
  double run_days = max_log_days;
  double previous_time = 0.0;
  while (read_line(in, text, source, line_number + 1)) {
    ++line_number;
    if (text.empty()) continue;
    LineReader reader(source, line_number);
    const nlohmann::json event = reader.parse(text);
    if (!event.is_object()) reader.fail("an event line must be a JSON object");
    const auto kind_name = reader.get<std::string>(event, "kind", "");
    const auto kind = parse_log_kind(kind_name);
    if (!kind) reader.fail("unknown event kind \"" + kind_name + "\"");
    if (!event.contains("t")) reader.fail("event has no time \"t\"");
    LogRecord r;
    r.kind = *kind;
    r.time = reader.finite(event, "t", 0.0, 0.0, run_days);
    if (r.time < previous_time) {
      std::ostringstream message;
      message << "event at time " << r.time << " comes after one at " << previous_time
              << ": a log's events are in time order; write it again with `govsim run --log`";
      reader.fail(message.str());
    }
    previous_time = r.time;
    r.actor = read_symbol(log, reader, event, "actor");
    r.other = read_symbol(log, reader, event, "other");
    r.subject = read_symbol(log, reader, event, "subject");
    r.what = read_symbol(log, reader, event, "what");
    r.channel = read_symbol(log, reader, event, "channel");
    r.note = read_symbol(log, reader, event, "note");
    r.item = read_whole<std::uint32_t>(reader, event, "item");
    r.severity = read_whole<std::uint8_t>(reader, event, "severity");
    r.flags = read_whole<std::uint8_t>(reader, event, "flags");
    r.value = reader.get<double>(event, "value", 0.0);
    // An escalation's value is the id of the item it sent on, which readers follow.
    if (r.kind == LogKind::item_escalated) {
      r.value = reader.finite(event, "value", 0.0, 0.0, std::numeric_limits<std::uint32_t>::max());
      if (r.value != std::floor(r.value))
        reader.fail("an escalation's \"value\" is the id of the item it sent on, a whole number");
    }
    if (r.kind == LogKind::run_started || r.kind == LogKind::run_ended) {
      const double days = reader.finite(event, "value", 0.0, 0.0, max_log_days);
      if (r.kind == LogKind::run_ended && days < previous_time)
        reader.fail("the run ends before its last event: write the log again with `govsim run --log`");
      // A run lasts at least a day; a start without its length (0) bounds nothing.
      if (r.kind == LogKind::run_started && days > 0.0) run_days = days;
    }
    log.append(r);
  }

  LineReader tail(source, line_number);
  if (log.size() != declared_events)
    tail.fail("log is truncated or edited: its header declares " + std::to_string(declared_events) +
              " events but the file holds " + std::to_string(log.size()) +
              "; write it again with `govsim run --log`");
  if (!declared_fingerprint.empty() && fingerprint_hex(log.fingerprint()) != declared_fingerprint)
    tail.fail("log was edited: its events no longer match the header's fingerprint " + declared_fingerprint);
  return log;
}

}  // namespace govsim
