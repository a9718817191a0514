// ParallelFor: runs body(0) .. body(count - 1), each once, on up to
// `threads` threads (the calling thread is one of them), and returns when
// all have run. The calls may run in any order and at the same time, so
// `body` must only write what belongs to its own index. Used where one-off
// work splits into independent pieces, such as compiling a codebook's
// lists. Tests: tests/core/parallel_for_test.cc.
#ifndef HEARD_CORE_PARALLEL_FOR_H_
#define HEARD_CORE_PARALLEL_FOR_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace heard {

template <typename Body>
void ParallelFor(size_t count, unsigned threads, const Body& body) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) body(i);
  };
  const size_t used = std::min<size_t>(std::max(threads, 1u), count);
  const size_t helpers = used > 0 ? used - 1 : 0;
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  for (size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace heard

#endif  // HEARD_CORE_PARALLEL_FOR_H_
