#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "experiment/arm.hpp"

namespace govsim {

/// What a store records of the experiment that filled it (docs/results-schema.md).
struct ExperimentRecord {
  std::string name, description;
  std::string file_name, file_hash, file_text;  ///< the experiment file, as read
  std::uint64_t seed = 1;
  std::uint64_t replications = 0;
  bool paired = true;
};

/// One arm as stored: its label, inputs and factor values.
struct ArmRecord {
  std::string label, scenario, arrangement;
  std::vector<std::pair<std::string, double>> factors;  ///< parameter name, value
  std::vector<std::string> areas;
};

/// A sweep's results in one SQLite file: the experiment and its provenance
/// (govsim version and commit, every input's text and hash), arms and their
/// factors, runs (arm, replication, seed, stream, fingerprint, events), and
/// metrics in long form (run, area, metric, value) — read directly by pandas'
/// read_sql and R's DBI. Written by one writer, in WAL mode, runs committed in
/// batches: a killed sweep leaves whole batches, and resuming it fills in the rest,
/// so the store ends as an uninterrupted one would. Content depends only on the
/// experiment, never on the thread count or the order runs finish: run ids are
/// arm × replications + replication + 1.
class ResultsStore {
 public:
  /// Creates the store at `path` (which must not exist) for `experiment`, or, with
  /// `resume`, opens an existing one — refusing it if it was made from another
  /// experiment file or options, or if an input has changed since. Throws
  /// InputError naming the file.
  ResultsStore(const std::string& path, const ExperimentRecord& experiment,
               const std::vector<ArmRecord>& arms, const std::vector<InputFile>& inputs,
               const std::vector<std::string>& input_texts, bool resume);
  ~ResultsStore();
  ResultsStore(const ResultsStore&) = delete;
  ResultsStore& operator=(const ResultsStore&) = delete;

  /// The (arm, replication) pairs stored when the store was opened (what a
  /// resumed sweep skips). Runs added since are counted, not listed, so that
  /// memory stays flat however many runs a sweep makes.
  const std::set<std::pair<std::size_t, std::uint64_t>>& done() const { return done_; }
  /// How many runs the store holds: those it opened with and those added since.
  std::size_t stored() const { return done_.size() + stored_; }
  /// Adds a finished run to the current batch; the batch is committed when
  /// `batch_runs` are in it.
  void add(const ReplicationResult& run);
  /// Commits what is pending.
  void commit();
  std::size_t batch_runs = 256;

  /// Where a new store is made before it is renamed into place: hidden, beside it.
  static std::string partial_path(const std::string& path);

  /// The id a run has: arm × replications + replication + 1.
  static std::int64_t run_id(std::size_t arm, std::uint64_t replication, std::uint64_t replications) {
    return static_cast<std::int64_t>(arm * replications + replication + 1);
  }

 private:
  void exec(const std::string& sql);
  void make_whole(const ExperimentRecord& experiment, const std::vector<ArmRecord>& arms,
                  const std::vector<InputFile>& inputs, const std::vector<std::string>& input_texts);
  void create(const ExperimentRecord& experiment, const std::vector<ArmRecord>& arms,
              const std::vector<InputFile>& inputs, const std::vector<std::string>& input_texts);
  void check_same_experiment(const ExperimentRecord& experiment, const std::vector<InputFile>& inputs);
  void load_done();
  [[noreturn]] void fail(const std::string& what) const;

  std::string path_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_run_ = nullptr;
  sqlite3_stmt* insert_metric_ = nullptr;
  std::uint64_t replications_ = 0, seed_ = 0;
  std::size_t pending_ = 0, stored_ = 0;
  std::set<std::pair<std::size_t, std::uint64_t>> done_;
};

/// Whether `path` holds a govsim results store (it opens and has the tables).
bool is_results_store(const std::string& path);

/// A store read back: what `govsim results` shows and exports.
struct StoredRun {
  std::int64_t id = 0;
  std::size_t arm = 0;
  std::uint64_t replication = 0, seed = 0, stream = 0;
  std::string fingerprint;
  std::size_t events = 0;
};
struct StoreContents {
  ExperimentRecord experiment;
  std::string govsim_version, build_commit;
  std::vector<ArmRecord> arms;
  std::vector<StoredRun> runs;  ///< by id
  /// Each arm's whole-run outcomes by replication, for the replications every arm has
  /// (so paired comparisons pair them); missing runs leave an arm shorter.
  std::vector<std::vector<Outcomes>> whole;
  std::vector<std::uint64_t> replications;  ///< the replications in `whole`, in order
};
/// Reads a store; throws InputError naming the file if it is not one.
StoreContents read_store(const std::string& path);

/// Every table of a store as CSV files in `folder` (created if need be):
/// experiment.csv, inputs.csv, arms.csv, factors.csv, runs.csv, metrics.csv —
/// RFC 4180, a header row, numbers written so they read back exactly. Returns the files written.
std::vector<std::string> export_csv(const std::string& path, const std::string& folder);

/// A hash of each table's rows in key order: equal stores have equal hashes,
/// whatever order their rows were written in (the thread-count test).
std::vector<std::pair<std::string, std::string>> table_hashes(const std::string& path);

/// The command that runs one stored run again: its fingerprint is the stored one.
std::string reproduce_command(const StoreContents& store, const StoredRun& run);

}  // namespace govsim
