// BackgroundQueue: items handed to one thread of their own, which works
// through them in the order they were pushed.
//
// `heard run` writes responses.xlsx this way: libxlsxwriter is not
// thread-safe and wants rows in order, but nothing else waits for it, so its
// rows are formatted on the writing thread and written to the workbook here,
// alongside. At most `capacity` items wait at once: Push blocks rather than
// letting memory grow with the corpus.
// Tests: tests/pipeline/background_queue_test.cc.
#ifndef HEARD_PIPELINE_BACKGROUND_QUEUE_H_
#define HEARD_PIPELINE_BACKGROUND_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace heard {

template <typename T>
class BackgroundQueue {
 public:
  using Step = std::function<void(T&)>;

  // Starts the thread that runs `consume` on each item pushed.
  BackgroundQueue(size_t capacity, Step consume)
      : capacity_(capacity < 1 ? 1 : capacity), consume_(std::move(consume)) {
    thread_ = std::thread([this] { ConsumeLoop(); });
  }

  ~BackgroundQueue() { Finish(); }
  BackgroundQueue(const BackgroundQueue&) = delete;
  BackgroundQueue& operator=(const BackgroundQueue&) = delete;

  // Queues `item`; waits while `capacity` items are queued. Not after Finish.
  void Push(T item) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    ready_.notify_one();
  }

  // Waits until every pushed item is consumed, then stops the thread.
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (finishing_) return;
      finishing_ = true;
    }
    ready_.notify_one();
    thread_.join();
  }

 private:
  void ConsumeLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      ready_.wait(lock, [this] { return finishing_ || !items_.empty(); });
      if (items_.empty()) return;  // finishing, and nothing left
      T item = std::move(items_.front());
      items_.pop_front();
      room_.notify_one();
      lock.unlock();
      consume_(item);
      lock.lock();
    }
  }

  const size_t capacity_;
  Step consume_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<T> items_;
  bool finishing_ = false;
  std::thread thread_;
};

}  // namespace heard

#endif  // HEARD_PIPELINE_BACKGROUND_QUEUE_H_
