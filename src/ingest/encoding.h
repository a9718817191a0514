// Turning a file's bytes into UTF-8, whatever tool wrote them.
//
// Survey tools and Excel write UTF-8 (with or without a byte order mark),
// UTF-16 ("Unicode text", always with a BOM in practice) and Windows-1252
// (Excel's default "CSV"). Order of tests: a BOM decides; bytes that are
// valid UTF-8 are UTF-8; otherwise ICU's charset detector guesses, and
// ISO-8859-1 guesses are read as Windows-1252, its superset, so curly quotes
// and the euro sign in 0x80-0x9F survive. The chosen encoding is reported so
// method.html can show it. Tests: tests/ingest/encoding_test.cc.
#ifndef HEARD_INGEST_ENCODING_H_
#define HEARD_INGEST_ENCODING_H_

#include <string>

#include "core/status.h"
#include "text/utf8.h"

namespace heard {

struct Decoded {
  std::string utf8;      // without any byte order mark
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-1252", ...
  bool detected = false; // true when guessed by the detector, not certain
};

// The encoding label of text that reads as UTF-8 ("UTF-8", or "UTF-8 (N
// invalid sequences)" when mostly valid), else "".
std::string Utf8Label(const Utf8Census& census);

// Utf8Label for the file at `path`, read a block at a time; "" when the file
// is UTF-16 or must be converted (then DecodeToUtf8 reads it whole).
StatusOr<std::string> Utf8FileLabel(const std::string& path);

// Converts `bytes` to UTF-8; `file` names the source in errors.
StatusOr<Decoded> DecodeToUtf8(const std::string& bytes, const std::string& file);

}  // namespace heard

#endif  // HEARD_INGEST_ENCODING_H_
