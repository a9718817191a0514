// A SourceSink for reader tests: records every call a reader makes, in order.
#ifndef HEARD_TESTS_INGEST_FAKE_SINK_H_
#define HEARD_TESTS_INGEST_FAKE_SINK_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/ledger.h"

namespace heard {

class FakeSink : public SourceSink {
 public:
  struct Rejection {
    Location where;
    std::string reason;
    std::string raw;
    int64_t count = 1;  // records the rejection stands for
  };

  void Row(Response response) override { rows.push_back(std::move(response)); }
  void Rejected(const Location& where, std::string reason, std::string raw) override {
    rejected.push_back({where, std::move(reason), std::move(raw)});
  }
  void RejectedRecords(const Location& where, std::string reason, int64_t count) override {
    rejected.push_back({where, std::move(reason), "", count});
  }
  void Note(std::string message) override { notes.push_back(std::move(message)); }
  void Finished(int64_t records) override {
    ++finished_calls;
    records_read = records;
  }

  // The reader said it finished once, and its count matches what it reported.
  void ExpectBalanced() const {
    EXPECT_EQ(finished_calls, 1);
    int64_t rejects = 0;
    for (const Rejection& r : rejected) rejects += r.count;
    EXPECT_EQ(records_read, static_cast<int64_t>(rows.size()) + rejects);
  }

  std::vector<Response> rows;
  std::vector<Rejection> rejected;
  std::vector<std::string> notes;
  int finished_calls = 0;
  int64_t records_read = -1;
};

}  // namespace heard

#endif  // HEARD_TESTS_INGEST_FAKE_SINK_H_
