// TermIdentifier: which term of a list matched a given stretch of text.
//
// The matcher finds where a theme's alternation matched without asking RE2
// for capture groups, which for an alternation of hundreds of terms costs
// far more than the search itself. It then asks this class which term the
// matched words are: words and phrases by a hash lookup of their words
// (phrases may be joined by any run of spaces and hyphens, as TermBody
// allows), wildcard and regex terms by one anchored RE2::Set over their
// bodies. When several terms match the same words, the first in codebook
// order is named. Tests: tests/lexicon/term_identifier_test.cc.
#ifndef HEARD_LEXICON_TERM_IDENTIFIER_H_
#define HEARD_LEXICON_TERM_IDENTIFIER_H_

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/codebook.h"

namespace heard {

class TermIdentifier {
 public:
  // `terms` and their RE2 `bodies` (from TermBody), index for index.
  TermIdentifier(const std::vector<Term>& terms, const std::vector<std::string>& bodies);

  // The index of the first term that matches all of `span` (normalised
  // text), or -1 when none does.
  int Identify(std::string_view span) const;

 private:
  std::unordered_map<std::string, int> plain_;  // words joined by one space -> term
  std::unique_ptr<RE2::Set> patterns_;          // wildcard and regex bodies
  std::vector<int> pattern_terms_;              // term index of each set entry
};

// `span` with every run of spaces and hyphens made one space (kept at
// either end, so " carer" is not the key of "carer"): the key a word or
// phrase term is found by.
std::string PlainTermKey(std::string_view span);

}  // namespace heard

#endif  // HEARD_LEXICON_TERM_IDENTIFIER_H_
