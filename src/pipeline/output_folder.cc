#include "pipeline/output_folder.h"

#include <filesystem>
#include <system_error>

#include "core/file_io.h"
#include "core/location.h"

namespace heard {

namespace fs = std::filesystem;

OutputFolder::~OutputFolder() {
  if (!committed_ && !staging_.empty()) {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
  }
}

Status OutputFolder::Begin() {
  std::error_code ec;
  if (fs::exists(target_, ec)) {
    const bool empty_dir = fs::is_directory(target_, ec) && fs::is_empty(target_, ec);
    if (!empty_dir && !fs::exists(fs::path(target_) / kReportMarker, ec)) {
      return Status::OutputError(FormatError(
          Location{target_}, "exists and is not a heard report; choose another --out "
                             "(heard only replaces folders it wrote)"));
    }
  }
  fs::path target(target_);
  fs::path parent = target.parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{parent.string()},
                                           "cannot create folder (" + ec.message() + ")"));
  }
  staging_ = target_ + ".partial";
  fs::remove_all(staging_, ec);
  fs::create_directories(fs::path(staging_) / "themes", ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{staging_},
                                           "cannot create folder (" + ec.message() + ")"));
  }
  return WriteFile(Path(kReportMarker), "This folder was written by heard and is replaced "
                                        "by each run.\n");
}

std::string OutputFolder::Path(const std::string& name) const {
  return (fs::path(staging_) / name).string();
}

Status OutputFolder::Commit() {
  std::error_code ec;
  const std::string old = target_ + ".old";
  fs::remove_all(old, ec);
  if (fs::exists(target_)) fs::rename(target_, old, ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{target_},
                                           "cannot replace folder (" + ec.message() + ")"));
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    return Status::OutputError(FormatError(Location{target_},
                                           "cannot move report into place (" + ec.message() + ")"));
  }
  fs::remove_all(old, ec);
  committed_ = true;
  return Status::Ok();
}

}  // namespace heard
