#include "pipeline/turnstile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <vector>

namespace heard {
namespace {

TEST(TurnstileTest, LetsThreadsThroughInTurnOrderWhateverOrderTheyArrive) {
  Turnstile turnstile;
  std::vector<int> order;  // written only inside the turnstile
  std::vector<std::thread> threads;
  for (int turn = 7; turn >= 0; --turn) {  // later turns arrive first
    threads.emplace_back([&, turn] {
      std::this_thread::sleep_for(std::chrono::microseconds(50 * (8 - turn)));
      turnstile.Enter(turn);
      order.push_back(turn);
      turnstile.Leave();
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
}

}  // namespace
}  // namespace heard
