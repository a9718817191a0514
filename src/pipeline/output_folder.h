// Writing a report folder safely: build it in a staging folder beside the
// target, then swap it in. An existing target is replaced only when it is a
// heard report (it has the marker file), so a mistyped --out can never delete
// someone's folder.
//
// The staging folder is hidden and named after the target and the process
// (".<name>.heard-staging-<pid>-XXXXXX", made unique by mkdtemp), so it can
// never collide with a user's own folder, and it only gets the marker file at
// the moment it is swapped in: a run killed half-way leaves a folder that no
// one, heard included, takes for a report. The next run for the same target
// removes such leftovers of processes that are no longer alive. The swap is
// one atomic rename (Linux RENAME_EXCHANGE) where the file system allows it,
// so at every instant the target holds either the whole previous report or
// the whole new one.
// Tests: tests/pipeline/output_folder_test.cc, tests/e2e/fault_test.cc.
#ifndef HEARD_PIPELINE_OUTPUT_FOLDER_H_
#define HEARD_PIPELINE_OUTPUT_FOLDER_H_

#include <string>

#include "core/status.h"

namespace heard {

class OutputFolder {
 public:
  explicit OutputFolder(std::string target);
  // Removes the staging folder of a run that did not commit.
  ~OutputFolder();

  // Checks the target may be replaced, removes stale staging folders left by
  // killed runs, and makes this run's staging folder.
  Status Begin();
  // Path of `name` inside the staging folder.
  std::string Path(const std::string& name) const;
  // Marks the staging folder as a report and swaps it in for the target.
  Status Commit();

  const std::string& target() const { return target_; }

 private:
  std::string target_;
  std::string staging_;
  bool committed_ = false;
};

// The file that marks a folder as a heard report.
inline constexpr const char* kReportMarker = ".heard-report";

// What a staging folder's name holds between the target's name and the
// process id: ".<name>" + kStagingInfix + "<pid>-XXXXXX".
inline constexpr const char* kStagingInfix = ".heard-staging-";

}  // namespace heard

#endif  // HEARD_PIPELINE_OUTPUT_FOLDER_H_
