#include "core/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

namespace heard {
namespace {

TEST(ParallelForTest, RunsEveryIndexOnce) {
  for (unsigned threads : {1u, 2u, 4u, 64u}) {
    std::vector<std::atomic<int>> runs(1000);
    ParallelFor(runs.size(), threads, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << i << " " << threads;
  }
}

TEST(ParallelForTest, NothingToDo) {
  int calls = 0;
  ParallelFor(0, 4, [&](size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelForTest, OneThreadRunsOnTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  std::set<std::thread::id> seen;
  ParallelFor(50, 1, [&](size_t) { seen.insert(std::this_thread::get_id()); });
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(*seen.begin(), caller);
}

TEST(ParallelForTest, UsesSeveralThreadsWhenAsked) {
  // Each call waits until two threads are inside at once, so a ParallelFor
  // that ran everything on one thread would never finish the first call;
  // the deadline turns that into a failure rather than a hang.
  std::atomic<int> inside{0};
  std::atomic<bool> met{false};
  ParallelFor(2, 2, [&](size_t) {
    ++inside;
    for (int spin = 0; spin < 20000000 && inside.load() < 2; ++spin) std::this_thread::yield();
    if (inside.load() >= 2) met = true;
  });
  EXPECT_TRUE(met.load());
}

}  // namespace
}  // namespace heard
