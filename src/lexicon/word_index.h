// WordIndex: the codebook's plain terms, found by their words.
//
// Most terms are words, phrases and `*` wildcards made only of letters,
// digits and marks. For those, matching an answer needs no regular
// expression: cut the normalised answer into words (runs of letters, digits
// and marks: exactly the characters TermBody's boundaries keep out), look
// each word up in a hash of the terms' first words, and check the rest of a
// phrase word by word, the gap between two words being only spaces and
// hyphens. One pass over the answer finds every plain term of every theme.
//
// A term is "plain" here when each of its words, stripped of a leading
// and/or trailing `*`, is one or more letters, digits or marks. Anything
// else ("carer's card", "a & e", regular expressions) is left to RE2, and
// Add() says so. For each list (a theme's terms, or its exclusions) and each
// word where one of its terms starts, Find() reports the longest term
// match there, and of terms as long the first in codebook order: what RE2's
// leftmost-longest alternation of the same terms would choose at that start.
// AddLiterals() takes a regex term spelled out as strings; they are found in
// the same pass, in a PhraseTrie, and compete with the plain terms alike.
// Tests: tests/lexicon/word_index_test.cc.
#ifndef HEARD_LEXICON_WORD_INDEX_H_
#define HEARD_LEXICON_WORD_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/codebook.h"
#include "lexicon/phrase_trie.h"

namespace heard {

// One word of a plain term: its letters, and where `*` may add more.
struct TermWord {
  enum class Kind { kExact, kPrefix, kSuffix, kInfix };  // word, word*, *word, *word*
  Kind kind = Kind::kExact;
  std::string letters;
  bool Matches(std::string_view word) const;
};

// The words of `term` when it is plain (see above), else empty.
std::vector<TermWord> PlainTermWords(const Term& term);

// True for a letter, digit or mark (the code point at `text[at]`, UTF-8),
// setting `*size` to its length in bytes.
bool IsWordCharAt(std::string_view text, size_t at, size_t* size);

class WordIndex {
 public:
  struct Match {
    int list = -1;
    int term = -1;     // index into the list's terms
    uint32_t begin = 0;  // bytes of the normalised text
    uint32_t end = 0;
  };

  // Adds `term`, the `index`th of list `list`; false (and nothing added)
  // when the term is not plain.
  bool Add(int list, int index, const Term& term);

  // Adds `literals` (a regex term spelled out: regex_expand.h), together
  // the `index`th term of list `list`, matched exactly as written, words and
  // the characters between them; false (and nothing added) unless each
  // begins and ends with a letter, digit or mark.
  bool AddLiterals(int list, int index, const std::vector<std::string>& literals);

  // Every list's longest plain match at each word of `text` (normalised),
  // in text order, into `matches` (cleared first).
  void Find(std::string_view text, std::vector<Match>* matches) const;

  bool empty() const { return entries_.empty() && literals_.empty(); }

 private:
  struct Entry {
    int list;
    int index;
    std::vector<TermWord> words;
  };
  // First words -> the entries they start: open addressing, FNV-1a hashes,
  // so that a word's every prefix is hashed in one pass over its bytes.
  class WordTable {
   public:
    static uint64_t Start() { return 0xcbf29ce484222325ull; }
    static uint64_t Step(uint64_t hash, char c) {
      return (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    }
    static uint64_t HashOf(std::string_view key);
    void Add(std::string_view key, int entry);
    // The entries of `key` (whose hash is `hash`), or null. A bit per hash
    // (8 KiB, stays in cache) turns most words away before the table.
    const std::vector<int>* Find(uint64_t hash, std::string_view key) const {
      const unsigned bit = static_cast<unsigned>(hash >> 48);
      if (!((bloom_[bit >> 6] >> (bit & 63)) & 1)) return nullptr;
      return Probe(hash, key);
    }

   private:
    struct Slot {
      uint64_t hash = 0;
      int key = -1;  // index into keys_ and entries_, -1: empty
    };
    void Grow();
    const std::vector<int>* Probe(uint64_t hash, std::string_view key) const;
    std::vector<uint64_t> bloom_ = std::vector<uint64_t>(1024);
    std::vector<Slot> slots_ = std::vector<Slot>(64);
    std::vector<std::string> keys_;
    std::vector<std::vector<int>> entries_;
  };

  // The entries whose first word may be `word`.
  void Candidates(std::string_view word, std::vector<int>* out) const;
  // The end of entry `e`'s match at word `first` of `words`, or 0.
  uint32_t MatchEnd(const Entry& e, std::string_view text, const std::vector<WordSpan>& words,
                    size_t first) const;
  // Records list `list`'s match of term `index` at [begin, end) unless the
  // list has a longer one there already (or as long, of an earlier term);
  // matches from `from` on are those that start at `begin`.
  static void Keep(int list, int index, uint32_t begin, uint32_t end,
                   std::vector<Match>* matches, size_t from);

  // Which first two bytes a key of a map may start with (a one-byte key
  // marks every second byte; a one-byte word is looked up with 0): most
  // words of an answer start no term, and two bytes tell so without a hash.
  class Pairs {
   public:
    void Mark(std::string_view key);
    bool MayStart(std::string_view word) const {
      const unsigned second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
      const unsigned pair = static_cast<unsigned char>(word[0]) << 8 | second;
      return (bits_[pair >> 6] >> (pair & 63)) & 1;
    }

   private:
    uint64_t bits_[1024] = {};
  };

  std::vector<Entry> entries_;
  Pairs exact_pairs_, prefix_pairs_;
  WordTable exact_;     // first word -> entries (-1 - node: a PhraseTrie node)
  WordTable prefixes_;  // letters of a first word `letters*`
  WordTable suffixes_;  // letters of a first word `*letters`
  std::vector<int> infixes_;  // entries whose first word is `*letters*`
  std::vector<size_t> prefix_sizes_;  // distinct sizes of prefixes_' keys
  std::vector<size_t> suffix_sizes_;
  PhraseTrie literals_;  // spelled-out regex terms
  std::unordered_set<int> literal_starts_;  // their first words' nodes, in exact_
};

}  // namespace heard

#endif  // HEARD_LEXICON_WORD_INDEX_H_
