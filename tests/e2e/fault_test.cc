// Faults, end to end: the real binary when its output cannot be written,
// when the disk fills (a file-size limit, RLIMIT_FSIZE, set in the child
// before exec, with SIGXFSZ ignored so writes fail with EFBIG as on a full
// disk), when an input vanishes or shrinks while it runs, and when it is
// interrupted (SIGINT, SIGTERM, SIGKILL) half-way. In every case the exit
// code and message are checked, and the previous report in --out must be
// byte for byte what it was: a report is never left half-overwritten, and
// what a killed run leaves behind is neither taken for a report nor left to
// pile up.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "e2e/heard_process.h"
#include "e2e/hostile_fixture.h"

namespace {

using nlohmann::json;

const std::string kSmall = kSource + "/tests/testdata/e2e/small";

// A heard process started by a test. Its output comes back through a pipe,
// not a file, so a file-size limit set for it does not cut its messages.
class HeardChild {
 public:
  // Starts `heard args...` in the source folder; `in_child` runs in the child
  // just before exec.
  explicit HeardChild(const std::vector<std::string>& args,
                      const std::function<void()>& in_child = [] {}) {
    int fds[2];
    if (::pipe(fds) != 0) return;
    pid_ = ::fork();
    if (pid_ != 0) {
      ::close(fds[1]);
      output_fd_ = fds[0];
      return;
    }
    ::dup2(fds[1], 1);
    ::dup2(fds[1], 2);
    ::close(fds[0]);
    if (::chdir(kSource.c_str()) != 0) ::_exit(126);
    ::setenv("SOURCE_DATE_EPOCH", "1790000000", 1);
    in_child();
    std::vector<char*> argv = {const_cast<char*>(HEARD_BINARY)};
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(HEARD_BINARY, argv.data());
    ::_exit(127);
  }
  ~HeardChild() {
    if (output_fd_ >= 0) ::close(output_fd_);
  }

  pid_t pid() const { return pid_; }

  // Waits for it to end, reading its output; its raw wait status.
  int Wait() {
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(output_fd_, buffer, sizeof buffer)) > 0) output_.append(buffer, n);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    return status;
  }

  const std::string& Output() const { return output_; }

 private:
  pid_t pid_ = -1;
  int output_fd_ = -1;
  std::string output_;
};

// Every file under `folder`, by its path inside it, with its bytes.
std::map<std::string, std::string> Snapshot(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(folder).string()] = Slurp(entry.path());
    }
  }
  return files;
}

std::vector<std::string> Names(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Folders beside `report` that hold the report marker, other than itself.
std::vector<std::string> OtherReports(const fs::path& report) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(report.parent_path())) {
    if (entry.path() != report && fs::exists(entry.path() / ".heard-report")) {
      found.push_back(entry.path().filename().string());
    }
  }
  return found;
}

