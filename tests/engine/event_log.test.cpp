#include <catch2/catch.hpp>
#include <sstream>

#include "engine/event_log.hpp"
#include "engine/event_log_jsonl.hpp"
#include "io/input_error.hpp"

using govsim::EventLog;
using govsim::LogKind;
using govsim::LogRecord;

namespace {

EventLog small_log() {
  EventLog log;
  log.provenance = {"0.1.0", "test", 7, 2, {{"scenario", "demo.yaml", "fnv1a64:0123456789abcdef"}}};
  log.append({.time = 0.0, .note = log.intern("start"), .kind = LogKind::run_started});
  log.append({.time = 1.0 / 3.0,
              .value = 0.1,
              .item = 1,
              .actor = log.intern("frontline_team"),
              .other = log.intern("operational_manager"),
              .subject = log.intern("discharge \"72h\"\ttarget"),
              .what = log.intern("concern"),
              .channel = log.intern("line_manages"),
              .note = log.intern("a line\nbreak"),
              .kind = LogKind::item_sent,
              .severity = 3,
              .flags = govsim::log_flag::recorded | govsim::log_flag::personal});
  log.append({.time = 120.0, .value = 120.0, .kind = LogKind::run_ended});
  return log;
}

std::string to_text(const EventLog& log) {
  std::ostringstream out;
  write_jsonl(log, out);
  return out.str();
}

EventLog from_text(const std::string& text) {
  std::istringstream in(text);
  return govsim::read_jsonl(in, "test.jsonl");
}

}  // namespace

TEST_CASE("a log record stays within 64 bytes", "[engine][log]") { CHECK(sizeof(LogRecord) <= 64); }

TEST_CASE("strings are interned once", "[engine][log]") {
  EventLog log;
  const auto a = log.intern("cswo");
  CHECK(log.intern("cswo") == a);
  CHECK(log.intern("") == govsim::no_symbol);
  CHECK(log.text(a) == "cswo");
  for (int i = 0; i < 1000; ++i) log.intern("agent-" + std::to_string(i));  // force growth
  CHECK(log.text(a) == "cswo");
  CHECK(log.symbols().find("agent-999") != govsim::no_symbol);
}

TEST_CASE("a log written as JSON Lines reads back with the same fingerprint", "[engine][log]") {
  const EventLog original = small_log();
  const std::string text = to_text(original);
  const EventLog copy = from_text(text);
  CHECK(copy.size() == original.size());
  CHECK(copy.fingerprint() == original.fingerprint());
  CHECK(copy.provenance.seed == 7);
  CHECK(copy.provenance.replication == 2);
  CHECK(copy.provenance.inputs.at(0).hash == "fnv1a64:0123456789abcdef");
  CHECK(copy.records()[1].time == 1.0 / 3.0);
  CHECK(copy.text(copy.records()[1].subject) == "discharge \"72h\"\ttarget");
  CHECK(to_text(copy) == text);
}

TEST_CASE("the first line carries the schema version and provenance", "[engine][log]") {
  const std::string text = to_text(small_log());
  const std::string first = text.substr(0, text.find('\n'));
  CHECK_THAT(first, Catch::Contains("\"schema\":\"govsim-event-log\""));
  CHECK_THAT(first, Catch::Contains("\"schema_version\":1"));
  CHECK_THAT(first, Catch::Contains("\"seed\":7"));
  CHECK_THAT(first,
             Catch::Contains("\"fingerprint\":\"" + govsim::fingerprint_hex(small_log().fingerprint())));
}

TEST_CASE("the fingerprint changes with any field of any event", "[engine][log]") {
  const EventLog base = small_log();
  EventLog changed = small_log();
  auto& records = const_cast<std::vector<LogRecord>&>(changed.records());
  SECTION("time") { records[1].time += 1e-12; }
  SECTION("kind") { records[1].kind = LogKind::item_received; }
  SECTION("actor") { records[1].actor = changed.intern("cswo"); }
  SECTION("severity") { records[1].severity = 4; }
  SECTION("flags") { records[1].flags = 0; }
  SECTION("value") { records[1].value = 0.2; }
  SECTION("order") { std::swap(records[0], records[2]); }
  CHECK(changed.fingerprint() != base.fingerprint());
}

TEST_CASE("reading a damaged log names the line and what is wrong", "[engine][log]") {
  const std::string good = to_text(small_log());
  auto message_for = [](const std::string& text) {
    try {
      from_text(text);
    } catch (const govsim::InputError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  SECTION("empty") { CHECK_THAT(message_for(""), Catch::StartsWith("test.jsonl: error: empty file")); }
  SECTION("not JSON") { CHECK_THAT(message_for("hello\n"), Catch::StartsWith("test.jsonl:1:")); }
  SECTION("no header") {
    CHECK_THAT(message_for("{\"t\":0,\"kind\":\"run_started\"}\n"),
               Catch::Contains("not a govsim event log header"));
  }
  SECTION("a newer schema") {
    std::string text = good;
    text.replace(text.find("\"schema_version\":1"), 18, "\"schema_version\":9");
    CHECK_THAT(message_for(text), Catch::Contains("schema version 9 is not supported"));
  }
  SECTION("an unknown kind on line 3") {
    std::string text = good;
    text.replace(text.find("item_sent"), 9, "item_eaten");
    CHECK_THAT(message_for(text), Catch::StartsWith("test.jsonl:3:") && Catch::Contains("item_eaten"));
  }
  SECTION("a truncated log") {
    std::string text = good.substr(0, good.rfind("{\"t\":120"));
    CHECK_THAT(message_for(text), Catch::Contains("declares 3 events but the file holds 2"));
  }
  SECTION("an edited event") {
    std::string text = good;
    text.replace(text.find("\"severity\":3"), 12, "\"severity\":4");
    CHECK_THAT(message_for(text), Catch::Contains("no longer match the header's fingerprint"));
  }
  SECTION("a wrong type") {
    std::string text = good;
    text.replace(text.find("\"severity\":3"), 12, "\"severity\":\"high\"");
    CHECK_THAT(message_for(text),
               Catch::StartsWith("test.jsonl:3:1: error: field \"severity\" has the wrong type"));
  }
}
