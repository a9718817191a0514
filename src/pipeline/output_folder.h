// Writing a report folder safely: build it beside the target, then swap it
// in. An existing target is replaced only when it is a heard report (it has
// the marker file), so a mistyped --out can never delete someone's folder.
#ifndef HEARD_PIPELINE_OUTPUT_FOLDER_H_
#define HEARD_PIPELINE_OUTPUT_FOLDER_H_

#include <string>

#include "core/status.h"

namespace heard {

class OutputFolder {
 public:
  explicit OutputFolder(std::string target) : target_(std::move(target)) {}
  ~OutputFolder();

  // Checks the target may be replaced and makes the staging folder.
  Status Begin();
  // Path of `name` inside the staging folder.
  std::string Path(const std::string& name) const;
  // Replaces the target with the staging folder.
  Status Commit();

  const std::string& target() const { return target_; }

 private:
  std::string target_;
  std::string staging_;
  bool committed_ = false;
};

// The file that marks a folder as a heard report.
inline constexpr const char* kReportMarker = ".heard-report";

}  // namespace heard

#endif  // HEARD_PIPELINE_OUTPUT_FOLDER_H_
