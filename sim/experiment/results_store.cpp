#include "experiment/results_store.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "experiment/experiment_file.hpp"
#include "io/input_error.hpp"
#include "io/output_file.hpp"
#include "io/printable.hpp"
#include "io/stable_hash.hpp"
#include "version.hpp"

namespace govsim {
namespace {

constexpr const char* schema = R"sql(
CREATE TABLE experiment (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL, description TEXT NOT NULL,
  file_name TEXT NOT NULL, file_hash TEXT NOT NULL, file_text TEXT NOT NULL,
  seed INTEGER NOT NULL, replications INTEGER NOT NULL, paired INTEGER NOT NULL,
  govsim_version TEXT NOT NULL, build_commit TEXT NOT NULL, schema_version INTEGER NOT NULL);
CREATE TABLE inputs (
  role TEXT NOT NULL, name TEXT NOT NULL, hash TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (role, name));
CREATE TABLE arms (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL, scenario TEXT NOT NULL, arrangement TEXT NOT NULL,
  areas TEXT NOT NULL);
CREATE TABLE factors (
  arm INTEGER NOT NULL REFERENCES arms(id), name TEXT NOT NULL, value REAL NOT NULL,
  PRIMARY KEY (arm, name));
CREATE TABLE runs (
  id INTEGER PRIMARY KEY, arm INTEGER NOT NULL REFERENCES arms(id), replication INTEGER NOT NULL,
  seed INTEGER NOT NULL, stream INTEGER NOT NULL, fingerprint TEXT NOT NULL, events INTEGER NOT NULL,
  status TEXT NOT NULL, UNIQUE (arm, replication));
CREATE TABLE metrics (
  run INTEGER NOT NULL REFERENCES runs(id), area TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL,
  PRIMARY KEY (run, area, metric)) WITHOUT ROWID;
CREATE VIEW results AS
  SELECT runs.arm, arms.label, runs.replication, metrics.area, metrics.metric, metrics.value
  FROM metrics JOIN runs ON runs.id = metrics.run JOIN arms ON arms.id = runs.arm;
)sql";

constexpr int schema_version = 1;

}  // namespace

void ResultsStore::fail(const std::string& what) const {
  throw InputError({path_}, what + (db_ ? std::string(" (SQLite: ") + sqlite3_errmsg(db_) + ")" : ""));
}

void ResultsStore::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    fail("the results store could not be written: " + message);
  }
}

