// Turning a codebook term into an RE2 pattern over normalised text.
//
// A word or phrase is normalised like the answers are, split into words at
// spaces and hyphens, each word quoted, and the words joined by "one or more
// spaces or hyphens". A `*` at either end of a word stands for zero or more
// letters, digits or marks. A regex term is used as written. Every pattern
// is then wrapped in Unicode word boundaries (RE2's \b is ASCII-only, so
// "café" would split at the é): the character either side of a hit must not
// be a letter, digit or mark. The boundary characters are outside the term's
// capture group, so a hit's span is the term alone.
// Tests: tests/lexicon/term_pattern_test.cc.
#ifndef HEARD_LEXICON_TERM_PATTERN_H_
#define HEARD_LEXICON_TERM_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/codebook.h"
#include "core/status.h"

namespace heard {

// One letter, digit or mark: what `*` stands for, repeated.
inline constexpr char kTermWordChar[] = "[\\pL\\pN\\pM]";
// What may stand between the words of a phrase: spaces or hyphens.
inline constexpr char kTermWordGap[] = "[ \\-]+";

// The words of a normalised term: split at spaces and hyphens.
std::vector<std::string> SplitTermWords(const std::string& normalized);

// The kind a plain term string has: wildcard if it holds `*`, phrase if it
// has more than one word, else word.
Term::Kind ClassifyTerm(std::string_view text);

// The RE2 pattern for the body of `term` (no boundaries, no capture), or an
// error message naming what is wrong ("a term cannot be only '*'").
StatusOr<std::string> TermBody(const Term& term);

// Alternation of `bodies`, each in its own capture group when `capture`,
// wrapped in word boundaries: group 1.. are the bodies, in order.
std::string BoundedAlternation(const std::vector<std::string>& bodies,
                               bool capture);

// The same alternation, without capture groups, between boundaries that
// are any character but an ASCII letter or digit: more characters than a
// term boundary (not a letter, number or mark), so it matches wherever
// BoundedAlternation does, with the same span, and a little more (beside
// a letter outside ASCII that normalising keeps, such as Cyrillic). Its
// program is a fraction of the size, which is what the matcher's presence
// set and its first search want: RE2 builds a DFA a state at a time, each
// new state walking the program.
std::string LooselyBoundedAlternation(const std::vector<std::string>& bodies);

}  // namespace heard

#endif  // HEARD_LEXICON_TERM_PATTERN_H_
