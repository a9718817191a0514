// Pieces shared by the dictionary importers (quanteda_import.h,
// liwc_import.h): turning a foreign category name into a theme id, a
// foreign glob value into a Term, and the codebook header an import gets.
//
// Globs: a `*` at the start or end of a word is kept as this project's
// wildcard. Anything the wildcard cannot say (a `*` inside a word, or a `?`
// standing for one character) becomes an RE2 term built the way TermBody
// builds wildcards, so it matches exactly what the glob means here: the
// literal parts are normalised like answers and quoted, `*` becomes
// "[\pL\pN\pM]*" (zero or more letters, digits or marks), `?` becomes
// "[\pL\pN\pM]" (one of them), and the words of a phrase are joined by
// "[ \-]+". Tests: tests/lexicon/quanteda_import_test.cc and
// tests/lexicon/liwc_import_test.cc.
#ifndef HEARD_LEXICON_DICTIONARY_IMPORT_H_
#define HEARD_LEXICON_DICTIONARY_IMPORT_H_

#include <map>
#include <string>
#include <string_view>

#include "core/codebook.h"
#include "core/location.h"
#include "core/status.h"

namespace heard {

// A theme id for a category called `name`: normalised like terms (lower
// case, Latin accents removed), every run of other characters turned into
// one '_', '_' trimmed from both ends, and "c_" put in front of a leading
// digit. An error message (no location) when nothing is left, as for a name
// with no Latin letters or digits.
StatusOr<std::string> ThemeIdForCategory(std::string_view name);

// The Term for a dictionary value `text` found at `where`. `*` is a
// wildcard; `?` stands for one character only when `question_mark_is_glob`
// (quanteda), else it is literal (LIWC). A value TermBody rejects ("empty
// term", only '*') is an error at `where`.
StatusOr<Term> DictionaryTerm(const std::string& text, const Location& where,
                              bool question_mark_is_glob);

// An error "file:line:col: error: ..." at the first invalid UTF-8 byte of
// `text`, else ok.
Status CheckUtf8(std::string_view text, const std::string& file);

// True when `path` ends in `extension` (".dic"), ignoring ASCII case.
bool HasExtension(const std::string& path, std::string_view extension);

// A codebook with no themes yet for a dictionary imported from `file`
// holding `text`: name = the file's stem, version = "imported-" and the
// first 8 digits of the content hash, description naming `format` and the
// file, path and hash set.
Codebook ImportedCodebook(const std::string& text, const std::string& file,
                          const std::string& format);

// Remembers which category gave each theme id, so that two categories that
// give the same id are an error naming both, never a silent merge.
class ThemeIdRegistry {
 public:
  // Ok and remembered, or "category 'B' gives theme id 'x', already used by
  // category 'A' (line N)" at `where`.
  Status Claim(const std::string& id, const std::string& category, const Location& where);

 private:
  struct Owner {
    std::string category;
    int line = 0;
  };
  std::map<std::string, Owner> owners_;
};

}  // namespace heard

#endif  // HEARD_LEXICON_DICTIONARY_IMPORT_H_
