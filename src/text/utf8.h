// Small UTF-8 utilities shared by the readers: counting valid and invalid
// sequences (to tell UTF-8 from legacy encodings), appending a code point,
// and replacing invalid bytes so nothing vanishes unseen.
// Tests: tests/text/utf8_test.cc.
#ifndef HEARD_TEXT_UTF8_H_
#define HEARD_TEXT_UTF8_H_

#include <unicode/umachine.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace heard {

struct Utf8Census {
  int64_t multibyte = 0;  // valid sequences of two or more bytes
  int64_t invalid = 0;    // invalid sequences
};

// Counts the valid multi-byte and the invalid sequences of `bytes`.
Utf8Census CountUtf8(std::string_view bytes);

// Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1.
int64_t FirstInvalidUtf8(std::string_view bytes);

// Appends `c` to `out` as UTF-8; `c` must be a valid code point.
void AppendUtf8(UChar32 c, std::string* out);

// `bytes` with every invalid sequence and NUL byte replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view bytes);

}  // namespace heard

#endif  // HEARD_TEXT_UTF8_H_
