// The results store of a sweep: the same whatever the thread count, resumed to
// the same end, exported to CSV and read back, each run reproducible.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "experiment/replication_runner.hpp"
#include "experiment/results_store.hpp"

namespace {

namespace fs = std::filesystem;

fs::path fresh(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / "govsim-store-tests";
  fs::create_directories(dir);
  const fs::path path = dir / name;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
  return path;
}

struct Sweep {
  std::vector<std::unique_ptr<govsim::PreparedArm>> arms;
  std::vector<govsim::ArmRecord> records;
  govsim::ExperimentRecord experiment{"test", "", "test.yaml", "fnv1a64:0", "arrangements: [a]", 3, 12, true};
  Sweep() {
    for (const char* arrangement : {"typical-scottish-ijb", "weak-scottish-ijb"}) {
      govsim::ArmDefinition definition;
      definition.scenario = "expedited-discharge";
      definition.arrangement = arrangement;
      arms.push_back(std::make_unique<govsim::PreparedArm>(definition));
      records.push_back({arrangement, "expedited-discharge", arrangement, {}, {}});
    }
  }
  // Runs what the store lacks, on `threads` threads — only replications below
  // `up_to`, when given, as a sweep stopped part way would leave it.
  void fill(govsim::ResultsStore& store, unsigned threads, std::uint64_t up_to = ~std::uint64_t{0}) {
    govsim::ReplicationPlan plan;
    for (const auto& arm : arms) plan.arms.push_back(arm.get());
    plan.replications = experiment.replications;
    plan.seed = experiment.seed;
    plan.threads = threads;
    plan.done = [&](std::size_t a, std::uint64_t r) { return r >= up_to || store.done().contains({a, r}); };
    govsim::run_replications(plan, [&](govsim::ReplicationResult&& r) { store.add(r); });
    store.commit();
  }
  std::vector<govsim::InputFile> inputs{{"arrangement", "mine.yaml", "fnv1a64:10"}};
  std::unique_ptr<govsim::ResultsStore> open(const fs::path& path, bool resume) const {
    return std::make_unique<govsim::ResultsStore>(path.string(), experiment, records, inputs,
                                                  std::vector<std::string>{"agents: []"}, resume);
  }
};

}  // namespace

TEST_CASE("a store holds the same results whatever the number of threads", "[experiment][store]") {
  Sweep sweep;
  const fs::path one = fresh("one-thread.sqlite"), two = fresh("two-threads.sqlite");
  {
    auto store = sweep.open(one, false);
    sweep.fill(*store, 1);
  }
  {
    auto store = sweep.open(two, false);
    store->batch_runs = 5;  // other batches too: the content must not depend on them
    sweep.fill(*store, 2);
  }
  const auto a = govsim::table_hashes(one.string()), b = govsim::table_hashes(two.string());
  CHECK(a == b);
  const auto contents = govsim::read_store(one.string());
  CHECK(contents.runs.size() == 24);
  CHECK(contents.replications.size() == 12);
}

TEST_CASE("a sweep stopped part way and resumed ends as an uninterrupted one", "[experiment][store]") {
  Sweep sweep;
  const fs::path whole = fresh("whole.sqlite"), resumed = fresh("resumed.sqlite");
  {
    auto store = sweep.open(whole, false);
    sweep.fill(*store, 2);
  }
  {
    auto store = sweep.open(resumed, false);
    store->batch_runs = 4;
    sweep.fill(*store, 2, 5);  // stopped after 5 replications of each arm
  }
  CHECK(govsim::read_store(resumed.string()).runs.size() == 10);
  {
    auto store = sweep.open(resumed, true);
    CHECK(store->done().size() == 10);
    sweep.fill(*store, 1);
  }
  CHECK(govsim::table_hashes(resumed.string()) == govsim::table_hashes(whole.string()));

  SECTION("a store is never written over, and only its own experiment resumes it") {
    CHECK_THROWS_WITH(sweep.open(whole, false),
                      Catch::Contains("a results store is already here: add --resume"));
    Sweep other;
    other.experiment.file_hash = "fnv1a64:1";
    CHECK_THROWS_WITH(other.open(whole, true),
                      Catch::Contains("this store was filled from another experiment"));
    CHECK_THROWS_WITH(sweep.open(fresh("none.sqlite"), true), Catch::Contains("there is no results store"));
  }
  SECTION("an arrangement edited since the sweep stopped does not resume it") {
    Sweep edited;
    edited.inputs[0].hash = "fnv1a64:11";
    CHECK_THROWS_WITH(
        edited.open(whole, true),
        Catch::Contains("the arrangement mine.yaml has changed since this store's runs were made"));
  }
  SECTION("a file that is not a store is said to be so, with or without --resume") {
    const fs::path notes = fresh("notes.txt");
    std::ofstream(notes) << "my notes\n";
    CHECK_THROWS_WITH(sweep.open(notes, false), Catch::Contains("this file is not a govsim results store"));
    CHECK_THROWS_WITH(sweep.open(notes, true), Catch::Contains("this file is not a govsim results store"));
  }
  SECTION("a store closed cleanly is one file") {
    CHECK_FALSE(fs::exists(whole.string() + "-wal"));
    govsim::read_store(whole.string());
    CHECK_FALSE(fs::exists(whole.string() + "-wal"));
    CHECK_FALSE(fs::exists(whole.string() + "-shm"));
  }
}

