// OutputFolder: a report is built beside the target and swapped in whole;
// nothing but a heard report (or an empty folder) is ever replaced; leftovers
// of killed runs are never taken for reports and do not pile up; and folders
// that merely look related ("x.old", "x.partial") are the user's own.
#include "pipeline/output_folder.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace heard {
namespace {

namespace fs = std::filesystem;

class OutputFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("heard-output-folder-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    target_ = (dir_ / "report").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // One whole run writing `index.html` with `text`.
  Status Run(const std::string& text, const std::string& target) {
    OutputFolder folder(target);
    Status begun = folder.Begin();
    if (!begun.ok()) return begun;
    std::ofstream(folder.Path("index.html")) << text;
    return folder.Commit();
  }

  std::vector<std::string> Entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
  std::string target_;
};

std::string Read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A process id that is certainly not running: a child that has exited and
// been reaped.
pid_t DeadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

TEST_F(OutputFolderTest, ANewReportHasItsFilesAndTheMarkerAndNothingIsLeftBeside) {
  ASSERT_TRUE(Run("first", target_).ok());
  EXPECT_EQ(Read(fs::path(target_) / "index.html"), "first");
  EXPECT_TRUE(fs::exists(fs::path(target_) / kReportMarker));
  EXPECT_TRUE(fs::is_directory(fs::path(target_) / "themes"));
  EXPECT_EQ(Entries(), std::vector<std::string>{"report"});
}

TEST_F(OutputFolderTest, ASecondRunReplacesTheReportWhole) {
  ASSERT_TRUE(Run("first", target_).ok());
  std::ofstream(fs::path(target_) / "only-in-first.html") << "x";
  ASSERT_TRUE(Run("second", target_).ok());
  EXPECT_EQ(Read(fs::path(target_) / "index.html"), "second");
  EXPECT_FALSE(fs::exists(fs::path(target_) / "only-in-first.html"));
  EXPECT_EQ(Entries(), std::vector<std::string>{"report"});
}

TEST_F(OutputFolderTest, AFolderThatIsNotAReportIsRefusedAndLeftAlone) {
  fs::create_directories(target_);
  std::ofstream(fs::path(target_) / "thesis.docx") << "years of work";
  const Status status = Run("x", target_);
  EXPECT_EQ(status.code(), Status::Code::kOutputError);
  EXPECT_EQ(status.message(), target_ + ": error: exists and is not a heard report; choose "
                                        "another --out (heard only replaces folders it wrote)");
  EXPECT_EQ(Read(fs::path(target_) / "thesis.docx"), "years of work");
  EXPECT_EQ(Entries(), std::vector<std::string>{"report"});
}

TEST_F(OutputFolderTest, AFileIsRefused) {
  std::ofstream(target_) << "a file";
  EXPECT_EQ(Run("x", target_).code(), Status::Code::kOutputError);
  EXPECT_EQ(Read(target_), "a file");
}

TEST_F(OutputFolderTest, AFolderUnderAFileIsAnOutputErrorNamingIt) {
  std::ofstream(dir_ / "plain") << "a file";
  const std::string target = (dir_ / "plain" / "report").string();
  const Status status = Run("x", target);
  EXPECT_EQ(status.code(), Status::Code::kOutputError);
  EXPECT_NE(status.message().find((dir_ / "plain").string() + ": error: cannot create folder"),
            std::string::npos)
      << status.message();
}

// "." would swap out the folder the user's shell is in; a path that ends in
// ".." names the parent of something, here a folder that is not a report.
TEST_F(OutputFolderTest, DotAndDotDotAreRefused) {
  for (const std::string& target : std::vector<std::string>{".", "..", (dir_ / "..").string()}) {
    EXPECT_EQ(Run("x", target).code(), Status::Code::kOutputError) << target;
  }
}

TEST_F(OutputFolderTest, ATrailingSlashNamesTheSameFolder) {
  ASSERT_TRUE(Run("first", target_ + "/").ok());
  const Status second = Run("second", target_ + "/");
  ASSERT_TRUE(second.ok()) << second.message();
  EXPECT_EQ(Read(fs::path(target_) / "index.html"), "second");
  EXPECT_EQ(Entries(), std::vector<std::string>{"report"});
}

TEST_F(OutputFolderTest, AnUncommittedRunLeavesThePreviousReportAndNoStaging) {
  ASSERT_TRUE(Run("first", target_).ok());
  {
    OutputFolder folder(target_);
    ASSERT_TRUE(folder.Begin().ok());
    std::ofstream(folder.Path("index.html")) << "half";
  }
  EXPECT_EQ(Read(fs::path(target_) / "index.html"), "first");
  EXPECT_EQ(Entries(), std::vector<std::string>{"report"});
}

TEST_F(OutputFolderTest, AStagingFolderIsNotAReportUntilCommitted) {
  OutputFolder folder(target_);
  ASSERT_TRUE(folder.Begin().ok());
  const fs::path staging = fs::path(folder.Path("index.html")).parent_path();
  EXPECT_EQ(staging.parent_path(), dir_);
  EXPECT_EQ(staging.filename().string().rfind(std::string(".report") + kStagingInfix +
                                                  std::to_string(::getpid()) + "-",
                                              0),
            0u)
      << staging;
  EXPECT_FALSE(fs::exists(staging / kReportMarker));
  // So no run can write over it, or mistake it for a report.
  EXPECT_EQ(Run("x", staging.string()).code(), Status::Code::kOutputError);
}

TEST_F(OutputFolderTest, LeftoversOfKilledRunsAreRemovedAndLiveOnesKept) {
  const std::string prefix = std::string(".report") + kStagingInfix;
  const fs::path dead = dir_ / (prefix + std::to_string(DeadPid()) + "-AbC123");
  const fs::path live = dir_ / (prefix + std::to_string(::getppid()) + "-XyZ789");
  for (const fs::path& path : {dead, live}) {
    fs::create_directories(path / "themes");
    std::ofstream(path / "index.html") << "half";
  }
  ASSERT_TRUE(Run("new", target_).ok());
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(live / "index.html"));
}

// Regression: each run used to delete "<target>.old" and "<target>.partial"
// outright, whoever they belonged to.
TEST_F(OutputFolderTest, FoldersNamedLikeTheTargetAreTheUsersOwn) {
  for (const char* name : {"report.old", "report.partial", ".report.heard-staging-notapid"}) {
    fs::create_directories(dir_ / name);
    std::ofstream(dir_ / name / "keep.txt") << name;
  }
  ASSERT_TRUE(Run("first", target_).ok());
  ASSERT_TRUE(Run("second", target_).ok());
  for (const char* name : {"report.old", "report.partial", ".report.heard-staging-notapid"}) {
    EXPECT_EQ(Read(dir_ / name / "keep.txt"), name);
  }
}

TEST_F(OutputFolderTest, AFolderPutInPlaceDuringTheRunIsNotReplaced) {
  OutputFolder folder(target_);
  ASSERT_TRUE(folder.Begin().ok());
  fs::create_directories(target_);
  std::ofstream(fs::path(target_) / "mine.txt") << "mine";
  EXPECT_EQ(folder.Commit().code(), Status::Code::kOutputError);
  EXPECT_EQ(Read(fs::path(target_) / "mine.txt"), "mine");
}

TEST_F(OutputFolderTest, TheReportFolderIsAsReadableAsAnyNewFolder) {
  const mode_t previous = ::umask(022);
  const Status status = Run("x", target_);
  ::umask(previous);
  ASSERT_TRUE(status.ok());
  struct stat info;
  ASSERT_EQ(::stat(target_.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0755u);
}

}  // namespace
}  // namespace heard
