// Loading a codebook from YAML (format: doc/codebook.md).
//
// Every mistake is reported as "file:line:col: error: message": YAML syntax,
// unknown keys (a typo such as "term:" would otherwise lose rules in
// silence), missing or duplicate ids, unknown parents, parent cycles, empty
// terms, terms that are only '*', and regular expressions RE2 rejects.
// LoadCodebook also imports dictionaries researchers already have: a .dic
// file is read as LIWC (liwc_import.h), and a .yml/.yaml file with no
// "themes" key that looks like a quanteda dictionary as one
// (quanteda_import.h). Tests: tests/lexicon/codebook_loader_test.cc.
#ifndef HEARD_LEXICON_CODEBOOK_LOADER_H_
#define HEARD_LEXICON_CODEBOOK_LOADER_H_

#include <string>

#include "core/codebook.h"
#include "core/status.h"

namespace heard {

// Loads `path`: a YAML file, or a folder holding codebook.yaml; a LIWC or
// quanteda dictionary is imported (see above).
StatusOr<Codebook> LoadCodebook(const std::string& path);

// Parses codebook YAML held in `text`; `file` names it in messages.
StatusOr<Codebook> ParseCodebook(const std::string& text,
                                 const std::string& file);

}  // namespace heard

#endif  // HEARD_LEXICON_CODEBOOK_LOADER_H_
