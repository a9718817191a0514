#include "lexicon/regex_scan.h"

#include <algorithm>
#include <string>

namespace heard {
namespace {

size_t Utf8Length(char lead) {
  const unsigned char byte = static_cast<unsigned char>(lead);
  if (byte < 0x80) return 1;
  if ((byte >> 5) == 0x6) return 2;
  if ((byte >> 4) == 0xE) return 3;
  if ((byte >> 3) == 0x1E) return 4;
  return 1;  // a stray continuation byte: step over it alone
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class Scanner {
 public:
  explicit Scanner(std::string_view pattern) : p_(pattern) {}

  RegexFacts Run() {
    size_t i = 0;
    while (i < p_.size()) i = Step(i);
    return facts_;
  }

 private:
  char At(size_t i) const { return i < p_.size() ? p_[i] : '\0'; }

  // Index just after the first `close` at or after `from`, or the end.
  size_t After(char close, size_t from) const {
    const size_t found = p_.find(close, from);
    return found == std::string_view::npos ? p_.size() : found + 1;
  }

  size_t Literal(size_t i) {
    const size_t length = std::min(Utf8Length(p_[i]), p_.size() - i);
    facts_.literals.push_back({i, p_.substr(i, length)});
    return i + length;
  }

  size_t Step(size_t i) {
    switch (p_[i]) {
      case '\\': return Escape(i);
      case '[': return Class(i);
      case '(': return GroupOpener(i);
      case '{': return Repeat(i);
      case '^':
      case '$':
        facts_.has_assertion = true;
        return i + 1;
      case '.': case '|': case ')': case '*': case '+': case '?':
        return i + 1;
      default:
        return Literal(i);
    }
  }

  // `i` is at a backslash outside a class.
  size_t Escape(size_t i) {
    const char c = At(i + 1);
    if (c == '\0') return p_.size();
    if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
      facts_.has_assertion = true;
      return i + 2;
    }
    if (c == 'p' || c == 'P' || c == 'x') {
      if (At(i + 2) == '{') return After('}', i + 3);
      return c == 'x' ? std::min(i + 4, p_.size()) : std::min(i + 3, p_.size());
    }
    if (c == 'Q') return Quoted(i + 2);
    if (IsDigit(c)) {  // octal: up to three digits
      size_t j = i + 1;
      while (j < i + 4 && IsDigit(At(j))) ++j;
      return j;
    }
    if (IsAsciiAlnum(c)) return i + 2;  // \d, \w, \s, \n, \t, ...
    return Literal(i + 1);              // \. \( \' ... stand for themselves
  }

  // \Q...\E: everything up to \E (or the end) is literal.
  size_t Quoted(size_t i) {
    const size_t end = std::min(p_.find("\\E", i), p_.size());
    while (i < end) i = Literal(i);
    return end == p_.size() ? end : end + 2;
  }

  // `i` is at '['. A class may hold anything, so nothing in it is recorded.
  size_t Class(size_t i) {
    size_t j = i + 1;
    if (At(j) == '^') ++j;
    if (At(j) == ']') ++j;  // a leading ']' is a member, not the end
    while (j < p_.size() && p_[j] != ']') {
      if (p_[j] == '\\') {
        const char c = At(j + 1);
        if ((c == 'p' || c == 'P' || c == 'x') && At(j + 2) == '{') {
          j = After('}', j + 3);
        } else {
          j += 1 + (c == '\0' ? 0 : Utf8Length(c));
        }
      } else if (p_[j] == '[' && At(j + 1) == ':') {
        const size_t close = p_.find(":]", j + 2);
        j = close == std::string_view::npos ? j + 1 : close + 2;
      } else {
        ++j;
      }
    }
    return std::min(j + 1, p_.size());
  }

  // `i` is at '('. Reads the flags of (?flags) and (?flags:...).
  size_t GroupOpener(size_t i) {
    if (At(i + 1) != '?') return i + 1;
    size_t j = i + 2;
    if (At(j) == 'P') return After('>', j);  // (?P<name>
    bool negated = false;
    while (j < p_.size() && p_[j] != ':' && p_[j] != ')') {
      if (p_[j] == '-') negated = true;
      if (p_[j] == 'i' && !negated) facts_.ignores_case = true;
      ++j;
    }
    return std::min(j + 1, p_.size());
  }

  // `i` is at '{': a counted repetition {n}, {n,} or {n,m}, or else a
  // literal brace, as RE2 reads it.
  size_t Repeat(size_t i) {
    size_t j = i + 1;
    if (!IsDigit(At(j))) return Literal(i);
    while (IsDigit(At(j))) ++j;
    if (At(j) == ',') {
      ++j;
      while (IsDigit(At(j))) ++j;
    }
    return At(j) == '}' ? j + 1 : Literal(i);
  }

  std::string_view p_;
  RegexFacts facts_;
};

}  // namespace

RegexFacts ScanRegex(std::string_view pattern) { return Scanner(pattern).Run(); }

}  // namespace heard
