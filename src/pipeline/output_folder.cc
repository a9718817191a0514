#include "pipeline/output_folder.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include "core/file_io.h"
#include "core/location.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

Status Failed(const std::string& path, const std::string& what, int error) {
  return Status::OutputError(
      FormatError(Location{path}, what + " (" + std::strerror(error) + ")"));
}

// "reports/x/" and "reports/./x" name the same folder as "reports/x"; the
// staging folder's name is built from the last component, so it must be real.
std::string Normalised(const std::string& target) {
  fs::path path = fs::path(target).lexically_normal();
  if (!path.has_filename() && path.has_parent_path()) path = path.parent_path();
  return path.string();
}

fs::path ParentOf(const std::string& target) {
  fs::path parent = fs::path(target).parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

std::string StagingPrefix(const std::string& target) {
  return "." + fs::path(target).filename().string() + kStagingInfix;
}

// A heard report, an empty folder, or nothing at all may be replaced.
Status CheckReplaceable(const std::string& target) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return Status::Ok();
  const bool empty_dir = fs::is_directory(target, ec) && fs::is_empty(target, ec);
  if (empty_dir || fs::exists(fs::path(target) / kReportMarker, ec)) return Status::Ok();
  return Status::OutputError(FormatError(
      Location{target}, "exists and is not a heard report; choose another --out "
                        "(heard only replaces folders it wrote)"));
}

bool ProcessAlive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Staging folders of this target whose run is over: it was killed (a signal
// or a crash) before it could remove its own. A live process's folder is left
// alone, since two runs may write the same target at once.
void RemoveStaleStaging(const std::string& target) {
  const std::string prefix = StagingPrefix(target);
  std::vector<fs::path> stale;
  std::error_code ec;
  for (fs::directory_iterator it(ParentOf(target), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && !ProcessAlive(static_cast<pid_t>(pid))) stale.push_back(it->path());
  }
  for (const fs::path& path : stale) fs::remove_all(path, ec);
}

// A new, empty, uniquely named folder beside `target` for this process.
StatusOr<std::string> MakeUniqueFolder(const std::string& target) {
  const fs::path pattern = ParentOf(target) / (StagingPrefix(target) +
                                               std::to_string(::getpid()) + "-XXXXXX");
  std::string name = pattern.string();
  if (::mkdtemp(name.data()) == nullptr) {
    return Failed(ParentOf(target).string(), "cannot create a folder here", errno);
  }
  // mkdtemp makes it private (0700); a report is read by others as any
  // folder the user makes would be.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(name.c_str(), 0777 & ~mask);
  return name;
}

// Fallback for file systems without RENAME_EXCHANGE: two renames, and the
// previous report put back if the second fails.
Status SwapByTwoRenames(const std::string& staging, const std::string& target) {
  StatusOr<std::string> old = MakeUniqueFolder(target);
  if (!old.ok()) return old.status();
  if (std::rename(target.c_str(), old->c_str()) != 0) {
    const int error = errno;
    ::rmdir(old->c_str());
    return Failed(target, "cannot replace folder", error);
  }
  if (std::rename(staging.c_str(), target.c_str()) != 0) {
    const int error = errno;
    std::rename(old->c_str(), target.c_str());
    return Failed(target, "cannot move report into place", error);
  }
  std::error_code ignored;
  fs::remove_all(*old, ignored);
  return Status::Ok();
}

// Puts `staging` in the place of the existing `target`; the previous report
// ends up at `staging`'s path.
Status Swap(const std::string& staging, const std::string& target) {
#ifdef RENAME_EXCHANGE
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    // The marker goes first, so that a kill while the rest is removed leaves
    // nothing that looks like a report.
    std::error_code ignored;
    fs::remove(fs::path(staging) / kReportMarker, ignored);
    fs::remove_all(staging, ignored);
    return Status::Ok();
  }
  if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
    return Failed(target, "cannot replace folder", errno);
  }
#endif
  return SwapByTwoRenames(staging, target);
}

}  // namespace

OutputFolder::OutputFolder(std::string target) : target_(Normalised(target)) {}

OutputFolder::~OutputFolder() {
  if (!committed_ && !staging_.empty()) {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
  }
}

Status OutputFolder::Begin() {
  Status replaceable = CheckReplaceable(target_);
  if (!replaceable.ok()) return replaceable;
  // The staging folder is named after the target's last component, and "."
  // would swap out the folder the user's shell is in.
  const std::string name = fs::path(target_).filename().string();
  if (name.empty() || name == "." || name == "..") {
    return Status::OutputError(FormatError(
        Location{target_}, "is not a folder heard can write a report as; name a new "
                           "folder with --out (for example reports/mine)"));
  }
  std::error_code ec;
  const fs::path parent = ParentOf(target_);
  fs::create_directories(parent, ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{parent.string()},
                                           "cannot create folder (" + ec.message() + ")"));
  }
  RemoveStaleStaging(target_);
  StatusOr<std::string> staging = MakeUniqueFolder(target_);
  if (!staging.ok()) return staging.status();
  staging_ = *staging;
  fs::create_directory(fs::path(staging_) / "themes", ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{Path("themes")},
                                           "cannot create folder (" + ec.message() + ")"));
  }
  return Status::Ok();
}

std::string OutputFolder::Path(const std::string& name) const {
  return (fs::path(staging_) / name).string();
}

Status OutputFolder::Commit() {
  // The target was checked when the run began; someone may have put a
  // folder of their own there since.
  Status replaceable = CheckReplaceable(target_);
  if (!replaceable.ok()) return replaceable;
  Status marked = WriteFile(Path(kReportMarker), "This folder was written by heard and is "
                                                 "replaced by each run.\n");
  if (!marked.ok()) return marked;
  std::error_code ec;
  if (fs::exists(target_, ec)) {
    Status swapped = Swap(staging_, target_);
    if (!swapped.ok()) return swapped;
  } else if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
    return Failed(target_, "cannot move report into place", errno);
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace heard
