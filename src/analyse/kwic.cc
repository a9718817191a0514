#include "analyse/kwic.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace heard {
namespace {

bool IsContinuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

bool IsBlankOrControl(UChar32 c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         u_isUWhiteSpace(c) || u_iscntrl(c);
}

// The last `count` code points of `text`.
std::string_view LastCodePoints(std::string_view text, size_t count) {
  size_t begin = text.size();
  while (begin > 0 && count > 0) {
    --begin;
    while (begin > 0 && IsContinuation(text[begin])) --begin;
    --count;
  }
  return text.substr(begin);
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string_view LeadingCodePoints(std::string_view text, size_t count) {
  size_t end = 0;
  while (end < text.size() && count > 0) {
    ++end;
    while (end < text.size() && IsContinuation(text[end])) ++end;
    --count;
  }
  return text.substr(0, end);
}

std::string Flatten(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t from = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && IsBlankOrControl(c)) {
      if (out.empty() || out.back() != ' ') out += ' ';
    } else {
      out.append(text.substr(from, i - from));  // invalid bytes pass as they are
    }
  }
  return out;
}

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char byte : text) count += IsContinuation(byte) ? 0 : 1;
  return count;
}

std::string Pad(std::string_view text, size_t width, bool right_align) {
  const size_t length = CodePoints(text);
  if (length >= width) return std::string(text);
  const std::string padding(width - length, ' ');
  return right_align ? padding + std::string(text) : std::string(text) + padding;
}

KwicLine CutKwic(std::string_view text, size_t begin, size_t end, size_t width) {
  // Never trust a span blindly: a zero-length match can come back reversed.
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  KwicLine line;
  const std::string left = Flatten(text.substr(0, begin));
  const std::string right = Flatten(text.substr(end));
  line.left = std::string(LastCodePoints(TrimSpaces(left), width));
  line.hit = std::string(TrimSpaces(Flatten(text.substr(begin, end - begin))));
  line.right = std::string(LeadingCodePoints(TrimSpaces(right), width));
  return line;
}

std::string FormatKwic(const KwicLine& line, size_t width) {
  std::string out = Pad(line.left, width, true);
  out += " | ";
  out += line.hit;
  out += " | ";
  out += line.right;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace heard
