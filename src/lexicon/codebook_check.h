// Checks a loaded codebook for rules that are legal but cannot do what
// their author meant: the `heard codebook check` findings.
//
// The loader already rejects what cannot be used at all (YAML errors, bad
// ids, empty terms, regexes RE2 refuses). What is left is found here, and
// only where it can be decided exactly:
//  - a term or exclusion listed twice in one theme: the same pattern once
//    normalised ("short break" and "short-break" are one term);
//  - a term or exclusion another of the same theme covers (TermCover), so
//    it never changes which hits the theme finds ("carer" beside "carer*");
//  - a regex holding a character normalised answers never contain: a
//    capital letter, a curly apostrophe or quote, an accented Latin letter,
//    a tab (that part of the pattern can never match);
//  - a regex that can match the empty string (zero-length hits);
//  - a theme with no terms that is no theme's parent (it never codes).
// A term that also belongs to another theme is a note, not a warning: one
// answer may well be meant to count for both.
// Tests: tests/lexicon/codebook_check_test.cc.
#ifndef HEARD_LEXICON_CODEBOOK_CHECK_H_
#define HEARD_LEXICON_CODEBOOK_CHECK_H_

#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/location.h"

namespace heard {

struct CodebookFinding {
  enum class Severity { kWarning, kNote };
  Severity severity = Severity::kWarning;
  Location location;
  std::string message;

  // "file:line:col: warning: message" (or "note:").
  std::string ToString() const;
};

// Every finding for `book`, in file order.
std::vector<CodebookFinding> CheckCodebook(const Codebook& book);

// How a term is quoted in messages: 'text' or 're:text'.
std::string QuotedTerm(const Term& term);

}  // namespace heard

#endif  // HEARD_LEXICON_CODEBOOK_CHECK_H_
