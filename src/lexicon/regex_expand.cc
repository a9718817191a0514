#include "lexicon/regex_expand.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace heard {
namespace {

using Strings = std::vector<std::string>;

// The most bytes spelling out may write (every step's strings), per string
// of the limit.
constexpr size_t kBytesPerString = 1024;

void SortUnique(Strings* strings) {
  std::sort(strings->begin(), strings->end());
  strings->erase(std::unique(strings->begin(), strings->end()), strings->end());
}

bool IsAsciiPunct(char c) {
  return static_cast<unsigned char>(c) < 0x80 && std::ispunct(static_cast<unsigned char>(c));
}

// A recursive-descent reader of the syntax the header names. Every method
// returns the language of what it read, or nullopt to give up.
class Expander {
 public:
  Expander(std::string_view pattern, size_t limit) : p_(pattern), limit_(limit) {}

  std::optional<Strings> Whole() {
    std::optional<Strings> all = Alternation();
    if (!all || at_ != p_.size()) return std::nullopt;
    std::sort(all->begin(), all->end());
    return all;
  }

 private:
  bool Done() const { return at_ >= p_.size(); }
  char Peek() const { return p_[at_]; }

  std::optional<Strings> Alternation() {
    std::optional<Strings> all = Concatenation();
    bool choices = false;
    while (all && !Done() && Peek() == '|') {
      ++at_;
      std::optional<Strings> more = Concatenation();
      if (!more) return std::nullopt;
      all->insert(all->end(), more->begin(), more->end());
      choices = true;
      // Duplicates are dropped once, at the end, unless they may be what
      // puts the strings over the limit.
      if (all->size() > limit_) {
        SortUnique(&*all);
        if (all->size() > limit_) return std::nullopt;
      }
    }
    if (all && choices) SortUnique(&*all);
    return all;
  }

  std::optional<Strings> Concatenation() {
    Strings all = {""};
    while (!Done() && Peek() != '|' && Peek() != ')') {
      std::optional<Strings> piece = Piece();
      if (!piece) return std::nullopt;
      if (piece->size() == 1) {  // most pieces are one character
        if (!AppendToEach((*piece)[0], &all)) return std::nullopt;
        continue;
      }
      std::optional<Strings> joined = Product(all, *piece);
      if (!joined) return std::nullopt;
      all = std::move(*joined);
    }
    return all;
  }

  // Product(*strings, {suffix}) in place. The strings stay distinct but may
  // no longer be in order; Whole() sorts what it returns.
  bool AppendToEach(const std::string& suffix, Strings* strings) {
    for (std::string& s : *strings) {
      s += suffix;
      work_ += s.size();
    }
    return work_ <= limit_ * kBytesPerString;
  }

  std::optional<Strings> Product(const Strings& left, const Strings& right) {
    if (left.size() * right.size() > limit_ * 4) return std::nullopt;
    Strings out;
    out.reserve(left.size() * right.size());
    for (const std::string& a : left) {
      for (const std::string& b : right) {
        out.push_back(a + b);
        work_ += out.back().size();
      }
    }
    // Long strings ((?:a?){1000} is 1,001 of them, up to 1,000 bytes each)
    // would cost more to spell out than RE2 costs to run.
    if (work_ > limit_ * kBytesPerString) return std::nullopt;
    SortUnique(&out);
    if (out.size() > limit_) return std::nullopt;
    return out;
  }

  std::optional<Strings> Piece() {
    std::optional<Strings> atom = Atom();
    if (!atom || Done()) return atom;
    int low = 1, high = 1;
    if (Peek() == '?') {
      ++at_;
      low = 0;
    } else if (Peek() == '{') {
      if (!Counts(&low, &high)) return std::nullopt;
    } else if (Peek() == '*' || Peek() == '+') {
      return std::nullopt;  // unbounded
    } else {
      return atom;
    }
    if (!Done() && Peek() == '?') ++at_;  // lazy: the same strings
    if (!Done() && (Peek() == '?' || Peek() == '*' || Peek() == '+' || Peek() == '{')) {
      return std::nullopt;
    }
    return Repeat(*atom, low, high);
  }

