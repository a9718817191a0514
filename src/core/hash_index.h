// HashIndex: a hash table from 64-bit keys to int32 values that keeps only
// the values and a 16-bit tag of each key, about 9 bytes a key.
//
// Built for indexes over large append-only stores (DuplicateFinder's), where
// the store can say what key a value was filed under: the caller passes that
// as `key_of(value)` to each call, and the table asks it to tell a real match
// from a tag that only happens to agree, and to place values again when it
// grows. Storing no key halves the table against a key and value per slot.
//
// How it works. The key is mixed (splitmix64) into 64 bits that choose one of
// 64 shards, the tag and the starting slot. Each shard is an open-addressing
// table with linear probing over a dense array of tags (0 means empty) and a
// parallel array of values. A shard grows by half when more than 4/5 full,
// so its tables are 53-80% full; slots are chosen by multiply-shift, which
// works for any capacity, not only powers of two. The shards grow one at a
// time, each holding 1/64 of the keys, so growing never needs room for the
// whole table twice. Keys are never erased.
//
// `Hasher` is the mixing function; tests pass a poor one to force keys onto
// the same shard, tag and slot. Not thread-safe.
// Tests: tests/core/hash_index_test.cc.
#ifndef HEARD_CORE_HASH_INDEX_H_
#define HEARD_CORE_HASH_INDEX_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace heard {

// splitmix64's finaliser: every input bit moves every output bit, so the
// shard, tag and slot drawn from different bits are independent.
struct SplitMix64 {
  uint64_t operator()(uint64_t x) const {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }
};

template <typename Hasher = SplitMix64>
class HashIndex {
 public:
  // The value filed under `key`, or nullptr. `key_of(v)` must give the key
  // of any value v in the table. The pointer lasts until the next Insert.
  template <typename KeyOf>
  const int32_t* Find(uint64_t key, const KeyOf& key_of) const {
    const Place place = PlaceOf(key);
    const Shard& shard = shards_[place.shard];
    if (shard.tags.empty()) return nullptr;
    const size_t slot = Probe(shard, place, key, key_of);
    return shard.tags[slot] == 0 ? nullptr : &shard.values[slot];
  }

  // Files `value` (any int32) under `key` unless the key is there already; as
  // std::map::try_emplace, returns the value under `key` and whether it is
  // the new one. `key_of` as for Find, and key_of(value) must be `key`. The
  // pointer lasts until the next Insert; a value written through it must
  // have the same key.
  template <typename KeyOf>
  std::pair<int32_t*, bool> Insert(uint64_t key, int32_t value, const KeyOf& key_of) {
    const Place place = PlaceOf(key);
    Shard& shard = shards_[place.shard];
    if ((shard.size + 1) * 5 > shard.tags.size() * 4) Grow(&shard, key_of);
    const size_t slot = Probe(shard, place, key, key_of);
    const bool added = shard.tags[slot] == 0;
    if (added) {
      shard.tags[slot] = place.tag;
      shard.values[slot] = value;
      ++shard.size;
      ++size_;
    }
    return {&shard.values[slot], added};
  }

  size_t size() const { return size_; }

  // Bytes held in slots, for tests and measurement.
  size_t SlotBytes() const {
    size_t bytes = 0;
    for (const Shard& shard : shards_) {
      bytes += shard.tags.size() * (sizeof(uint16_t) + sizeof(int32_t));
    }
    return bytes;
  }

 private:
  static constexpr int kShardBits = 6;
  static constexpr size_t kMinSlots = 16;

  struct Shard {
    std::vector<uint16_t> tags;  // 0: empty
    std::vector<int32_t> values;
    size_t size = 0;
  };

  struct Place {
    size_t shard;
    uint16_t tag;    // never 0
    uint32_t start;  // scaled to a shard's capacity by Start
  };

  static Place PlaceOf(uint64_t key) {
    const uint64_t mixed = Hasher()(key);
    const uint16_t tag = static_cast<uint16_t>(mixed >> (64 - kShardBits - 16));
    return {static_cast<size_t>(mixed >> (64 - kShardBits)), tag == 0 ? uint16_t{1} : tag,
            static_cast<uint32_t>(mixed)};
  }

  static size_t Start(const Place& place, size_t capacity) {
    return static_cast<size_t>((static_cast<uint64_t>(place.start) * capacity) >> 32);
  }

  // The slot holding `key`, else the empty slot where it would go.
  template <typename KeyOf>
  static size_t Probe(const Shard& shard, const Place& place, uint64_t key, const KeyOf& key_of) {
    const size_t capacity = shard.tags.size();
    size_t slot = Start(place, capacity);
    while (shard.tags[slot] != 0) {
      if (shard.tags[slot] == place.tag && key_of(shard.values[slot]) == key) return slot;
      if (++slot == capacity) slot = 0;
    }
    return slot;
  }

  // Moves `shard` into tables half as large again, asking key_of where each
  // value goes.
  template <typename KeyOf>
  static void Grow(Shard* shard, const KeyOf& key_of) {
    const size_t capacity = std::max(kMinSlots, shard->tags.size() + shard->tags.size() / 2);
    Shard grown;
    grown.tags.assign(capacity, 0);
    grown.values.assign(capacity, -1);
    grown.size = shard->size;
    for (size_t i = 0; i < shard->tags.size(); ++i) {
      if (shard->tags[i] == 0) continue;
      const Place place = PlaceOf(key_of(shard->values[i]));
      size_t slot = Start(place, capacity);
      while (grown.tags[slot] != 0) {
        if (++slot == capacity) slot = 0;
      }
      grown.tags[slot] = shard->tags[i];
      grown.values[slot] = shard->values[i];
    }
    *shard = std::move(grown);
  }

  std::array<Shard, size_t{1} << kShardBits> shards_;
  size_t size_ = 0;
};

}  // namespace heard

#endif  // HEARD_CORE_HASH_INDEX_H_
