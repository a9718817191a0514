// ChunkedArray: an append-only array kept in fixed-size chunks.
//
// A std::vector that grows by doubling copies everything it holds into a
// block twice the size, so for a moment it needs three times its contents,
// and afterwards up to half of its block stands empty. A structure that
// only ever grows, to millions of entries (DuplicateFinder's signatures),
// does better in chunks of kChunk elements: a push_back allocates at most
// one new chunk, never moves an element, and leaves less than one chunk
// unused. Elements stay where they are, so references to them stay valid.
// Indexing is one shift and one mask, kChunk being a power of two.
//
// Not thread-safe. Tests: tests/core/chunked_array_test.cc.
#ifndef HEARD_CORE_CHUNKED_ARRAY_H_
#define HEARD_CORE_CHUNKED_ARRAY_H_

#include <cstddef>
#include <memory>
#include <vector>

namespace heard {

template <typename T, size_t kChunk = 4096>
class ChunkedArray {
  static_assert(kChunk > 0 && (kChunk & (kChunk - 1)) == 0, "kChunk must be a power of two");

 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Appends `value`; no element already in the array moves.
  void push_back(const T& value) {
    if (size_ % kChunk == 0) chunks_.push_back(std::make_unique<T[]>(kChunk));
    chunks_.back()[size_ % kChunk] = value;
    ++size_;
  }

  // Element `i`, which must be below size().
  T& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;  // each of kChunk elements
  size_t size_ = 0;
};

}  // namespace heard

#endif  // HEARD_CORE_CHUNKED_ARRAY_H_
