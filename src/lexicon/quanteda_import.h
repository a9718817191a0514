// Importing a quanteda-style YAML dictionary as a codebook.
//
// quanteda (dictionary(), as.yaml()) and the YAML dictionaries passed
// around with it map each category name to either a list of values or a
// map of sub-categories, nested to any depth; quanteda writes a category
// that has both values and sub-categories as a map whose "__" key holds the
// category's own values:
//
//   breaks:
//     __: [break, breaks]
//     respite: [respite, "short break*"]
//   information: [advice, "info*"]
//
// Each top-level category becomes a theme and each second-level category a
// sub-theme of it (id "parent_child"); heard themes nest one level, so a
// category deeper down gives its values to its second-level ancestor, which
// then counts exactly what quanteda counts at level 2, and its description
// names the categories folded into it. Ids come from ThemeIdForCategory;
// two categories that give one id are an error. Values are globs
// (DictionaryTerm, with `?` as one character); a value with spaces is a
// phrase. A category with no values and no sub-categories is an error, as
// is any value that is not a string. Every error is
// "file:line:col: error: message". Tests: tests/lexicon/quanteda_import_test.cc.
#ifndef HEARD_LEXICON_QUANTEDA_IMPORT_H_
#define HEARD_LEXICON_QUANTEDA_IMPORT_H_

#include <string>

#include "core/codebook.h"
#include "core/status.h"

namespace heard {

// True when `file` is a .yml or .yaml file and `text` parses as a map with
// no "themes" key and anything other than our own top-level scalars (name,
// version, description): a codebook of our format, even a broken one, is
// left to ParseCodebook. Never throws.
bool LooksLikeQuantedaDictionary(const std::string& file, const std::string& text);

// The codebook for the quanteda dictionary `text`; `file` names it in
// messages and gives the codebook its name.
StatusOr<Codebook> ImportQuantedaDictionary(const std::string& text, const std::string& file);

}  // namespace heard

#endif  // HEARD_LEXICON_QUANTEDA_IMPORT_H_
