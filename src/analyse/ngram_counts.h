// Candidate words and two-word phrases of normalised text, counted.
//
// A candidate is a content word (IsContentWord) or two content words that
// follow each other with only spaces or hyphens between them, written
// "first second" as a codebook phrase would be. The totals count every
// token and every joined pair, stop words included: they are the corpus
// sizes keyness compares against.
// Tests: tests/analyse/ngram_counts_test.cc.
#ifndef HEARD_ANALYSE_NGRAM_COUNTS_H_
#define HEARD_ANALYSE_NGRAM_COUNTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace heard {

struct NgramCounts {
  std::unordered_map<std::string, int64_t> counts;  // candidate -> occurrences
  int64_t words = 0;  // tokens
  int64_t pairs = 0;  // joined token pairs

  // Adds `other`'s counts and totals to these.
  void Add(const NgramCounts& other);
  // The occurrences of `candidate`, 0 when unseen.
  int64_t Count(const std::string& candidate) const;
  // `words` for a word, `pairs` for a two-word phrase.
  int64_t TotalFor(std::string_view candidate) const;
};

// Adds the candidates and totals of `normalized` to `counts`.
void CountNgrams(std::string_view normalized, NgramCounts* counts);

}  // namespace heard

#endif  // HEARD_ANALYSE_NGRAM_COUNTS_H_
