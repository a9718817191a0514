// What every fuzz target checks besides "no crash": the promises the readers
// make in their headers, turned into aborts so that libFuzzer reports them.
//
// - Nothing is silently dropped: a reader's own count of records equals the
//   rows plus the rejects it reported, and it says Finished exactly once.
// - Every error names the file it is about.
#ifndef HEARD_FUZZ_FUZZ_CHECKS_H_
#define HEARD_FUZZ_FUZZ_CHECKS_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/ledger.h"
#include "core/status.h"
#include "ingest/manifest.h"

namespace heard {

// Stops the fuzzer with `what` when `ok` is false. Not assert(): it must
// hold in every build type.
inline void FuzzCheck(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

// A SourceSink that keeps counts only (the fuzzers make many small inputs)
// and checks the account when asked.
class CountingSink : public SourceSink {
 public:
  void Row(Response response) override { ++rows_; }
  void Rejected(const Location& where, std::string reason, std::string raw) override {
    FuzzCheck(!reason.empty(), "a rejected record has a reason");
    ++rejected_;
  }
  void RejectedRecords(const Location& where, std::string reason, int64_t count) override {
    FuzzCheck(!reason.empty() && count > 0, "records rejected together have a reason and a count");
    rejected_ += count;
  }
  void Note(std::string message) override {}
  void Finished(int64_t records_read) override {
    ++finished_;
    read_ = records_read;
  }

  // The reader finished once and its count matches what it reported.
  void CheckBalanced() const {
    FuzzCheck(finished_ == 1, "the reader calls Finished exactly once");
    FuzzCheck(read_ == rows_ + rejected_, "records read = rows + rejected");
  }

 private:
  int64_t rows_ = 0;
  int64_t rejected_ = 0;
  int64_t read_ = -1;
  int finished_ = 0;
};

// The source a fuzzer reads: `file` under /fuzz/, in `format`, with
// `channel`; notes and messages answer the question "discussion".
inline SourceSpec FuzzSource(const std::string& file, const std::string& format,
                             const std::string& channel) {
  SourceSpec spec;
  spec.file = file;
  spec.path = "/fuzz/" + file;
  spec.format = format;
  spec.channel = channel;
  spec.question = IsTableFormat(format) ? "" : "discussion";
  return spec;
}

// A failed status must name `file` in its message.
inline void CheckNamesFile(const Status& status, const std::string& file) {
  if (status.ok()) return;
  FuzzCheck(status.message().find(file) != std::string::npos,
            "an error message names its file");
}

}  // namespace heard

#endif  // HEARD_FUZZ_FUZZ_CHECKS_H_
