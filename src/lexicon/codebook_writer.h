// Writing a codebook as YAML in heard's own format (doc/codebook.md), so an
// imported dictionary can become a codebook people edit and version.
//
// The contract is a round trip: ParseCodebook(CodebookYaml(book), f) gives
// back the same name, version, description and themes (id, label,
// description, parent, terms and exclusions with their kinds, in order);
// only locations, path and hash belong to the new text. Word, phrase and
// wildcard terms are written as plain strings, regex terms as {re: ...}, so
// a plain term must have the kind ClassifyTerm gives its text, as every
// term from the loader and the importers has. A label equal to the id, and
// empty fields, are left out. yaml-cpp's emitter chooses the quoting, so no
// text can break the YAML; numbers and yes/no words are quoted as well, as
// doc/codebook.md advises. Tests: tests/lexicon/codebook_writer_test.cc.
#ifndef HEARD_LEXICON_CODEBOOK_WRITER_H_
#define HEARD_LEXICON_CODEBOOK_WRITER_H_

#include <string>

#include "core/codebook.h"

namespace heard {

// `book` as codebook YAML, ending in a newline.
std::string CodebookYaml(const Codebook& book);

}  // namespace heard

#endif  // HEARD_LEXICON_CODEBOOK_WRITER_H_
