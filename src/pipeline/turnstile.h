// Turnstile: lets threads through a section one at a time, in a fixed order
// of turns (0, 1, 2, ...), whatever order they arrive in.
//
// `heard run` fingerprints each batch of responses for repeat detection on
// the coding threads, in parallel, then decides the verdicts, which depend on
// every earlier response, in reading order: batch N's coding thread waits at
// the turnstile until batch N-1's has been through. Batches are taken in
// order (OrderedWorkers), so the turn a thread waits for is always held by a
// thread that is running. Tests: tests/pipeline/turnstile_test.cc.
#ifndef HEARD_PIPELINE_TURNSTILE_H_
#define HEARD_PIPELINE_TURNSTILE_H_

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace heard {

class Turnstile {
 public:
  // Waits until every turn before `turn` has left.
  void Enter(int64_t turn) {
    std::unique_lock<std::mutex> lock(mutex_);
    next_turn_.wait(lock, [&] { return next_ == turn; });
  }

  // Lets the next turn in. Only the thread that entered calls it.
  void Leave() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++next_;
    }
    next_turn_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable next_turn_;
  int64_t next_ = 0;
};

}  // namespace heard

#endif  // HEARD_PIPELINE_TURNSTILE_H_
