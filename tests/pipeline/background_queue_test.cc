#include "pipeline/background_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace heard {
namespace {

TEST(BackgroundQueueTest, ConsumesEveryItemInTheOrderPushed) {
  std::vector<int> seen;
  {
    BackgroundQueue<int> queue(3, [&](int& n) {
      std::this_thread::sleep_for(std::chrono::microseconds(n % 7 * 20));
      seen.push_back(n);
    });
    for (int i = 0; i < 500; ++i) queue.Push(i);
    queue.Finish();
  }
  ASSERT_EQ(seen.size(), 500u);
  for (int i = 0; i < 500; ++i) EXPECT_EQ(seen[i], i);
}

TEST(BackgroundQueueTest, HoldsNoMoreThanItsCapacity) {
  std::atomic<int> waiting{0};
  std::atomic<int> most{0};
  BackgroundQueue<int> queue(4, [&](int&) {
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    --waiting;
  });
  for (int i = 0; i < 100; ++i) {
    const int now = ++waiting;
    if (now > most) most = now;
    queue.Push(i);
  }
  queue.Finish();
  EXPECT_EQ(waiting.load(), 0);
  // Four queued, one being consumed, and the one counted before its Push.
  EXPECT_LE(most.load(), 6);
}

TEST(BackgroundQueueTest, FinishTwiceAndDestroyingUnfinishedAreSafe) {
  int consumed = 0;
  {
    BackgroundQueue<int> queue(2, [&](int&) { ++consumed; });
    queue.Push(1);
    queue.Finish();
    queue.Finish();
  }
  {
    BackgroundQueue<int> queue(2, [&](int&) { ++consumed; });
    queue.Push(2);
  }  // the destructor still consumes what was pushed
  EXPECT_EQ(consumed, 2);
}

}  // namespace
}  // namespace heard
