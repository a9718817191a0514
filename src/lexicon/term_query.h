// Terms and themes asked for on the command line, made into codebooks the
// Matcher compiles, so a lookup (`heard kwic`) finds exactly the hits the
// same rules find in a run: same normalisation, same word boundaries, same
// leftmost-longest choice, same exclusions.
// Tests: tests/lexicon/term_query_test.cc.
#ifndef HEARD_LEXICON_TERM_QUERY_H_
#define HEARD_LEXICON_TERM_QUERY_H_

#include <string>

#include "core/codebook.h"
#include "core/status.h"

namespace heard {

// A term in codebook syntax: "re:PATTERN" is a regex; anything else is a
// word, phrase or wildcard as in a codebook file. A usage error says what
// is wrong with it ("empty term", "invalid regular expression: ...", a
// regex that can match the empty string).
StatusOr<Term> ParseQueryTerm(const std::string& text);

// A codebook with one theme, "query", whose only term is `term`.
Codebook QueryCodebook(const Term& term);

// A codebook with theme `id` of `book` alone: its terms and exclusions, in
// their order, so Hit::term indexes the original theme's terms. A usage
// error when `book` has no theme `id`.
StatusOr<Codebook> ThemeCodebook(const Codebook& book, const std::string& id);

}  // namespace heard

#endif  // HEARD_LEXICON_TERM_QUERY_H_