ResultsStore::ResultsStore(const std::string& path, const ExperimentRecord& experiment,
                           const std::vector<ArmRecord>& arms, const std::vector<InputFile>& inputs,
                           const std::vector<std::string>& input_texts, bool resume)
    : path_(path), replications_(experiment.replications), seed_(experiment.seed) {
  std::error_code error;
  const bool exists = std::filesystem::exists(path, error);
  if (exists && !is_results_store(path))
    throw InputError({path}, "this file is not a govsim results store: give another -o");
  if (exists && !resume)
    throw InputError(
        {path},
        "a results store is already here: add --resume to finish the sweep it holds, or write to "
        "another file (-o); a store is never written over");
  if (!exists && resume)
    throw InputError({path}, "there is no results store to resume here: run the sweep without --resume");
  // Made whole beside it and renamed into place, so that a sweep killed while
  // making its store leaves no file at `path` that is not a store.
  if (!exists) make_whole(experiment, arms, inputs, input_texts);
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    fail("cannot open the results store (SQLite: " + why + ")");
  }
  // A refusal below leaves no destructor to run: the connection is closed here.
  try {
    sqlite3_busy_timeout(db_, 5000);
    // Foreign keys are declared for readers (and for tools that draw the
    // schema) but not enforced while writing: the store makes every id itself,
    // and checking each measure's run would cost a lookup per row.
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;");
    if (exists) {
      check_same_experiment(experiment, inputs);
      load_done();
    }
    if (sqlite3_prepare_v2(
            db_,
            "INSERT INTO runs (id, arm, replication, seed, stream, fingerprint, events, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'done')",
            -1, &insert_run_, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db_, "INSERT INTO metrics (run, area, metric, value) VALUES (?, ?, ?, ?)", -1,
                           &insert_metric_, nullptr) != SQLITE_OK)
      fail("cannot prepare the results store");
  } catch (...) {
    sqlite3_finalize(insert_run_);
    sqlite3_finalize(insert_metric_);
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

ResultsStore::~ResultsStore() {
  try {
    commit();
  } catch (...) {
    // A destructor cannot report: whatever was pending is lost, and a resume redoes it.
  }
  sqlite3_finalize(insert_run_);
  sqlite3_finalize(insert_metric_);
  // Closed cleanly, the store goes back to one file (its write-ahead log folded
  // in), so that copying it, or reading it read-only, leaves nothing beside it.
  // A killed sweep leaves the log, which the next open folds in.
  sqlite3_exec(db_, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
  sqlite3_close(db_);
}

std::string ResultsStore::partial_path(const std::string& path) {
  const std::filesystem::path whole(path);
  return (whole.parent_path() / ("." + whole.filename().string() + ".govsim-partial")).string();
}

void ResultsStore::make_whole(const ExperimentRecord& experiment, const std::vector<ArmRecord>& arms,
                              const std::vector<InputFile>& inputs,
                              const std::vector<std::string>& input_texts) {
  const std::string partial = partial_path(path_);
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);  // what a sweep killed while making its store left
  if (sqlite3_open_v2(partial.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    fail("cannot make the results store beside it (SQLite: " + why + "): check the folder can be written");
  }
  try {
    // No rollback journal: a file that fails half-made is thrown away whole.
    exec("PRAGMA journal_mode = OFF;");
    create(experiment, arms, inputs, input_texts);
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    std::filesystem::remove(partial, ignored);
    throw;
  }
  sqlite3_close(db_);
  db_ = nullptr;
  std::error_code error;
  if (std::filesystem::exists(path_, error)) {
    std::filesystem::remove(partial, ignored);
    throw InputError({path_}, "a file appeared here while the sweep made its store: give another -o");
  }
  std::filesystem::rename(partial, path_, error);
  if (error) {
    std::filesystem::remove(partial, ignored);
    throw InputError({path_}, "cannot put the results store here (" + error.message() +
                                  "): check the folder can be written");
  }
}

void ResultsStore::create(const ExperimentRecord& e, const std::vector<ArmRecord>& arms,
                          const std::vector<InputFile>& inputs, const std::vector<std::string>& input_texts) {
  exec("BEGIN");
  exec(schema);
  sqlite3_stmt* s = nullptr;
  auto prepare = [&](const char* sql) {
    sqlite3_finalize(s);
    if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) fail("cannot write the results store");
  };
  auto text = [&](int i, const std::string& v) { sqlite3_bind_text(s, i, v.c_str(), -1, SQLITE_TRANSIENT); };
  auto step = [&] {
    if (sqlite3_step(s) != SQLITE_DONE) fail("cannot write the results store");
    sqlite3_reset(s);
  };
  prepare("INSERT INTO experiment VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  text(1, e.name);
  text(2, e.description);
  text(3, e.file_name);
  text(4, e.file_hash);
  text(5, e.file_text);
  sqlite3_bind_int64(s, 6, static_cast<sqlite3_int64>(e.seed));
  sqlite3_bind_int64(s, 7, static_cast<sqlite3_int64>(e.replications));
  sqlite3_bind_int(s, 8, e.paired ? 1 : 0);
  text(9, version);
  text(10, build_commit);
  sqlite3_bind_int(s, 11, schema_version);
  step();
  prepare("INSERT OR IGNORE INTO inputs VALUES (?, ?, ?, ?)");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    text(1, inputs[i].role);
    text(2, inputs[i].name);
    text(3, inputs[i].hash);
    text(4, i < input_texts.size() ? input_texts[i] : std::string());
    step();
  }
  for (std::size_t a = 0; a < arms.size(); ++a) {
    prepare("INSERT INTO arms VALUES (?, ?, ?, ?, ?)");
    sqlite3_bind_int64(s, 1, static_cast<sqlite3_int64>(a));
    text(2, arms[a].label);
    text(3, arms[a].scenario);
    text(4, arms[a].arrangement);
    std::string areas;
    for (const std::string& area : arms[a].areas) areas += (areas.empty() ? "" : " ") + area;
    text(5, areas);
    step();
    prepare("INSERT INTO factors VALUES (?, ?, ?)");
    for (const auto& [name, value] : arms[a].factors) {
      sqlite3_bind_int64(s, 1, static_cast<sqlite3_int64>(a));
      text(2, name);
      sqlite3_bind_double(s, 3, value);
      step();
    }
  }
  sqlite3_finalize(s);
  exec("COMMIT");
}

void ResultsStore::check_same_experiment(const ExperimentRecord& e, const std::vector<InputFile>& inputs) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT file_hash, file_name, seed, replications FROM experiment WHERE id = 1",
                         -1, &s, nullptr) != SQLITE_OK ||
      sqlite3_step(s) != SQLITE_ROW) {
    sqlite3_finalize(s);
    fail("this results store holds no experiment: give another -o");
  }
  const std::string hash = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
  const auto seed = static_cast<std::uint64_t>(sqlite3_column_int64(s, 2));
  const auto replications = static_cast<std::uint64_t>(sqlite3_column_int64(s, 3));
  sqlite3_finalize(s);
  if (hash != e.file_hash || seed != e.seed || replications != e.replications)
    throw InputError(
        {path_},
        "this store was filled from another experiment (" + printable(name) +
            (hash != e.file_hash ? ", a different file" : ", other options") +
            "): resume it with the experiment file and options it was made with, or sweep into a new "
            "store");
  // An arrangement or scenario edited since the sweep stopped would mix two
  // models' runs in one store.
  for (const InputFile& input : inputs) {
    if (sqlite3_prepare_v2(db_, "SELECT hash FROM inputs WHERE role = ? AND name = ?", -1, &s, nullptr) !=
        SQLITE_OK)
      fail("cannot read the results store");
    sqlite3_bind_text(s, 1, input.role.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, input.name.c_str(), -1, SQLITE_TRANSIENT);
    const bool found = sqlite3_step(s) == SQLITE_ROW;
    const std::string stored = found ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) : "";
    sqlite3_finalize(s);
    if (stored != input.hash)
      throw InputError({path_},
                       "the " + input.role + " " + printable(input.name) +
                           (found ? " has changed since this store's runs were made"
                                  : " was not among this store's inputs") +
                           ": resuming would mix two models' runs; put it back as it was, or sweep into a "
                           "new store");
  }
}

