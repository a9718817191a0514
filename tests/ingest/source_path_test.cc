// CheckSourceInFolder: a manifest reads only from its own folder and below.
// Table-driven over the ways out (absolute, '..', links, a link inside a
// folder of e-mails) and the ways that stay in (sub-folders, a '..' that
// comes back, a link to a file beside it), plus a pipe, which would block.
#include "ingest/source_path.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace heard {
namespace {

namespace fs = std::filesystem;

class SourcePathTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("heard-source-path-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    folder_ = root_ / "consultation";
    fs::create_directories(folder_ / "data");
    fs::create_directories(folder_ / "emails");
    std::ofstream(root_ / "secret.csv") << "not for publishing\n";
    std::ofstream(folder_ / "survey.csv") << "id,text\n";
    std::ofstream(folder_ / "data" / "inner.csv") << "id,text\n";
    std::ofstream(folder_ / "emails" / "one.eml") << "Subject: hi\n\nhello\n";
    fs::create_symlink("survey.csv", folder_ / "link-in.csv");
    fs::create_symlink(root_ / "secret.csv", folder_ / "link-out.csv");
    fs::create_symlink("../secret.csv", folder_ / "relative-link-out.csv");
    fs::create_directory_symlink(root_, folder_ / "up");
    fs::create_directories(folder_ / "mail-out");
    fs::create_symlink(root_ / "secret.csv", folder_ / "mail-out" / "two.eml");
    ::mkfifo((folder_ / "pipe.csv").c_str(), 0600);
  }
  void TearDown() override { fs::remove_all(root_); }

  Status Check(const std::string& file) const {
    SourceSpec spec;
    spec.file = file;
    spec.path = (folder_ / file).string();
    spec.location = Location{(folder_ / "consultation.yaml").string(), 7, 5};
    return CheckSourceInFolder(spec, (folder_ / "consultation.yaml").string());
  }

  fs::path root_, folder_;
};

TEST_F(SourcePathTest, FilesInsideTheFolderPass) {
  for (const char* file : {"survey.csv", "data/inner.csv", "./survey.csv", "data/../survey.csv",
                           "link-in.csv", "emails", "missing.csv"}) {
    const Status status = Check(file);
    EXPECT_TRUE(status.ok()) << file << ": " << status.message();
  }
}

TEST_F(SourcePathTest, WaysOutAreRefusedAtTheSourceWithTheReason) {
  const std::string where = (folder_ / "consultation.yaml").string() + ":7:5: error: ";
  const std::string secret = fs::canonical(root_ / "secret.csv").string();
  const struct {
    std::string file;
    std::string why;
  } cases[] = {
      {"/etc/passwd", "is an absolute path"},
      {(root_ / "secret.csv").string(), "is an absolute path"},
      {"../secret.csv", "climbs out of the consultation folder with '..'"},
      {"../../../../etc/passwd", "climbs out of the consultation folder with '..'"},
      {"data/../../secret.csv", "climbs out of the consultation folder with '..'"},
      {"link-out.csv", "leads through a link to " + secret + ", outside the consultation folder"},
      {"relative-link-out.csv",
       "leads through a link to " + secret + ", outside the consultation folder"},
      {"up/secret.csv", "leads through a link to " + secret + ", outside the consultation folder"},
      {"mail-out", "holds two.eml, a link to " + secret + ", outside the consultation folder"},
  };
  for (const auto& c : cases) {
    const Status status = Check(c.file);
    EXPECT_EQ(status.code(), Status::Code::kInputError) << c.file;
    EXPECT_EQ(status.message(),
              where + "source file '" + c.file + "' " + c.why +
                  "; a manifest may only read files in its own folder and below, so that a "
                  "consultation folder passed on to you cannot copy your other files into a "
                  "published report; copy the file into the folder")
        << c.file;
  }
}

TEST_F(SourcePathTest, APipeIsRefused) {
  const Status status = Check("pipe.csv");
  EXPECT_EQ(status.message(), (folder_ / "consultation.yaml").string() +
                                  ":7:5: error: source file 'pipe.csv' is not a regular file (a "
                                  "pipe or a device could block the run or never end); save the "
                                  "returns as a file");
}

}  // namespace
}  // namespace heard