  // {n} or {n,m} at at_; false for anything else, {n,} included.
  bool Counts(int* low, int* high) {
    size_t at = at_ + 1;
    auto number = [&](int* out) {
      const size_t start = at;
      *out = 0;
      while (at < p_.size() && std::isdigit(static_cast<unsigned char>(p_[at])) &&
             at - start < 4) {
        *out = *out * 10 + (p_[at++] - '0');
      }
      return at > start;
    };
    if (!number(low)) return false;
    *high = *low;
    if (at < p_.size() && p_[at] == ',') {
      ++at;
      if (!number(high)) return false;
    }
    if (at >= p_.size() || p_[at] != '}' || *high < *low) return false;
    at_ = at + 1;
    return true;
  }

  std::optional<Strings> Repeat(const Strings& atom, int low, int high) {
    Strings out;
    Strings power = {""};
    for (int n = 0; n <= high; ++n) {
      if (n >= low) {
        out.insert(out.end(), power.begin(), power.end());
        SortUnique(&out);
        if (out.size() > limit_) return std::nullopt;
      }
      if (n == high) break;
      std::optional<Strings> next = Product(power, atom);
      if (!next) return std::nullopt;
      power = std::move(*next);
    }
    return out;
  }

  std::optional<Strings> Atom() {
    const char c = Peek();
    if (c == '(') return Group();
    if (c == '[') return Class();
    if (c == '\\') {
      std::optional<std::string> escaped = Escaped();
      if (!escaped) return std::nullopt;
      return Strings{*escaped};
    }
    if (c == '.' || c == '^' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{' ||
        c == '}' || c == ']') {
      return std::nullopt;
    }
    std::optional<std::string> literal = CodePoint();
    if (!literal) return std::nullopt;
    return Strings{*literal};
  }

  std::optional<Strings> Group() {
    ++at_;  // (
    if (!Done() && Peek() == '?') {
      if (at_ + 1 >= p_.size() || p_[at_ + 1] != ':') return std::nullopt;  // flags, names
      at_ += 2;
    }
    std::optional<Strings> inner = Alternation();
    if (!inner || Done() || Peek() != ')') return std::nullopt;
    ++at_;
    return inner;
  }

  // [...] of literal characters, escaped punctuation and ASCII ranges.
  std::optional<Strings> Class() {
    ++at_;  // [
    if (Done() || Peek() == '^' || Peek() == ']') return std::nullopt;
    Strings members;
    while (!Done() && Peek() != ']') {
      if (Peek() == '[') return std::nullopt;  // [:alpha:] and friends
      std::optional<std::string> first = Peek() == '\\' ? Escaped() : CodePoint();
      if (!first) return std::nullopt;
      const bool range = at_ + 1 < p_.size() && Peek() == '-' && p_[at_ + 1] != ']';
      if (!range) {
        members.push_back(*first);
        continue;
      }
      ++at_;  // -
      std::optional<std::string> last = Peek() == '\\' ? Escaped() : CodePoint();
      if (!last || first->size() != 1 || last->size() != 1 || (*first)[0] > (*last)[0]) {
        return std::nullopt;  // a range must be ASCII here
      }
      for (char c = (*first)[0]; c <= (*last)[0]; ++c) members.push_back(std::string(1, c));
    }
    if (Done()) return std::nullopt;
    ++at_;  // ]
    SortUnique(&members);
    if (members.size() > limit_) return std::nullopt;
    return members;
  }

  // \ and one ASCII punctuation character: that character.
  std::optional<std::string> Escaped() {
    if (at_ + 1 >= p_.size() || !IsAsciiPunct(p_[at_ + 1])) return std::nullopt;
    at_ += 2;
    return std::string(1, p_[at_ - 1]);
  }

  std::optional<std::string> CodePoint() {
    int32_t next = static_cast<int32_t>(at_);
    UChar32 c;
    U8_NEXT(p_.data(), next, static_cast<int32_t>(p_.size()), c);
    if (c < 0) return std::nullopt;
    std::string out(p_.substr(at_, static_cast<size_t>(next) - at_));
    at_ = static_cast<size_t>(next);
    return out;
  }

  std::string_view p_;
  size_t limit_;
  size_t at_ = 0;
  size_t work_ = 0;  // bytes of all strings made so far
};

}  // namespace

std::optional<std::vector<std::string>> ExpandRegex(std::string_view pattern, size_t limit) {
  if (pattern.empty()) return std::nullopt;
  return Expander(pattern, limit).Whole();
}

}  // namespace heard
