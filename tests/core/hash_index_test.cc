#include "core/hash_index.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace heard {
namespace {

// Keys as a store would hold them: value v is filed under keys[v].
struct Store {
  std::vector<uint64_t> keys;
  uint64_t operator()(int32_t value) const { return keys.at(value); }
};

// Every key onto the same shard, tag and first slot, so each lookup must
// tell keys apart by key_of and probe on past them, wrapping at the end.
struct CollidingHasher {
  uint64_t operator()(uint64_t) const { return 0; }
};

// Files each of `keys` under the next value of `store`, checking it is new.
template <typename Index>
void FileAll(Index* index, Store* store, const std::vector<uint64_t>& keys) {
  for (uint64_t key : keys) {
    const int32_t value = static_cast<int32_t>(store->keys.size());
    const auto [at, added] = index->Insert(key, value, *store);
    ASSERT_TRUE(added) << key;
    ASSERT_EQ(*at, value);
    store->keys.push_back(key);
  }
}

TEST(HashIndexTest, EmptyFindsNothing) {
  const HashIndex<> index;
  const Store store;
  EXPECT_EQ(index.Find(42, store), nullptr);
  EXPECT_EQ(index.size(), 0u);
}

TEST(HashIndexTest, InsertOfAKeyThereAlreadyKeepsTheFirstValue) {
  HashIndex<> index;
  Store store;
  FileAll(&index, &store, {10, 20});
  const auto [at, added] = index.Insert(10, 5, store);
  EXPECT_FALSE(added);
  EXPECT_EQ(*at, 0);
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(*index.Find(20, store), 1);
}

// 300,000 keys: each shard grows from nothing through some twenty tables.
TEST(HashIndexTest, FindsEveryKeyAcrossManyGrowths) {
  HashIndex<> index;
  Store store;
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 300000; ++i) keys.push_back(i * 0x9e3779b97f4a7c15ULL + 1);
  FileAll(&index, &store, keys);
  ASSERT_EQ(index.size(), keys.size());
  for (size_t v = 0; v < keys.size(); ++v) {
    const int32_t* found = index.Find(keys[v], store);
    ASSERT_NE(found, nullptr) << v;
    ASSERT_EQ(*found, static_cast<int32_t>(v));
  }
  // Absent keys: among a million lookups some meet a stored key with the
  // same 16-bit tag, which key_of must turn away.
  for (uint64_t i = 0; i < 1000000; ++i) {
    ASSERT_EQ(index.Find(i * 0x9e3779b97f4a7c15ULL + 2, store), nullptr) << i;
  }
  // About 9 bytes a key, never the 18 of a full doubling's worst.
  EXPECT_LT(index.SlotBytes(), keys.size() * 12);
}

TEST(HashIndexTest, SmallConsecutiveKeys) {
  HashIndex<> index;
  Store store;
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 5000; ++i) keys.push_back(i);
  FileAll(&index, &store, keys);
  for (uint64_t i = 0; i < 5000; ++i) ASSERT_EQ(*index.Find(i, store), static_cast<int32_t>(i));
  EXPECT_EQ(index.Find(5000, store), nullptr);
}

TEST(HashIndexTest, KeysThatCollideCompletelyAreKeptApart) {
  HashIndex<CollidingHasher> index;
  Store store;
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 500; ++i) keys.push_back(1000 + i * 3);  // 500: several growths
  FileAll(&index, &store, keys);
  for (size_t v = 0; v < keys.size(); ++v) {
    ASSERT_EQ(*index.Find(keys[v], store), static_cast<int32_t>(v)) << v;
  }
  EXPECT_EQ(index.Find(1001, store), nullptr);
  const auto [at, added] = index.Insert(keys[250], 999, store);
  EXPECT_FALSE(added);
  EXPECT_EQ(*at, 250);
}

// As DuplicateFinder uses it: the value under a key rewritten through the
// pointer Insert gives, to a value with the same key.
TEST(HashIndexTest, ValueRewrittenThroughInsertStays) {
  HashIndex<CollidingHasher> index;
  Store store;
  FileAll(&index, &store, {7, 8, 9});
  store.keys.push_back(8);  // value 3, also under key 8
  const auto [at, added] = index.Insert(8, 3, store);
  ASSERT_FALSE(added);
  *at = 3;
  for (uint64_t key = 100; key < 200; ++key) {  // growths move the rewritten value
    store.keys.push_back(key);
    index.Insert(key, static_cast<int32_t>(store.keys.size() - 1), store);
  }
  EXPECT_EQ(*index.Find(8, store), 3);
  EXPECT_EQ(*index.Find(9, store), 2);
}

// Checked against std::unordered_map on keys that repeat.
TEST(HashIndexTest, AgreesWithUnorderedMap) {
  HashIndex<> index;
  Store store;
  std::unordered_map<uint64_t, int32_t> reference;
  uint64_t state = 12345;
  for (int i = 0; i < 200000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const uint64_t key = (state >> 33) % 50000;  // so about three in four repeat
    const int32_t value = static_cast<int32_t>(store.keys.size());
    const auto [at, added] = index.Insert(key, value, store);
    const auto [it, fresh] = reference.try_emplace(key, value);
    ASSERT_EQ(added, fresh) << i;
    ASSERT_EQ(*at, it->second) << i;
    if (added) store.keys.push_back(key);
  }
  EXPECT_EQ(index.size(), reference.size());
}

}  // namespace
}  // namespace heard
