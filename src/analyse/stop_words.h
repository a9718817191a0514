// Which tokens are worth suggesting as codebook terms.
//
// The stop-word list is this project's own and short: English function
// words, auxiliaries and their contractions, and a few fillers that carry
// no theme ("really", "just", "also"). Words that carry a theme in a
// carers' consultation ("help", "support", "care", "time") are kept on
// purpose, even when common.
// Tests: tests/analyse/tokenizer_test.cc.
#ifndef HEARD_ANALYSE_STOP_WORDS_H_
#define HEARD_ANALYSE_STOP_WORDS_H_

#include <string_view>

namespace heard {

// True for a word on the stop list (lower case, straight apostrophes).
bool IsStopWord(std::string_view word);

// True for a token worth counting as a candidate: not a stop word, holding
// at least one letter (so no numbers), and three or more code points long.
bool IsContentWord(std::string_view word);

}  // namespace heard

#endif  // HEARD_ANALYSE_STOP_WORDS_H_
