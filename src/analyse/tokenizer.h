// Words of normalised text, for counting (`heard suggest`).
//
// Cheap on purpose: a token is a run of letters, digits, combining marks
// and apostrophes, with apostrophes trimmed from its ends ("'carers'" gives
// carers, "don't" stays don't). Everything else separates tokens. No ICU
// word break iterator: normalised text is lower case with plain
// punctuation, and the counts only need to be consistent, not linguistic.
// Tests: tests/analyse/tokenizer_test.cc.
#ifndef HEARD_ANALYSE_TOKENIZER_H_
#define HEARD_ANALYSE_TOKENIZER_H_

#include <string_view>
#include <vector>

namespace heard {

struct Token {
  std::string_view text;  // points into the tokenised text
  // True when only spaces and hyphens separate it from the token before:
  // the two then make a phrase a codebook term can name ("short-break").
  bool joined = false;
};

std::vector<Token> Tokenize(std::string_view normalized);

}  // namespace heard

#endif  // HEARD_ANALYSE_TOKENIZER_H_