// The staging folder of a running heard writing `report`, once it exists.
fs::path WaitForStaging(const fs::path& report, pid_t pid) {
  const std::string prefix = "." + report.filename().string() + ".heard-staging-" +
                             std::to_string(pid) + "-";
  for (int tries = 0; tries < 3000; ++tries) {
    for (const auto& entry : fs::directory_iterator(report.parent_path())) {
      const std::string name = entry.path().filename().string();
      if (name.rfind(prefix, 0) == 0 && fs::exists(entry.path() / "codings.csv")) {
        return entry.path();
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return {};
}

class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("heard-fault-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "out");
    report_ = root_ / "out" / "report";
  }
  void TearDown() override { fs::remove_all(root_); }

  // The small end-to-end fixture into `report_`: the previous report later
  // runs must leave intact.
  std::map<std::string, std::string> PreviousReport() {
    const Result first = Heard("run " + Quote(kSmall) + " --codebook " +
                               Quote(kSmall + "/codebook.yaml") + " --out " +
                               Quote(report_.string()));
    EXPECT_EQ(first.exit_code, 0) << first.output;
    return Snapshot(report_);
  }

  // A consultation of `rows` survey rows (about 200 bytes each), then a
  // small second source, for runs that last long enough to be disturbed.
  fs::path WriteLargeConsultation(int rows) {
    const fs::path folder = root_ / "large";
    fs::create_directories(folder);
    std::string survey = CsvLine({"id", "Type", "Better"});
    for (int i = 0; i < rows; ++i) {
      survey += CsvLine({"L" + std::to_string(i), i % 3 ? "Adult carer" : "Young carer",
                         "Response " + std::to_string(i) + ": I need respite and a break, and "
                         "nobody told me about the carers assessment or where to find "
                         "information and advice when my mother came home from hospital."});
    }
    WriteText(folder / "big.csv", survey);
    std::string small = CsvLine({"id", "Better"});
    for (int i = 0; i < 50; ++i) {
      small += CsvLine({"S" + std::to_string(i), "More respite please, number " +
                                                     std::to_string(i) + "."});
    }
    WriteText(folder / "small.csv", small);
    WriteText(folder / "consultation.yaml",
              "name: large\nsources:\n"
              "  - file: big.csv\n    channel: survey\n    id_column: id\n"
              "    questions: {better: Better}\n    attributes: {respondent_type: Type}\n"
              "  - file: small.csv\n    channel: survey\n    id_column: id\n"
              "    questions: {better: Better}\n");
    return folder;
  }

  fs::path root_;
  fs::path report_;
};

TEST_F(FaultTest, AnOutputFolderUnderAFileIsAnOutputError) {
  WriteText(root_ / "plain", "a file, not a folder");
  const fs::path out = root_ / "plain" / "report";
  const Result run = Heard("run surveys/sample --out " + Quote(out.string()));
  EXPECT_EQ(run.exit_code, 4) << run.output;
  EXPECT_NE(run.output.find("heard: " + (root_ / "plain").string() +
                            ": error: cannot create folder ("),
            std::string::npos)
      << run.output;
  EXPECT_EQ(Slurp(root_ / "plain"), "a file, not a folder");
}

TEST_F(FaultTest, AFolderNoOneMayWriteInIsAnOutputError) {
  // /proc refuses new folders to every user, root included.
  const Result run = Heard("run surveys/sample --out /proc/heard-fault-test/report");
  EXPECT_EQ(run.exit_code, 4) << run.output;
  EXPECT_NE(run.output.find("heard: /proc/heard-fault-test: error: cannot create folder ("),
            std::string::npos)
      << run.output;
}

TEST_F(FaultTest, AReadOnlyParentLeavesThePreviousReport) {
  const std::map<std::string, std::string> before = PreviousReport();
  if (::geteuid() == 0) {
    GTEST_SKIP() << "running as root, which writes through chmod 0555; the disk-full and "
                    "/proc tests cover unwritable output for root";
  }
  fs::permissions(root_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
  const Result run = Heard("run surveys/sample --out " + Quote(report_.string()));
  fs::permissions(root_ / "out", fs::perms::owner_all);
  EXPECT_EQ(run.exit_code, 4) << run.output;
  EXPECT_NE(run.output.find((root_ / "out").string() + ": error: cannot create a folder here"),
            std::string::npos)
      << run.output;
  EXPECT_EQ(Snapshot(report_), before);
}

// From one byte up, whichever file first outgrows the limit fails; the last
// limit fits the whole report.
TEST_F(FaultTest, ADiskFullRunFailsWithCodeFourAndLeavesThePreviousReport) {
  const std::vector<std::string> args = {"run", kSmall, "--codebook", kSmall + "/codebook.yaml",
                                         "--out", report_.string()};
  HeardChild first(args);
  ASSERT_EQ(first.Wait(), 0) << first.Output();
  const std::map<std::string, std::string> before = Snapshot(report_);
  int failed = 0;
  for (rlim_t limit : {rlim_t{1}, rlim_t{100}, rlim_t{2} << 10, rlim_t{8} << 10,
                       rlim_t{11} << 10, rlim_t{64} << 20}) {
    HeardChild child(args, [limit] {
                       ::signal(SIGXFSZ, SIG_IGN);  // stays ignored across exec
                       const rlimit fsize{limit, limit};
                       ::setrlimit(RLIMIT_FSIZE, &fsize);
                     });
    const int status = child.Wait();
    const std::string output = child.Output();
    ASSERT_TRUE(WIFEXITED(status)) << "limit " << limit << ": killed by signal "
                                   << WTERMSIG(status) << "\n" << output;
    // A run that fits writes the same report (same inputs, same date).
    EXPECT_EQ(Snapshot(report_), before) << "limit " << limit << "\n" << output;
    EXPECT_EQ(Names(root_ / "out"), std::vector<std::string>{"report"}) << "limit " << limit;
    if (WEXITSTATUS(status) == 0) continue;
    ++failed;
    EXPECT_EQ(WEXITSTATUS(status), 4) << "limit " << limit << "\n" << output;
    // The message names the file (in the staging folder) and why.
    EXPECT_NE(output.find("heard: " + (root_ / "out" / ".report.heard-staging-").string()),
              std::string::npos)
        << "limit " << limit << "\n" << output;
    EXPECT_NE(output.find("error: "), std::string::npos) << output;
  }
  EXPECT_EQ(failed, 5);
}

TEST_F(FaultTest, AMissingSourceStopsTheRunNamingIt) {
  const fs::path folder = WriteLargeConsultation(10);
  fs::remove(folder / "small.csv");
  const Result run = Heard("run " + Quote(folder.string()) + " --out " + Quote(report_.string()));
  EXPECT_EQ(run.exit_code, 3) << run.output;
  EXPECT_EQ(run.output, "heard: " + (folder / "small.csv").string() +
                            ": error: cannot read file (No such file or directory)\n");
  EXPECT_FALSE(fs::exists(report_));
}

// A source deleted or cut short after the run has started: the run either
// reads what is there (and accounts for every row) or stops with the file
// named; it never crashes, and never leaves a half report.
TEST_F(FaultTest, ASourceVanishingOrShrinkingMidRunIsHandled) {
  const fs::path folder = WriteLargeConsultation(6000);
  const std::string small = Slurp(folder / "small.csv");
  const std::string big = Slurp(folder / "big.csv");
  PreviousReport();
  const std::vector<std::pair<std::string, std::function<void()>>> faults = {
      {"small.csv deleted", [&] { fs::remove(folder / "small.csv"); }},
      {"small.csv cut mid-row", [&] { fs::resize_file(folder / "small.csv", small.size() / 2 + 7); }},
      {"big.csv deleted", [&] { fs::remove(folder / "big.csv"); }},
      {"big.csv cut mid-row", [&] { fs::resize_file(folder / "big.csv", big.size() / 3 + 11); }},
  };
  for (const auto& [fault, apply] : faults) {
    WriteText(folder / "small.csv", small);
    WriteText(folder / "big.csv", big);
    const std::map<std::string, std::string> previous = Snapshot(report_);
    HeardChild child({"run", folder.string(), "--out", report_.string()});
    ASSERT_FALSE(WaitForStaging(report_, child.pid()).empty()) << fault << child.Output();
    apply();
    const int status = child.Wait();
    const std::string output = child.Output();
    ASSERT_TRUE(WIFEXITED(status)) << fault << ": killed by signal " << WTERMSIG(status);
    if (WEXITSTATUS(status) == 0) {
      const json summary = json::parse(Slurp(report_ / "summary.json"));
      EXPECT_EQ(summary["ledger_balances"], true) << fault;
      EXPECT_TRUE(fs::exists(report_ / "index.html")) << fault;
    } else {
      EXPECT_EQ(WEXITSTATUS(status), 3) << fault << "\n" << output;
      EXPECT_NE(output.find(folder.string()), std::string::npos) << fault << "\n" << output;
      EXPECT_EQ(Snapshot(report_), previous) << fault;
    }
    EXPECT_EQ(Names(root_ / "out"), std::vector<std::string>{"report"}) << fault;
  }
}

TEST_F(FaultTest, AnInterruptedRunLeavesThePreviousReportAndNoReportLikeLeftovers) {
  const fs::path folder = WriteLargeConsultation(6000);
  PreviousReport();
  int interrupted = 0;
  for (int signal : {SIGINT, SIGTERM, SIGKILL}) {
    const std::map<std::string, std::string> previous = Snapshot(report_);
    HeardChild child({"run", folder.string(), "--out", report_.string()});
    ASSERT_FALSE(WaitForStaging(report_, child.pid()).empty()) << child.Output();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(child.pid(), signal);
    const int status = child.Wait();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
      // It finished before the signal came: then the report is the whole new one.
      EXPECT_EQ(json::parse(Slurp(report_ / "summary.json"))["responses"], 6050);
    } else {
      ++interrupted;
      EXPECT_EQ(Snapshot(report_), previous) << "signal " << signal;
    }
    EXPECT_TRUE(OtherReports(report_).empty()) << "signal " << signal;
  }
  if (interrupted == 0) {
    ADD_FAILURE() << "every run finished before its signal: make the input larger";
  }
  // The next run clears what the killed runs left, and writes its report.
  const Result next = Heard("run " + Quote(folder.string()) + " --out " + Quote(report_.string()));
  ASSERT_EQ(next.exit_code, 0) << next.output;
  EXPECT_EQ(Names(root_ / "out"), std::vector<std::string>{"report"});
  EXPECT_EQ(json::parse(Slurp(report_ / "summary.json"))["responses"], 6050);
}

}  // namespace
