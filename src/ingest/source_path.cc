#include "ingest/source_path.h"

#include <filesystem>
#include <system_error>

#include "core/location.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

const char* const kWhy =
    "a manifest may only read files in its own folder and below, so that a consultation "
    "folder passed on to you cannot copy your other files into a published report; "
    "copy the file into the folder";

Status Refuse(const SourceSpec& spec, const std::string& what) {
  return Status::InputError(
      FormatError(spec.location, "source file '" + spec.file + "' " + what + "; " + kWhy));
}

// True when `path` (absolute, canonical) is `folder` or below it.
bool Inside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

// The canonical folder of `manifest_file`; "" when it cannot be resolved.
fs::path FolderOf(const std::string& manifest_file) {
  std::error_code ec;
  fs::path folder = fs::path(manifest_file).parent_path();
  if (folder.empty()) folder = ".";
  fs::path resolved = fs::canonical(folder, ec);
  return ec ? fs::path() : resolved;
}

// Where `path` leads once every link is followed; "" when it does not exist.
fs::path Resolved(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  return ec ? fs::path() : resolved;
}

Status CheckFolderEntries(const SourceSpec& spec, const fs::path& folder) {
  std::error_code ec;
  for (fs::directory_iterator it(spec.path, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path resolved = Resolved(it->path());
    if (!resolved.empty() && !Inside(resolved, folder)) {
      return Refuse(spec, "holds " + it->path().filename().string() + ", a link to " +
                              resolved.string() + ", outside the consultation folder");
    }
  }
  return Status::Ok();
}

}  // namespace

Status CheckSourceInFolder(const SourceSpec& spec, const std::string& manifest_file) {
  const fs::path written(spec.file);
  if (written.is_absolute()) return Refuse(spec, "is an absolute path");
  const fs::path normal = written.lexically_normal();
  if (!normal.empty() && *normal.begin() == "..") {
    return Refuse(spec, "climbs out of the consultation folder with '..'");
  }
  const fs::path folder = FolderOf(manifest_file);
  const fs::path resolved = Resolved(spec.path);
  if (folder.empty() || resolved.empty()) return Status::Ok();
  if (!Inside(resolved, folder)) {
    return Refuse(spec, "leads through a link to " + resolved.string() + ", outside the consultation folder");
  }
  std::error_code ec;
  if (fs::is_directory(resolved, ec)) return CheckFolderEntries(spec, folder);
  if (!fs::is_regular_file(resolved, ec)) {
    return Status::InputError(FormatError(
        spec.location, "source file '" + spec.file + "' is not a regular file (a pipe or a "
                       "device could block the run or never end); save the returns as a file"));
  }
  return Status::Ok();
}

}  // namespace heard
