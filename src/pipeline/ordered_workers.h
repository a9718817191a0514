// OrderedWorkers: batches worked on by N threads, delivered in the order
// they were submitted.
//
// `heard run` reads responses on one thread, codes them on N (--jobs), and
// writes them on one more, in reading order, so every output is the same
// whatever N is. At most `max_in_flight` batches are held at once: the
// reader waits rather than letting memory grow with the corpus.
// Tests: tests/pipeline/ordered_workers_test.cc.
#ifndef HEARD_PIPELINE_ORDERED_WORKERS_H_
#define HEARD_PIPELINE_ORDERED_WORKERS_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace heard {

template <typename Batch>
class OrderedWorkers {
 public:
  using Step = std::function<void(Batch&)>;

  // Starts `threads` workers running `work` and one thread running
  // `deliver`, which sees batches one at a time in submission order.
  OrderedWorkers(int threads, size_t max_in_flight, Step work, Step deliver)
      : max_in_flight_(max_in_flight < 1 ? 1 : max_in_flight),
        work_(std::move(work)),
        deliver_(std::move(deliver)) {
    for (int i = 0; i < (threads < 1 ? 1 : threads); ++i) {
      workers_.emplace_back([this] { WorkLoop(); });
    }
    deliverer_ = std::thread([this] { DeliverLoop(); });
  }

  ~OrderedWorkers() { Finish(); }

  // Queues `batch`; waits while `max_in_flight` batches are pending.
  void Submit(Batch batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [this] { return slots_.size() < max_in_flight_; });
    slots_.push_back(Slot{std::move(batch)});
    work_ready_.notify_one();
  }

  // Waits until every submitted batch is delivered, then stops the threads.
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (finishing_) return;
      finishing_ = true;
    }
    work_ready_.notify_all();
    done_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    deliverer_.join();
  }

 private:
  struct Slot {
    Batch batch;
    bool started = false;
    bool done = false;
  };

  // The first slot no worker has taken, or null.
  Slot* Untaken() {
    for (Slot& slot : slots_) {
      if (!slot.started) return &slot;
    }
    return nullptr;
  }

  void WorkLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      work_ready_.wait(lock, [this] { return finishing_ || Untaken() != nullptr; });
      Slot* slot = Untaken();
      if (slot == nullptr) return;  // finishing, and nothing left to take
      slot->started = true;
      lock.unlock();
      work_(slot->batch);  // a deque keeps its elements in place when it grows
      lock.lock();
      slot->done = true;
      done_.notify_all();
    }
  }

  void DeliverLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      done_.wait(lock, [this] {
        return (!slots_.empty() && slots_.front().done) || (finishing_ && slots_.empty());
      });
      if (slots_.empty()) return;
      Slot& slot = slots_.front();
      lock.unlock();
      deliver_(slot.batch);
      lock.lock();
      slots_.pop_front();
      room_.notify_all();
    }
  }

  const size_t max_in_flight_;
  Step work_;
  Step deliver_;
  std::mutex mutex_;
  std::condition_variable work_ready_, done_, room_;
  std::deque<Slot> slots_;
  bool finishing_ = false;
  std::vector<std::thread> workers_;
  std::thread deliverer_;
};

}  // namespace heard

#endif  // HEARD_PIPELINE_ORDERED_WORKERS_H_
