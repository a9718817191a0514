// Importing a LIWC-style .dic dictionary as a codebook.
//
// The format: a line holding only '%', one line per category
// ("NUMBER<TAB>name"), another '%' line, then one line per word or phrase
// ("word<TAB>NUMBER<TAB>NUMBER..."). A word may start or end with '*'.
// Each category becomes a top-level theme (id from ThemeIdForCategory,
// label the name as written) holding its words in file order; duplicate
// words are kept once.
//
// Separators: between a category's number and its name any spaces or tabs
// do. A word line must separate the word from its numbers with a TAB,
// since words may be phrases with spaces; after that TAB, numbers may be
// separated by tabs or spaces. Leading whitespace on a category line (how
// some LIWC files indent sub-categories) is ignored: LIWC dictionaries list
// every word under each of its ancestors too, so flat themes count what
// LIWC counts.
//
// Refused, each as "file:line:col: error: message", never guessed at:
// empty files, a missing first or second '%', a category number that is
// not a number or is used twice, a category with no name or no words, a
// word with no numbers or with a number no category has, spaces where the
// TAB belongs, the conditional forms of LIWC 2007/2015 ("(02 134)125/464",
// "<of>131/125"), invalid UTF-8, and ids two categories would share.
// Lines may end in CRLF; a UTF-8 byte order mark is skipped; blank lines
// are ignored. Tests: tests/lexicon/liwc_import_test.cc.
#ifndef HEARD_LEXICON_LIWC_IMPORT_H_
#define HEARD_LEXICON_LIWC_IMPORT_H_

#include <string>

#include "core/codebook.h"
#include "core/status.h"

namespace heard {

// True when `file` ends in ".dic" (any case).
bool IsLiwcDictionaryPath(const std::string& file);

// The codebook for the LIWC dictionary `text`; `file` names it in messages
// and gives the codebook its name.
StatusOr<Codebook> ImportLiwcDictionary(const std::string& text, const std::string& file);

}  // namespace heard

#endif  // HEARD_LEXICON_LIWC_IMPORT_H_