TEST_CASE("a store's tables export to CSV that reads back to the same rows", "[experiment][store][csv]") {
  Sweep sweep;
  const fs::path path = fresh("csv.sqlite");
  {
    auto store = sweep.open(path, false);
    sweep.fill(*store, 2);
  }
  const fs::path folder = fs::temp_directory_path() / "govsim-store-tests" / "csv";
  fs::remove_all(folder);
  const auto files = govsim::export_csv(path.string(), folder.string());
  REQUIRE(files.size() == 6);
  // metrics.csv: every row of the table, each value exactly as stored.
  const govsim::StoreContents contents = govsim::read_store(path.string());
  std::ifstream in(folder / "metrics.csv");
  std::string line;
  std::getline(in, line);
  CHECK(line == "run,area,metric,value\r");
  std::size_t rows = 0;
  double harm_total = 0;
  while (std::getline(in, line)) {
    ++rows;
    std::stringstream row(line);
    std::string run, area, metric, value;
    std::getline(row, run, ',');
    std::getline(row, area, ',');
    std::getline(row, metric, ',');
    std::getline(row, value, ',');
    if (metric == "harm" && area.empty()) harm_total += std::stod(value);
  }
  CHECK(rows == 24 * static_cast<std::size_t>(govsim::Outcome::count));
  double stored_total = 0;
  for (const auto& arm : contents.whole)
    for (const auto& o : arm) stored_total += o[static_cast<std::size_t>(govsim::Outcome::harm)];
  CHECK(harm_total == stored_total);
  // arms.csv quotes what needs quoting.
  std::ifstream arms(folder / "arms.csv");
  std::getline(arms, line);
  CHECK(line == "id,label,scenario,arrangement,areas\r");
}

TEST_CASE("a stored run runs again to its stored fingerprint", "[experiment][store]") {
  Sweep sweep;
  const fs::path path = fresh("again.sqlite");
  {
    auto store = sweep.open(path, false);
    sweep.fill(*store, 2);
  }
  const auto contents = govsim::read_store(path.string());
  const govsim::StoredRun& run = contents.runs.at(17);
  govsim::EventLog log;
  const auto again = sweep.arms.at(run.arm)->run(run.seed, run.stream, log);
  CHECK(again.fingerprint == run.fingerprint);
  CHECK(
      govsim::reproduce_command(contents, run).find("--seed 3 --replication " + std::to_string(run.stream)) !=
      std::string::npos);
}

TEST_CASE("a sweep killed while it makes its store leaves no file there that is not a store",
          "[experiment][store]") {
  Sweep sweep;
  const fs::path path = fresh("killed-at-birth.sqlite");
  const fs::path partial = govsim::ResultsStore::partial_path(path.string());
  fs::remove(partial);
  // A large experiment text makes the making slow enough to kill in the middle.
  sweep.experiment.file_text.assign(std::size_t{96} << 20, 'x');
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    try {
      sweep.open(path, false);
    } catch (...) {
    }
    _exit(0);
  }
  // Killed the moment anything of the store is on disk, as `kill -9` might.
  for (int i = 0; i < 200000 && !fs::exists(path) && !fs::exists(partial); ++i) usleep(100);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  if (fs::exists(path)) CHECK(govsim::is_results_store(path.string()));
  // The next sweep is not refused, and clears what the killed one left.
  sweep.experiment.file_text = "arrangements: [a]";
  if (!fs::exists(path)) {
    CHECK_NOTHROW(sweep.open(path, false));
    CHECK(govsim::is_results_store(path.string()));
    CHECK(!fs::exists(partial));
  }
}
