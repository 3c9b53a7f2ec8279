#include <catch2/catch.hpp>
#include <limits>
#include <sstream>
#include <vector>

#include "engine/event_log.hpp"
#include "engine/event_log_jsonl.hpp"
#include "io/input_error.hpp"

using govsim::EventLog;
using govsim::LogKind;
using govsim::LogRecord;

namespace {

EventLog small_log() {
  EventLog log;
  log.provenance.govsim_version = "0.1.0";
  log.provenance.model = "test";
  log.provenance.seed = 7;
  log.provenance.replication = 2;
  log.provenance.inputs = {{"scenario", "demo.yaml", "fnv1a64:0123456789abcdef"}};
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

// What reading `text` as a log says: its one error line, or "no error".
std::string message_for(const std::string& text) {
  try {
    from_text(text);
  } catch (const govsim::InputError& error) {
    return std::string(error.what());
  }
  return std::string("no error");
}

std::string replaced_in(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
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

TEST_CASE("a log of a run given more than its files says what it was given, and reads it back",
          "[engine][log]") {
  EventLog log = small_log();
  log.provenance.parameters = {{"hold_limit_days", 60.0}, {"forum_question_probability", 0.1}};
  log.provenance.areas = {"glasgow", "fife"};
  log.provenance.days = 90.0;
  log.provenance.choices = {"adopt-target=adopt"};
  const std::string text = to_text(log);
  const EventLog copy = from_text(text);
  REQUIRE(copy.provenance.parameters.size() == 2);
  CHECK(copy.provenance.parameters[0].name == "hold_limit_days");
  CHECK(copy.provenance.parameters[0].value == 60.0);
  CHECK(copy.provenance.parameters[1].value == 0.1);
  CHECK(copy.provenance.areas == std::vector<std::string>{"glasgow", "fife"});
  CHECK(copy.provenance.days == 90.0);
  CHECK(copy.provenance.choices == std::vector<std::string>{"adopt-target=adopt"});
  CHECK(to_text(copy) == text);
  // A run of its files alone writes none of them, so its first line is as it was.
  const std::string plain = to_text(small_log());
  const std::string first = plain.substr(0, plain.find('\n'));
  for (const char* key : {"\"parameters\"", "\"areas\"", "\"days\"", "\"choices\""})
    CHECK_THAT(first, !Catch::Contains(key));
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
  SECTION("a header whose areas are not a list of texts") {
    std::string text = good;
    text.replace(text.find("\"events\""), 0, "\"areas\":[3],");
    CHECK_THAT(message_for(text),
               Catch::StartsWith("test.jsonl:1:") && Catch::Contains("\"areas\" must be a list"));
  }
  SECTION("a header whose parameter has no value") {
    std::string text = good;
    text.replace(text.find("\"events\""), 0, "\"parameters\":[{\"name\":\"hold_limit_days\"}],");
    CHECK_THAT(message_for(text), Catch::StartsWith("test.jsonl:1:") && Catch::Contains("\"value\""));
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
  SECTION("a log cut off in the middle of a line names one place, its own") {
    const std::string text = good.substr(0, good.rfind("{\"t\":120") + 12);
    const std::string message = message_for(text);
    CHECK_THAT(message,
               Catch::StartsWith("test.jsonl:4:") && Catch::Contains("not valid JSON: syntax error"));
    CHECK_THAT(message, !Catch::Contains("line 1") && !Catch::Contains("json.exception"));
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
               Catch::StartsWith("test.jsonl:3:1: error: field \"severity\" must be a whole number"));
  }
}

TEST_CASE("a log's times must be finite, in order and within the run, or the reader names the line",
          "[engine][log]") {
  const std::string good = to_text(small_log());
  auto replaced = [&](const std::string& from, const std::string& to) { return replaced_in(good, from, to); };
  SECTION("a time too large for a number") {
    CHECK_THAT(message_for(replaced("{\"t\":120", "{\"t\":1e400")),
               Catch::StartsWith("test.jsonl:4:") && Catch::Contains("out of range"));
  }
  SECTION("a time far past any run (the view's day slider cannot hold it)") {
    CHECK_THAT(message_for(replaced("{\"t\":120", "{\"t\":1e39")),
               Catch::StartsWith("test.jsonl:4:1:") && Catch::Contains("from 0 to 3650"));
  }
  SECTION("a run that ends on a day no run reaches") {
    CHECK_THAT(message_for(replaced("\"value\":120", "\"value\":1e39")),
               Catch::StartsWith("test.jsonl:4:1:") && Catch::Contains("\"value\""));
  }
  SECTION("an event earlier than the one before it") {
    CHECK_THAT(message_for(replaced("{\"t\":120", "{\"t\":0.1")), Catch::Contains("comes after one at"));
  }
  SECTION("a negative time") {
    CHECK_THAT(message_for(replaced("{\"t\":0,", "{\"t\":-1,")), Catch::StartsWith("test.jsonl:2:1:"));
  }
  SECTION("a NUL byte is named as such, on one line") {
    const std::string message = message_for(replaced("item_sent", std::string("item\0sent", 9)));
    CHECK_THAT(message, Catch::StartsWith("test.jsonl:3:") && Catch::Contains("NUL byte"));
    CHECK(message.find('\n') == std::string::npos);
  }
  SECTION("bytes that are not UTF-8 are named as such") {
    CHECK_THAT(message_for(replaced("item_sent", "item\xFFsent")), Catch::Contains("not UTF-8"));
  }
  SECTION("a line longer than any a log holds is refused before it is read whole") {
    const std::string long_line =
        "{\"t\":0,\"kind\":\"run_started\",\"note\":\"" + std::string(200'000, 'x') + "\"}";
    CHECK_THAT(message_for(replaced("{\"t\":0,\"kind\":\"run_started\",\"note\":\"start\"}", long_line)),
               Catch::StartsWith("test.jsonl:2:1:") && Catch::Contains("longer than 64 kB"));
  }
}

TEST_CASE("a value that is not a number is written as null, so the log stays JSON", "[engine][log]") {
  govsim::EventLog log = small_log();
  std::string text = to_text(log);
  govsim::LogRecord bad{.time = 120.0,
                        .value = std::numeric_limits<double>::quiet_NaN(),
                        .kind = govsim::LogKind::harm_expected};
  log.append(bad);
  text = to_text(log);
  CHECK(text.find("nan") == std::string::npos);
  CHECK(text.find("\"value\":null") != std::string::npos);
  CHECK_THROWS_AS(from_text(text), govsim::InputError);
}

TEST_CASE("a count in a log must be a whole number that fits", "[engine][log]") {
  const std::string good = to_text(small_log());
  auto replaced = [&](const std::string& from, const std::string& to) { return replaced_in(good, from, to); };
  // Converting 1e22 to an integer is undefined behaviour: it must never be tried.
  CHECK_THAT(message_for(replaced("\"seed\":7", "\"seed\":1e22")),
             Catch::StartsWith("test.jsonl:1:1:") && Catch::Contains("\"seed\" must be a whole number"));
  CHECK_THAT(message_for(replaced("\"severity\":3", "\"severity\":3.5")), Catch::Contains("whole number"));
  CHECK_THAT(message_for(replaced("\"severity\":3", "\"severity\":300")), Catch::Contains("at most 255"));
  CHECK_THAT(message_for(replaced("\"item\":1", "\"item\":-1")), Catch::Contains("whole number"));
}

TEST_CASE("an escalation names the item it sent on by a whole number that fits", "[engine][log]") {
  const std::string good = [] {
    EventLog with;
    with.provenance = small_log().provenance;
    with.append({.time = 0.0, .note = with.intern("start"), .kind = LogKind::run_started});
    with.append({.time = 1.0,
                 .value = 2.0,
                 .item = 1,
                 .actor = with.intern("cswo"),
                 .kind = LogKind::item_escalated});
    with.append({.time = 120.0, .value = 120.0, .kind = LogKind::run_ended});
    return to_text(with);
  }();
  CHECK(message_for(good) == "no error");
  // Found by the log fuzzer: following item 1.14e11 converted a double to a
  // 32-bit id, which is undefined behaviour.
  CHECK_THAT(message_for(replaced_in(good, "\"value\":2", "\"value\":1.14295e11")),
             Catch::StartsWith("test.jsonl:3:") && Catch::Contains("\"value\""));
  CHECK_THAT(message_for(replaced_in(good, "\"value\":2", "\"value\":2.5")),
             Catch::StartsWith("test.jsonl:3:") && Catch::Contains("whole number"));
}
