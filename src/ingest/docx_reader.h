// Reading a Word (.docx) document of workshop or telephone notes as the
// plain-text/Markdown form ReadNotes (notes_reader.h) parses, so a .docx
// source gives the same points a .txt of the same notes would.
//
// One output line per paragraph: a heading (style Title, Heading1 to
// Heading6, or a style whose name is "heading N" or "title") becomes "# text"
// with one '#' per level; a list paragraph (numbering, or a list style)
// becomes "- text"; any other paragraph with text becomes the text and a
// blank line, so each is a point of its own. Each table row becomes one
// "- " bullet of its non-empty cells joined by " | ", the header row too.
// Tests: tests/ingest/docx_reader_test.cc.
#ifndef HEARD_INGEST_DOCX_READER_H_
#define HEARD_INGEST_DOCX_READER_H_

#include <string>

#include "core/limits.h"
#include "core/status.h"

namespace heard {

// The notes text of the document in `bytes` (the whole .docx file). `file`
// names it in errors, which are input errors of the form
// "file: error: not a DOCX document: ..." for an archive that cannot be
// opened or has no word/document.xml, and
// "file: error: word/document.xml:LINE:COL: ..." for malformed XML.
// Its parts are read within `limits` (archive sizes and packing ratio, XML
// depth), so a zip bomb or a deep document is an error, not a crash.
StatusOr<std::string> DocxToNotes(const std::string& bytes, const std::string& file,
                                  const Limits& limits = Limits());

}  // namespace heard

#endif  // HEARD_INGEST_DOCX_READER_H_
