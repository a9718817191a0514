#include "core/chunked_array.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>

namespace heard {
namespace {

TEST(ChunkedArrayTest, StartsEmpty) {
  const ChunkedArray<int> array;
  EXPECT_TRUE(array.empty());
  EXPECT_EQ(array.size(), 0u);
}

TEST(ChunkedArrayTest, KeepsEveryValueAcrossManyChunks) {
  ChunkedArray<int64_t, 8> array;  // small chunks, so 1,000 values span 125 of them
  for (int64_t i = 0; i < 1000; ++i) array.push_back(i * 7 - 3);
  ASSERT_EQ(array.size(), 1000u);
  for (size_t i = 0; i < array.size(); ++i) EXPECT_EQ(array[i], static_cast<int64_t>(i) * 7 - 3);
}

TEST(ChunkedArrayTest, ElementsDoNotMoveAsItGrows) {
  ChunkedArray<std::array<uint32_t, 32>, 4> array;
  array.push_back({});
  const std::array<uint32_t, 32>* first = &array[0];
  for (uint32_t i = 1; i < 100; ++i) array.push_back({i});
  EXPECT_EQ(&array[0], first);
  EXPECT_EQ(array[99][0], 99u);
}

TEST(ChunkedArrayTest, ElementsCanBeChangedInPlace) {
  ChunkedArray<int, 4> array;
  for (int i = 0; i < 10; ++i) array.push_back(i);
  array[3] = 30;
  array[9] += 1;
  EXPECT_EQ(array[3], 30);
  EXPECT_EQ(array[9], 10);
  EXPECT_EQ(array[4], 4);
}

// The boundaries, where an off-by-one would show: the last of one chunk and
// the first of the next.
TEST(ChunkedArrayTest, ChunkBoundaries) {
  ChunkedArray<char, 2> array;
  const std::string text = "abcdefg";
  for (char c : text) array.push_back(c);
  std::string back;
  for (size_t i = 0; i < array.size(); ++i) back.push_back(array[i]);
  EXPECT_EQ(back, text);
}

}  // namespace
}  // namespace heard
