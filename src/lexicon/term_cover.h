// Whether one term of a theme makes another redundant.
//
// Term W covers term N when every text N matches, W matches too. The terms
// of a theme sit in one alternation between the same word boundaries, and
// the matcher takes the longest match at each position, so without N the
// theme finds exactly the same hits: at every position the set of lengths
// that match is unchanged. Only the term a hit is named after may change.
//
// Decided exactly or not at all:
//  - N must be a word or a phrase. A word stands for one fixed string; a
//    phrase for its words joined by any run of spaces and hyphens.
//  - W a word, phrase or wildcard: W covers N exactly when W's pattern
//    fully matches N's words joined by single spaces. No word of either can
//    hold a space or hyphen, so W's words pair up one to one with N's, and
//    every other joining of N's words is matched as well.
//  - W a regex: only a single-word N (one fixed string) is tried, and only
//    when the regex has no zero-width assertion (^ $ \b ...), whose truth
//    could depend on the text around the hit. A regex that covers a phrase
//    for every way of joining its words cannot be told from the text, so
//    it is never claimed.
// Tests: tests/lexicon/term_cover_test.cc.
#ifndef HEARD_LEXICON_TERM_COVER_H_
#define HEARD_LEXICON_TERM_COVER_H_

#include <re2/re2.h>

#include <memory>
#include <string>

#include "core/codebook.h"

namespace heard {

// The text a word or phrase term stands for: its normalised words joined by
// single spaces ("Short-Break" -> "short break"); "" for a wildcard, a
// regex, or a term with no words.
std::string LiteralText(const Term& term);

class TermCover {
 public:
  // Compiles `wide`'s pattern. A term that does not compile covers nothing.
  explicit TermCover(const Term& wide);

  // True when `wide` provably matches every text `narrow` matches.
  bool Covers(const Term& narrow) const;

 private:
  std::unique_ptr<RE2> re_;  // null when `wide` can cover nothing decidably
  bool single_words_only_ = false;
};

}  // namespace heard

#endif  // HEARD_LEXICON_TERM_COVER_H_
