// The finite language of a regular expression, when it is small.
//
// Most of a codebook's `re:` terms are phrases with choices: "(?:find|found)
// out (?:that )?(?:he|she) (?:is|was) a carers?" stands for a few dozen
// plain strings. Spelled out, such a term can be matched word by word like a
// phrase (WordIndex) instead of by RE2. ExpandRegex spells it out: every
// string the pattern matches in full, or nothing when it cannot tell that
// set exactly or the set is bigger than `limit`.
//
// It reads the part of RE2's syntax that such terms use: literal characters
// (UTF-8), escaped punctuation (\? \. \'), groups ( ) (?: ), alternation,
// the quantifiers ? {n} {n,m} (greedy or lazy: the matcher asks RE2 for the
// longest match, where laziness changes nothing), and character classes of
// literal characters and ranges ([sz] [a-c] [.,;!?]). Anything else (* + .
// ^ $ \b \w \d \pL, flags, named groups, negated classes, {n,}) makes the
// pattern "not expandable": the caller keeps it for RE2, so a pattern read
// wrongly here is never one that is expanded.
// Tests: tests/lexicon/regex_expand_test.cc.
#ifndef HEARD_LEXICON_REGEX_EXPAND_H_
#define HEARD_LEXICON_REGEX_EXPAND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heard {

// Every string `pattern` matches in full, sorted and without repeats; empty
// optional when the pattern uses syntax beyond the part read here, or
// matches more than `limit` strings.
std::optional<std::vector<std::string>> ExpandRegex(std::string_view pattern, size_t limit);

}  // namespace heard

#endif  // HEARD_LEXICON_REGEX_EXPAND_H_
