#include "core/response.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace heard {

const std::string& Response::Attribute(const std::string& key) const {
  static const std::string kEmpty;
  for (const auto& [name, value] : attributes) {
    if (name == key) return value;
  }
  return kEmpty;
}

bool Response::HasText() const {
  for (const Answer& answer : answers) {
    if (!IsBlank(answer.text)) return true;
  }
  return false;
}

bool IsBlank(const std::string& text) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) return false;  // invalid bytes are not blank
    if (!u_isUWhiteSpace(c) && c != 0xFEFF && c != 0x200B) return false;
  }
  return true;
}

}  // namespace heard
