#include "lexicon/phrase_trie.h"

#include <unicode/utf8.h>

#include "lexicon/word_index.h"

namespace heard {
namespace {

// The keys of `literal` in trie order: its first word, then each gap with
// the word after it.
std::vector<std::string_view> Keys(std::string_view literal) {
  std::vector<std::string_view> keys;
  size_t key_start = 0, size = 0;
  bool in_word = true;
  for (size_t at = 0; at < literal.size(); at += size) {
    const bool word = IsWordCharAt(literal, at, &size);
    if (in_word && !word && at > key_start) {
      // a word ends: the key so far (gap + word) is complete
      keys.push_back(literal.substr(key_start, at - key_start));
      key_start = at;
    }
    in_word = word;
  }
  keys.push_back(literal.substr(key_start));
  return keys;
}

}  // namespace

bool PhraseTrie::Representable(std::string_view literal) {
  if (literal.empty()) return false;
  size_t size = 0;
  if (!IsWordCharAt(literal, 0, &size)) return false;
  int32_t last = static_cast<int32_t>(literal.size());
  U8_BACK_1(reinterpret_cast<const uint8_t*>(literal.data()), 0, last);
  return IsWordCharAt(literal, static_cast<size_t>(last), &size) &&
         static_cast<size_t>(last) + size == literal.size();
}

int PhraseTrie::Add(int list, int index, std::string_view literal) {
  int node = 0, first = -1;
  for (std::string_view key : Keys(literal)) {
    const int child = Child(node, key);
    node = child >= 0 ? child : AddChild(node, key);
    if (first < 0) first = node;
  }
  int32_t* link = &output_head_[node];  // the end of the node's chain
  for (; *link >= 0; link = &outputs_[*link].next) {
    if (outputs_[*link].list == list) return first;  // an earlier term of the list has it
  }
  *link = static_cast<int32_t>(outputs_.size());
  outputs_.push_back({list, index, -1});
  return first;
}

uint64_t PhraseTrie::Hash(int parent, std::string_view key) {
  uint64_t hash = 0xcbf29ce484222325ull ^ (static_cast<uint64_t>(parent) * 0x9e3779b97f4a7c15ull);
  for (char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash ^ (hash >> 29);
}

int PhraseTrie::Child(int parent, std::string_view key) const {
  return edges_.Find(Hash(parent, key), parent, key, *this);
}

int PhraseTrie::AddChild(int parent, std::string_view key) {
  const int child = static_cast<int>(key_begin_.size());
  key_begin_.push_back(static_cast<uint32_t>(keys_.size()));
  output_head_.push_back(-1);
  keys_.append(key);
  edges_.Add(Hash(parent, key), parent, child);
  return child;
}

int PhraseTrie::Edges::Find(uint64_t hash, int parent, std::string_view key,
                            const PhraseTrie& trie) const {
  const uint64_t bit = (hash >> 40) & (bloom_.size() * 64 - 1);
  if (!((bloom_[bit >> 6] >> (bit & 63)) & 1)) return -1;
  const uint32_t high = static_cast<uint32_t>(hash >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t at = high & mask; slots_[at].parent >= 0; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.hash == high && slot.parent == parent && trie.KeyOf(slot.child) == key) {
      return slot.child;
    }
  }
  return -1;
}

// Slots are placed by the hash's high half (all a slot keeps, so that
// growing can place them again); the bloom bit comes from bits 40-59.
void PhraseTrie::Edges::Add(uint64_t hash, int parent, int child) {
  const uint64_t bit = (hash >> 40) & (bloom_.size() * 64 - 1);
  bloom_[bit >> 6] |= uint64_t{1} << (bit & 63);
  const size_t mask = slots_.size() - 1;
  const uint32_t high = static_cast<uint32_t>(hash >> 32);
  size_t at = high & mask;
  while (slots_[at].parent >= 0) at = (at + 1) & mask;
  slots_[at] = {high, parent, child};
  if (++used_ * 2 > slots_.size()) Grow();
}

void PhraseTrie::Edges::Grow() {
  // A slot's place is its hash's high half, which it keeps.
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.parent < 0) continue;
    size_t at = slot.hash & mask;
    while (slots_[at].parent >= 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

}  // namespace heard
