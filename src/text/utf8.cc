#include "text/utf8.h"

#include <unicode/utf8.h>

namespace heard {


Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census census;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c < 0) {
      ++census.invalid;
    } else if (i - start > 1) {
      ++census.multibyte;
    }
  }
  return census;
}

int64_t FirstInvalidUtf8(std::string_view bytes) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, length);
}

// Invalid sequences and NUL bytes become U+FFFD, so nothing vanishes unseen.
std::string ReplaceInvalidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c <= 0) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(bytes.data() + start, i - start);
    }
  }
  return out;
}

}  // namespace heard