void ResultsStore::load_done() {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, "SELECT arm, replication FROM runs WHERE status = 'done'", -1, &s, nullptr) !=
      SQLITE_OK)
    fail("cannot read the results store");
  while (sqlite3_step(s) == SQLITE_ROW)
    done_.emplace(static_cast<std::size_t>(sqlite3_column_int64(s, 0)),
                  static_cast<std::uint64_t>(sqlite3_column_int64(s, 1)));
  sqlite3_finalize(s);
}

void ResultsStore::add(const ReplicationResult& run) {
  if (pending_ == 0) exec("BEGIN");
  const std::int64_t id = run_id(run.arm, run.replication, replications_);
  sqlite3_bind_int64(insert_run_, 1, id);
  sqlite3_bind_int64(insert_run_, 2, static_cast<sqlite3_int64>(run.arm));
  sqlite3_bind_int64(insert_run_, 3, static_cast<sqlite3_int64>(run.replication));
  sqlite3_bind_int64(insert_run_, 4, static_cast<sqlite3_int64>(seed_));
  sqlite3_bind_int64(insert_run_, 5, static_cast<sqlite3_int64>(run.stream));
  sqlite3_bind_text(insert_run_, 6, run.fingerprint.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(insert_run_, 7, static_cast<sqlite3_int64>(run.events));
  if (sqlite3_step(insert_run_) != SQLITE_DONE) fail("cannot write a run to the results store");
  sqlite3_reset(insert_run_);
  auto metrics = [&](const std::string& area, const Outcomes& outcomes) {
    for (std::size_t m = 0; m < outcomes.size(); ++m) {
      sqlite3_bind_int64(insert_metric_, 1, id);
      sqlite3_bind_text(insert_metric_, 2, area.c_str(), static_cast<int>(area.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert_metric_, 3, to_string(static_cast<Outcome>(m)).data(),
                        static_cast<int>(to_string(static_cast<Outcome>(m)).size()), SQLITE_STATIC);
      sqlite3_bind_double(insert_metric_, 4, outcomes[m]);
      if (sqlite3_step(insert_metric_) != SQLITE_DONE) fail("cannot write a measure to the results store");
      sqlite3_reset(insert_metric_);
    }
  };
  // The whole run as area "", and each council of a run of several.
  metrics("", run.outcomes.whole);
  if (run.outcomes.areas.size() > 1)
    for (const AreaOutcomes& area : run.outcomes.areas) metrics(area.area, area.outcomes);
  ++stored_;
  if (++pending_ >= batch_runs) commit();
}

void ResultsStore::commit() {
  if (pending_ == 0) return;
  exec("COMMIT");
  pending_ = 0;
}

bool is_results_store(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  sqlite3_stmt* s = nullptr;
  const bool ok = sqlite3_prepare_v2(db, "SELECT count(*) FROM experiment", -1, &s, nullptr) == SQLITE_OK &&
                  sqlite3_step(s) == SQLITE_ROW;
  sqlite3_finalize(s);
  sqlite3_close(db);
  return ok;
}

}  // namespace govsim

namespace govsim {
namespace {

// A read-only connection that closes itself.
class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path) {
    if (!is_results_store(path))
      throw InputError({path}, "not a govsim results store (made by `govsim sweep`): check the path");
    sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
  }
  ~Reader() { sqlite3_close(db_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Calls `row` for each row of `sql`.
  template <typename Row>
  void each(const std::string& sql, Row row) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      throw InputError({path_}, std::string("cannot read the results store: ") + sqlite3_errmsg(db_));
    while (sqlite3_step(s) == SQLITE_ROW) row(s);
    sqlite3_finalize(s);
  }
  static std::string text(sqlite3_stmt* s, int column) {
    const auto* t = sqlite3_column_text(s, column);
    return t ? reinterpret_cast<const char*>(t) : "";
  }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

// A value as CSV writes it: text quoted when it must be, numbers exactly.
std::string csv_field(sqlite3_stmt* s, int column) {
  switch (sqlite3_column_type(s, column)) {
    case SQLITE_NULL:
      return "";
    case SQLITE_INTEGER:
      return std::to_string(sqlite3_column_int64(s, column));
    case SQLITE_FLOAT: {
      char text[32];
      std::snprintf(text, sizeof text, "%.17g", sqlite3_column_double(s, column));
      return text;
    }
    default: {
      std::string value = Reader::text(s, column);
      if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
      std::string quoted = "\"";
      for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      return quoted + "\"";
    }
  }
}

constexpr std::pair<const char*, const char*> tables[] = {
    {"experiment", "id"},     {"inputs", "role, name"}, {"arms", "id"},
    {"factors", "arm, name"}, {"runs", "id"},           {"metrics", "run, area, metric"}};

}  // namespace

StoreContents read_store(const std::string& path) {
  Reader db(path);
  StoreContents c;
  db.each(
      "SELECT name, description, file_name, file_hash, file_text, seed, replications, paired, "
      "govsim_version, "
      "build_commit FROM experiment",
      [&](sqlite3_stmt* s) {
        c.experiment = {Reader::text(s, 0),
                        Reader::text(s, 1),
                        Reader::text(s, 2),
                        Reader::text(s, 3),
                        Reader::text(s, 4),
                        static_cast<std::uint64_t>(sqlite3_column_int64(s, 5)),
                        static_cast<std::uint64_t>(sqlite3_column_int64(s, 6)),
                        sqlite3_column_int(s, 7) != 0};
        c.govsim_version = Reader::text(s, 8);
        c.build_commit = Reader::text(s, 9);
      });
  db.each("SELECT id, label, scenario, arrangement, areas FROM arms ORDER BY id", [&](sqlite3_stmt* s) {
    ArmRecord arm{Reader::text(s, 1), Reader::text(s, 2), Reader::text(s, 3), {}, {}};
    std::istringstream areas(Reader::text(s, 4));
    for (std::string area; areas >> area;) arm.areas.push_back(area);
    c.arms.push_back(std::move(arm));
  });
  db.each("SELECT arm, name, value FROM factors ORDER BY arm, rowid", [&](sqlite3_stmt* s) {
    const auto arm = static_cast<std::size_t>(sqlite3_column_int64(s, 0));
    if (arm < c.arms.size())
      c.arms[arm].factors.emplace_back(Reader::text(s, 1), sqlite3_column_double(s, 2));
  });
  db.each(
      "SELECT id, arm, replication, seed, stream, fingerprint, events FROM runs ORDER BY id",
      [&](sqlite3_stmt* s) {
        c.runs.push_back({sqlite3_column_int64(s, 0), static_cast<std::size_t>(sqlite3_column_int64(s, 1)),
                          static_cast<std::uint64_t>(sqlite3_column_int64(s, 2)),
                          static_cast<std::uint64_t>(sqlite3_column_int64(s, 3)),
                          static_cast<std::uint64_t>(sqlite3_column_int64(s, 4)), Reader::text(s, 5),
                          static_cast<std::size_t>(sqlite3_column_int64(s, 6))});
      });
  // Whole-run measures, for the replications every arm has.
  std::map<std::pair<std::size_t, std::uint64_t>, Outcomes> whole;
  db.each(
      "SELECT runs.arm, runs.replication, metrics.metric, metrics.value FROM metrics JOIN runs ON runs.id = "
      "metrics.run WHERE metrics.area = ''",
      [&](sqlite3_stmt* s) {
        if (const auto outcome = parse_outcome(Reader::text(s, 2)))
          whole[{static_cast<std::size_t>(sqlite3_column_int64(s, 0)),
                 static_cast<std::uint64_t>(sqlite3_column_int64(s, 1))}]
               [static_cast<std::size_t>(*outcome)] = sqlite3_column_double(s, 3);
      });
  c.whole.assign(c.arms.size(), {});
  for (std::uint64_t r = 0; r < c.experiment.replications; ++r) {
    bool every = !c.arms.empty();
    for (std::size_t a = 0; a < c.arms.size() && every; ++a) every = whole.contains({a, r});
    if (!every) continue;
    c.replications.push_back(r);
    for (std::size_t a = 0; a < c.arms.size(); ++a) c.whole[a].push_back(whole[{a, r}]);
  }
  return c;
}

std::vector<std::string> export_csv(const std::string& path, const std::string& folder) {
  Reader db(path);
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw InputError({folder}, "cannot make the folder for the CSV files: " + error.message());
  std::vector<std::string> written;
  for (const auto& [table, key] : tables) {
    const std::string file = (std::filesystem::path(folder) / (std::string(table) + ".csv")).string();
    write_output(file, [&](std::ostream& out) {
      // The header from the table's own columns, so an empty table (no factors)
      // is still a CSV that pandas and R read.
      bool first = true;
      db.each(std::string("SELECT name FROM pragma_table_info('") + table + "') ORDER BY cid",
              [&](sqlite3_stmt* s) {
                out << (first ? "" : ",") << reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
                first = false;
              });
      out << "\r\n";
      db.each(std::string("SELECT * FROM ") + table + " ORDER BY " + key, [&](sqlite3_stmt* s) {
        const int columns = sqlite3_column_count(s);
        for (int c = 0; c < columns; ++c) out << (c ? "," : "") << csv_field(s, c);
        out << "\r\n";
      });
    });
    written.push_back(file);
  }
  return written;
}

std::vector<std::pair<std::string, std::string>> table_hashes(const std::string& path) {
  Reader db(path);
  std::vector<std::pair<std::string, std::string>> hashes;
  for (const auto& [table, key] : tables) {
    StableHash hash;
    db.each(std::string("SELECT * FROM ") + table + " ORDER BY " + key, [&](sqlite3_stmt* s) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) hash.add_text(csv_field(s, c));
    });
    hashes.emplace_back(table, fingerprint_hex(hash.value()));
  }
  return hashes;
}

std::string reproduce_command(const StoreContents& store, const StoredRun& run) {
  const ArmRecord& arm = store.arms.at(run.arm);
  std::string command = "govsim run " + (arm.scenario.empty() ? std::string() : arm.scenario + " ") +
                        "--arrangement " + arm.arrangement + " --seed " + std::to_string(run.seed) +
                        " --replication " + std::to_string(run.stream);
  for (const auto& [name, value] : arm.factors) command += " --set " + name + "=" + exact_number(value);
  if (!arm.areas.empty()) {
    command += " --areas ";
    for (std::size_t i = 0; i < arm.areas.size(); ++i) command += (i ? "," : "") + arm.areas[i];
  }
  return command;
}

}  // namespace govsim
