// Normalised text with a map back to the original bytes.
//
// Matching happens on a normalised copy of each answer: NFKC, case-folded,
// accents removed from Latin letters, typographic apostrophes, quotes and
// dashes made plain, whitespace runs collapsed to one space and trimmed.
// Every byte of the copy remembers the span of original bytes it came from,
// so a hit found in the copy can be highlighted in what the respondent wrote.
//
// How: ASCII (nearly all input) is lower-cased byte by byte. Other code
// points are folded one at a time with ICU's NFKC_Casefold, then decomposed
// and stripped of combining marks when Latin. Folding code point by code
// point is not full NFKC of a sequence, but terms go through the same
// function, so the two always agree. Tests: tests/text/normalizer_test.cc.
#ifndef HEARD_TEXT_NORMALIZER_H_
#define HEARD_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace heard {

struct NormalizedText {
  std::string text;
  // For each byte of `text`, the original span [begin, end) it came from.
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;

  // The original byte span for the normalised span [from, to). An empty
  // span maps to an empty span where `from` begins (or the text's end).
  std::pair<size_t, size_t> ToOriginal(size_t from, size_t to) const {
    if (from >= to || from >= begin.size()) {
      const size_t at = from < begin.size() ? begin[from] : (end.empty() ? 0 : end.back());
      return {at, at};
    }
    return {begin[from], end[to - 1]};
  }
};

// Normalises `original` (UTF-8; invalid bytes become U+FFFD).
NormalizedText Normalize(std::string_view original);
// The same into `out`, reusing its buffers: for loops over many answers.
void Normalize(std::string_view original, NormalizedText* out);

// The normalised form only, for terms and keys.
std::string NormalizeForMatch(std::string_view original);

}  // namespace heard

#endif  // HEARD_TEXT_NORMALIZER_H_
