// Word lists the redactor uses to tell a name from an ordinary word, since it
// has no model of English: given names people in the UK carry, and common
// words that may follow a cue such as "my son" or start a sentence without
// being anyone's name. All lookups take a word already lower-cased (ASCII
// letters only are folded; other bytes compare as they are). The lists are
// hand-written for this project; extend them in redactor_words.cc.
// Tests: tests/analyse/redactor_recall_test.cc measures what they buy.
#ifndef HEARD_ANALYSE_REDACTOR_WORDS_H_
#define HEARD_ANALYSE_REDACTOR_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace heard {

enum class GivenName {
  kNo,
  kYes,        // a name and nothing else: "callum", "priya"
  kAmbiguous,  // also an ordinary word or a month: "will", "grace", "may"
};

// Whether `lower` is a given name on the list, and whether it is also a word.
GivenName GivenNameKind(std::string_view lower);

// A word as the word table keys it: its first 16 bytes, zero-padded, as two
// integers, and its size. Made byte by byte by a scan as it reads the word.
struct WordKey {
  uint64_t low = 0, high = 0;
  size_t size = 0;

  // Puts byte `i` (under 16) of the word in place.
  void Set(size_t i, unsigned char byte) {
    (i < 8 ? low : high) |= static_cast<uint64_t>(byte) << (8 * (i % 8));
  }
};

inline size_t WordKeyHash(const WordKey& key) {
  uint64_t h = (key.low * 0x9e3779b97f4a7c15ULL) ^ (key.high * 0xc2b2ae3d27d4eb4fULL) ^ key.size;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  return static_cast<size_t>(h ^ (h >> 32));
}

// A Bloom filter of the given names on the list (GivenNameKind not kNo),
// 2 KB so it stays in the first-level cache: a scan that looks up every
// word asks it first, inline, as most words are not names.
class GivenNameFilter {
 public:
  static constexpr size_t kBits = 16384;  // over twenty a name: about 1% pass

  // False when the word is surely not a listed name; true for every listed
  // name (lower-cased) and about 1% of other words.
  bool MayHold(const WordKey& key) const {
    const size_t hash = WordKeyHash(key);
    return Has(hash) && Has(hash >> 32);
  }
  void Add(const WordKey& key) {
    const size_t hash = WordKeyHash(key);
    Set(hash);
    Set(hash >> 32);
  }

 private:
  bool Has(size_t hash) const {
    const size_t bit = hash % kBits;
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }
  void Set(size_t hash) {
    const size_t bit = hash % kBits;
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  uint64_t bits_[kBits / 64] = {};
};

const GivenNameFilter& TheGivenNameFilter();

// A common English word (or one common in carers' answers: "respite",
// "council") that is not to be taken for a name after a cue.
bool IsCommonWord(std::string_view lower);

// A word that turns a name before it into a place or a body: "House",
// "Hospice", "Road" ("Rose Court", "Florence Nightingale Hospice").
bool IsPlaceWord(std::string_view lower);

// `word` with ASCII letters lower-cased.
std::string Lowered(std::string_view word);

}  // namespace heard

#endif  // HEARD_ANALYSE_REDACTOR_WORDS_H_
