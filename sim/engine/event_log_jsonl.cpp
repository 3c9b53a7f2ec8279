#include "engine/event_log_jsonl.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "engine/detail/json_text.hpp"
#include "io/input_error.hpp"

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
  return header.dump();
}

}  // namespace

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
    try {
      return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
      fail(std::string("not valid JSON: ") + error.what() +
               " (is this a govsim event log written by `govsim run --log`?)",
           static_cast<int>(error.byte));
    }
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

template <typename Narrow>
Narrow read_small(const LineReader& reader, const nlohmann::json& object, const char* key) {
  const auto wide = reader.get<std::uint64_t>(object, key, 0);
  if (wide > std::numeric_limits<Narrow>::max())
    reader.fail(std::string("field \"") + key + "\" is out of range");
  return static_cast<Narrow>(wide);
}

}  // namespace

EventLog read_jsonl(std::istream& in, const std::string& source) {
  EventLog log;
  std::string text;
  int line_number = 0;

  if (!std::getline(in, text)) throw InputError({source}, "empty file: not a govsim event log");
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
  p.seed = head.get<std::uint64_t>(header, "seed", 0);
  p.replication = head.get<std::uint64_t>(header, "replication", 0);
  if (auto inputs = header.find("inputs"); inputs != header.end() && inputs->is_array())
    for (const auto& input : *inputs)
      p.inputs.push_back({head.get<std::string>(input, "role", ""), head.get<std::string>(input, "name", ""),
                          head.get<std::string>(input, "hash", "")});
  const auto declared_events = head.get<std::uint64_t>(header, "events", 0);
  const auto declared_fingerprint = head.get<std::string>(header, "fingerprint", "");

  while (std::getline(in, text)) {
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
    r.time = reader.get<double>(event, "t", 0.0);
    r.actor = read_symbol(log, reader, event, "actor");
    r.other = read_symbol(log, reader, event, "other");
    r.subject = read_symbol(log, reader, event, "subject");
    r.what = read_symbol(log, reader, event, "what");
    r.channel = read_symbol(log, reader, event, "channel");
    r.note = read_symbol(log, reader, event, "note");
    r.item = read_small<std::uint32_t>(reader, event, "item");
    r.severity = read_small<std::uint8_t>(reader, event, "severity");
    r.flags = read_small<std::uint8_t>(reader, event, "flags");
    r.value = reader.get<double>(event, "value", 0.0);
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
