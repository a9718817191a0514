#include "analyse/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace heard {
namespace {

bool IsWordChar(UChar32 c) {
  if (c == '\'') return true;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  const int8_t type = u_charType(c);
  return u_isalpha(c) || u_isdigit(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::string_view TrimApostrophes(std::string_view word) {
  while (!word.empty() && word.front() == '\'') word.remove_prefix(1);
  while (!word.empty() && word.back() == '\'') word.remove_suffix(1);
  return word;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view normalized) {
  std::vector<Token> tokens;
  const int32_t n = static_cast<int32_t>(normalized.size());
  int32_t i = 0;
  bool joinable = false;  // only spaces and hyphens since the last token
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(normalized.data(), i, n, c);
    if (c < 0 || !IsWordChar(c)) {
      if (c != ' ' && c != '-') joinable = false;
      continue;
    }
    int32_t end = i;
    while (end < n) {
      int32_t next = end;
      U8_NEXT(normalized.data(), next, n, c);
      if (c < 0 || !IsWordChar(c)) break;
      end = next;
    }
    const std::string_view raw = normalized.substr(start, end - start);
    const std::string_view word = TrimApostrophes(raw);
    i = end;
    if (word.empty()) {
      joinable = false;
      continue;
    }
    // An apostrophe trimmed off either end sits between this word and its
    // neighbour, so it breaks a phrase like any other punctuation.
    tokens.push_back({word, joinable && !tokens.empty() && word.data() == raw.data()});
    joinable = word.data() + word.size() == raw.data() + raw.size();
  }
  return tokens;
}

}  // namespace heard
