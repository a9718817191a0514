#include "pipeline/ordered_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace heard {
namespace {

TEST(OrderedWorkersTest, DeliversInSubmissionOrderWhateverTheThreads) {
  for (int threads : {1, 2, 5}) {
    std::vector<int> delivered;
    {
      OrderedWorkers<std::vector<int>> workers(
          threads, 3,
          [](std::vector<int>& batch) {
            // Later batches finish first: order must come from the queue.
            std::this_thread::sleep_for(std::chrono::microseconds(500 - batch[0] * 2));
            for (int& n : batch) n *= 10;
          },
          [&](std::vector<int>& batch) {
            delivered.insert(delivered.end(), batch.begin(), batch.end());
          });
      for (int i = 0; i < 200; ++i) workers.Submit({i, -i});
      workers.Finish();
    }
    ASSERT_EQ(delivered.size(), 400u) << threads << " threads";
    for (int i = 0; i < 200; ++i) {
      EXPECT_EQ(delivered[2 * i], i * 10);
      EXPECT_EQ(delivered[2 * i + 1], -i * 10);
    }
  }
}

TEST(OrderedWorkersTest, HoldsNoMoreThanItsLimit) {
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  OrderedWorkers<int> workers(
      2, 4,
      [&](int&) { std::this_thread::sleep_for(std::chrono::microseconds(200)); },
      [&](int&) { --in_flight; });
  for (int i = 0; i < 100; ++i) {
    workers.Submit(i);
    const int now = ++in_flight;
    if (now > most) most = now;
  }
  workers.Finish();
  EXPECT_EQ(in_flight.load(), 0);
  // Submit returns once the batch is queued: at most the limit are queued,
  // plus the one just counted before its delivery was seen.
  EXPECT_LE(most.load(), 5);
}

TEST(OrderedWorkersTest, FinishWithNothingSubmittedReturns) {
  int delivered = 0;
  OrderedWorkers<int> workers(3, 2, [](int&) {}, [&](int&) { ++delivered; });
  workers.Finish();
  workers.Finish();  // twice is harmless
  EXPECT_EQ(delivered, 0);
}

}  // namespace
}  // namespace heard
