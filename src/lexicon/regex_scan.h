// What a codebook check can learn from an RE2 pattern's text alone.
//
// A light scanner, not a parser: it walks the pattern once, steps over
// escapes, character classes, repetition counts and group openers, and
// records (1) the code points the pattern matches literally, outside any
// class, with their byte offsets, (2) whether it holds a zero-width
// assertion (^ $ \A \z \b \B), whose truth depends on the text around a
// match, and (3) whether case-insensitive matching is switched on with an
// (?i) flag. `heard codebook check` uses (1) to find characters normalised
// answers never contain and (2) to know when matching a term on its own
// tells how it matches inside an answer. The pattern is assumed to compile;
// on a malformed one the facts are a best effort, never a crash.
// Tests: tests/lexicon/regex_scan_test.cc.
#ifndef HEARD_LEXICON_REGEX_SCAN_H_
#define HEARD_LEXICON_REGEX_SCAN_H_

#include <string_view>
#include <vector>

namespace heard {

struct RegexLiteral {
  size_t offset = 0;     // byte offset in the pattern
  std::string_view text; // the code point's UTF-8 bytes
};

struct RegexFacts {
  std::vector<RegexLiteral> literals;  // in pattern order
  bool has_assertion = false;
  bool ignores_case = false;
};

RegexFacts ScanRegex(std::string_view pattern);

}  // namespace heard

#endif  // HEARD_LEXICON_REGEX_SCAN_H_
