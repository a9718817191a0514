// NamedTerms: a thread's memory of which term a matcher named for a span.
//
// Naming the term of a hit (TermIdentifier) costs an RE2::Set match over its
// words, and the same few words ("respite", "young carers") are hits again
// and again. This remembers the answers of one thread, direct-mapped (a
// new span whose slot is taken replaces the old one), keyed by the matcher,
// the list and the span's bytes, so it can only return what naming the same
// span with the same list gave before. Matchers are told apart by an id
// no other matcher in the process has had (NextMatcherId), not by their
// address, which a later matcher may reuse. Tests:
// tests/lexicon/named_terms_test.cc.
#ifndef HEARD_LEXICON_NAMED_TERMS_H_
#define HEARD_LEXICON_NAMED_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace heard {

// A new matcher's id: 1, 2, ... (never 0) over the process's life.
uint64_t NextMatcherId();

class NamedTerms {
 public:
  // Spans longer than this are not remembered (regex hits can be long and
  // are mostly one-off).
  static constexpr size_t kLongestSpan = 48;

  // The remembered term of `span` for (`matcher`, `list`), or false.
  bool Find(uint64_t matcher, int list, std::string_view span, int* term) const;
  void Keep(uint64_t matcher, int list, std::string_view span, int term);

  // The calling thread's memory.
  static NamedTerms& ForThisThread();

 private:
  static constexpr size_t kSlots = 4096;  // a power of two
  struct Slot {
    uint64_t matcher = 0;  // 0: empty
    int list = -1;
    int term = -1;
    std::string span;
  };
  static size_t SlotOf(uint64_t matcher, int list, std::string_view span);
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
};

}  // namespace heard

#endif  // HEARD_LEXICON_NAMED_TERMS_H_
