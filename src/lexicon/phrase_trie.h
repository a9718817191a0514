// PhraseTrie: literal strings found word by word.
//
// A regex term spelled out (regex_expand.h) is a set of literal strings
// such as "don't tell the school". Each is a run of words (letters, digits
// and marks, as WordIndex cuts them) with the exact characters between
// them: "don" + "'t" + " tell" + " the" + " school". The trie keys a
// string's first word at the root and each further word together with the
// gap before it, so walking it from a word of an answer follows that
// answer's own words and gaps, one hash lookup a word, and meets every
// string that starts there. A string must begin and end with a word
// character: then its match, like RE2's bounded one, starts and ends at
// word boundaries. Tests: tests/lexicon/phrase_trie_test.cc.
#ifndef HEARD_LEXICON_PHRASE_TRIE_H_
#define HEARD_LEXICON_PHRASE_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heard {

// A word of a text: [begin, end) in bytes.
struct WordSpan {
  uint32_t begin, end;
};

class PhraseTrie {
 public:
  // True when `literal` begins and ends with a letter, digit or mark.
  static bool Representable(std::string_view literal);

  // Adds `literal` (Representable) as term `index` of list `list`. Of two
  // terms of a list with the same string, the first added is kept. Returns
  // the node of its first word (FirstWord).
  int Add(int list, int index, std::string_view literal);

  // The node a string starting with `word` begins at, or -1.
  int FirstWord(std::string_view word) const { return Child(0, word); }

  // Calls found(list, index, end) for every string that starts at word
  // `first` of `text` (cut into `words`), shortest first; `end` is where
  // its last word ends.
  template <typename Found>
  void Walk(std::string_view text, const std::vector<WordSpan>& words, size_t first,
            Found&& found) const {
    const int node =
        FirstWord(text.substr(words[first].begin, words[first].end - words[first].begin));
    if (node >= 0) WalkFrom(text, words, first, node, found);
  }

  // The same, given FirstWord(word `first`), `node` (>= 0).
  template <typename Found>
  void WalkFrom(std::string_view text, const std::vector<WordSpan>& words, size_t first,
                int node, Found&& found) const {
    for (size_t k = first;;) {
      Report(node, words[k].end, found);
      if (++k >= words.size()) return;
      node = Child(node, text.substr(words[k - 1].end, words[k].end - words[k - 1].end));
      if (node < 0) return;
    }
  }

  bool empty() const { return key_begin_.size() == 1; }

 private:
  // A node's outputs are a chain through outputs_, from output_head_.
  struct Output {
    int list;
    int index;
    int32_t next;  // -1: the last
  };
  // 12 bytes: the child's key is found by its node number (key_begin_).
  struct Slot {
    uint32_t hash = 0;    // the high half of Hash()
    int32_t parent = -1;  // -1: empty
    int32_t child = -1;
  };
  // (parent, key) -> child, open addressing, with a bit per hash in front
  // (most lookups miss) so that a miss rarely leaves the cache.
  class Edges {
   public:
    explicit Edges(size_t bloom_bits) : bloom_(bloom_bits / 64) {}
    int Find(uint64_t hash, int parent, std::string_view key, const PhraseTrie& trie) const;
    void Add(uint64_t hash, int parent, int child);

   private:
    void Grow();
    std::vector<uint64_t> bloom_;
    std::vector<Slot> slots_ = std::vector<Slot>(64);
    size_t used_ = 0;
  };
  template <typename Found>
  void Report(int node, uint32_t end, Found& found) const {
    for (int32_t at = output_head_[node]; at >= 0; at = outputs_[at].next) {
      found(outputs_[at].list, outputs_[at].index, end);
    }
  }
  static uint64_t Hash(int parent, std::string_view key);
  std::string_view KeyOf(int node) const {
    const uint32_t end = node + 1 < static_cast<int>(key_begin_.size())
                             ? key_begin_[node + 1]
                             : static_cast<uint32_t>(keys_.size());
    return std::string_view(keys_).substr(key_begin_[node], end - key_begin_[node]);
  }
  int Child(int parent, std::string_view key) const;
  int AddChild(int parent, std::string_view key);

  std::vector<uint32_t> key_begin_ = {0};  // per node: its key in keys_; node 0 is the root
  std::vector<int32_t> output_head_ = {-1};  // per node
  std::vector<Output> outputs_;
  std::string keys_;
  // Every node's children. The root's are looked up when strings are added
  // and by FirstWord; a run reaches them through WordIndex's first-word table.
  Edges edges_{1 << 20};
};

}  // namespace heard

#endif  // HEARD_LEXICON_PHRASE_TRIE_H_
