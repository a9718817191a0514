#include "analyse/redactor_names.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "analyse/redactor_words.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace heard {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// A byte of a word: an ASCII letter or any byte of a multi-byte UTF-8
// character (accented letters), except the typographic apostrophe, which
// ends a word so "Isla’s" reads as "Isla". Every byte of every text passes
// here, so ASCII is decided first.
bool IsNonAsciiWordByteAt(std::string_view text, size_t i) {
  // U+2018 and U+2019 are E2 80 98 and E2 80 99: reject every byte of them.
  auto quote_at = [&](size_t at) {
    return at + 2 < text.size() && text[at] == '\xE2' && text[at + 1] == '\x80' &&
           (text[at + 2] == '\x98' || text[at + 2] == '\x99');
  };
  return !quote_at(i) && !(i >= 1 && quote_at(i - 1)) && !(i >= 2 && quote_at(i - 2));
}

inline bool IsWordByteAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return static_cast<unsigned char>((c | 0x20) - 'a') < 26;  // a letter
  return IsNonAsciiWordByteAt(text, i);
}

size_t WordEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && IsWordByteAt(text, pos)) ++pos;
  return pos;
}

// `word` without a possessive ending ("Gary's", "Isla’s", "James'").
std::string_view Core(std::string_view word) {
  for (std::string_view ending : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

bool IsAllCaps(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word) {
    if (IsAsciiLower(c)) return false;
  }
  return true;
}

bool IsTitle(std::string_view lower) {
  for (std::string_view title : {"mr", "mrs", "ms", "miss", "mx", "dr", "rev", "revd"}) {
    if (lower == title) return true;
  }
  return false;
}

// A relation word written before a name, as in "Nan Pat", "Auntie Bev".
bool IsKin(std::string_view lower) {
  for (std::string_view kin : {"nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
                               "grandad", "granddad", "grandpa", "auntie", "aunty", "aunt",
                               "uncle", "mum", "mam", "mom", "dad", "cousin"}) {
    if (lower == kin) return true;
  }
  return false;
}

// "J" or "J." in a signature.
bool IsInitial(std::string_view word) {
  return (word.size() == 1 || (word.size() == 2 && word[1] == '.')) && IsAsciiUpper(word[0]);
}

}  // namespace

// "I'm", "Don't": the word before the contraction is what counts.
std::string_view WithoutContraction(std::string_view word) {
  for (std::string_view ending : {"n't", "n\xE2\x80\x99t", "'m", "\xE2\x80\x99m", "'ve",
                                  "\xE2\x80\x99ve", "'ll", "\xE2\x80\x99ll", "'re",
                                  "\xE2\x80\x99re", "'d", "\xE2\x80\x99" "d"}) {
    if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending) {
      return word.substr(0, word.size() - ending.size());
    }
  }
  return word;
}

bool AcceptName(std::string_view word, Cue cue) {
  const std::string_view core = Core(WithoutContraction(word));
  if (core.empty()) return false;
  const std::string lower = Lowered(core);
  const GivenName kind = GivenNameKind(lower);
  const bool common = IsCommonWord(lower);
  if (IsAsciiLower(core[0])) return kind == GivenName::kYes || (cue == Cue::kStrong && !common);
  if (!IsAsciiUpper(core[0])) return static_cast<unsigned char>(core[0]) >= 0x80 && !common;
  // In capitals the case says nothing: "MY SON WILL" is not a name.
  if (IsAllCaps(core)) return kind == GivenName::kYes || (kind == GivenName::kNo && !common);
  return kind != GivenName::kNo || !common;
}

bool IsListedName(std::string_view word) {
  return GivenNameKind(Lowered(Core(word))) != GivenName::kNo;
}

bool IsShoutedAcronym(std::string_view text, size_t begin, std::string_view word) {
  const std::string_view core = Core(word);
  if (!IsAllCaps(core) || GivenNameKind(Lowered(core)) == GivenName::kYes) return false;
  size_t i = begin;
  while (i > 0 && !IsWordByteAt(text, i - 1)) --i;
  size_t start = i;
  while (start > 0 && IsWordByteAt(text, start - 1)) --start;
  return i == start || !IsAllCaps(text.substr(start, i - start));
}

bool AcceptSignature(std::string_view words) {
  bool named = false;
  size_t pos = 0;
  while (pos < words.size()) {
    const size_t space = words.find_first_of(" \t", pos);
    const std::string_view word =
        words.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    pos = space == std::string_view::npos ? words.size() : space + 1;
    if (word.empty()) continue;
    const std::string lower = Lowered(word);
    if (lower == "and" || lower == "&" || IsInitial(word)) continue;
    std::string bare = lower;
    if (!bare.empty() && bare.back() == '.') bare.pop_back();
    if (IsTitle(bare)) continue;
    // Kisses, and "Nan Pat": a relation word before the name.
    if (lower.find_first_not_of('x') == std::string::npos) continue;
    if (!named && IsKin(lower) && pos < words.size()) continue;
    if (!AcceptName(word, Cue::kStrong)) return false;
    named = true;
  }
  return named;
}

bool IsSentenceStart(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0) {
    const char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[') {
      --i;
    } else if (i >= 3 && text[i - 3] == '\xE2' && text[i - 2] == '\x80') {
      --i, --i, --i;  // a typographic quote or dash
    } else {
      break;
    }
  }
  if (i == 0) return true;
  const char c = text[i - 1];
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
}

namespace {

// The word before `pos` on the same line, or an empty view.
std::string_view PreviousWord(std::string_view text, size_t pos, size_t* begin_out) {
  size_t i = pos;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == pos || i == 0 || !IsWordByteAt(text, i - 1)) return {};
  size_t begin = i;
  while (begin > 0 && IsWordByteAt(text, begin - 1)) --begin;
  *begin_out = begin;
  return text.substr(begin, i - begin);
}

}  // namespace

bool FollowsCapitalisedWord(std::string_view text, size_t pos) {
  size_t begin = 0;
  const std::string_view word = PreviousWord(text, pos, &begin);
  if (word.size() < 2 || !IsAsciiUpper(word[0])) return false;  // none, lower case, or "I"
  return !IsSentenceStart(text, begin) || !IsCommonWord(Lowered(word));
}

bool FollowsPlacePreposition(std::string_view text, size_t pos) {
  size_t begin = 0;
  const std::string lower = Lowered(PreviousWord(text, pos, &begin));
  for (std::string_view place : {"in", "at", "near", "around", "across", "outside", "inside",
                                 "into", "from", "of", "round", "to"}) {
    if (lower == place) return true;
  }
  return false;
}

namespace {

bool NextWordIsPlace(std::string_view text, size_t end) {
  // "John's Campaign": past a possessive.
  if (text.substr(end, 2) == "'s") end += 2;
  if (text.substr(end, 4) == "\xE2\x80\x99s") end += 4;
  if (end >= text.size() || text[end] != ' ') return false;
  const size_t next_end = WordEnd(text, end + 1);
  return next_end > end + 1 && IsPlaceWord(Lowered(text.substr(end + 1, next_end - end - 1)));
}

// "St Mary's", "Saint John": a church or a hospital, not a person.
bool AfterSaint(std::string_view text, size_t begin) {
  const std::string_view before = text.substr(0, begin);
  for (std::string_view saint : {"St ", "St. ", "Saint ", "ST "}) {
    if (before.size() >= saint.size() && before.substr(before.size() - saint.size()) == saint) {
      return true;
    }
  }
  return false;
}

// Whether the word [begin, end) is taken for a given name where it stands;
// `lower` is the word lower-cased.
bool IsGivenNameAt(std::string_view text, size_t begin, size_t end, std::string_view lower) {
  const GivenName kind = GivenNameKind(lower);
  if (kind == GivenName::kNo || AfterSaint(text, begin) || NextWordIsPlace(text, end)) return false;
  if (kind == GivenName::kYes) return true;
  // A name that is also a word counts only where its capital cannot come
  // from the sentence: "I asked Grace", not "Grace period", "Will anyone".
  return IsAsciiUpper(text[begin]) && end - begin > 1 && IsAsciiLower(text[begin + 1]) &&
         !IsCommonWord(lower) && !IsSentenceStart(text, begin) &&
         !FollowsCapitalisedWord(text, begin);
}

}  // namespace

namespace {

// Which bytes of `text` are word bytes (IsWordByteAt), one bit each: FindGivenNames
// looks at every word of every text, and a bit scan finds where words start
// and end without a branch per byte. Letters and bytes of multi-byte
// characters are found 16 bytes at a time where SSE2 is there; then the
// bytes of typographic quotes are taken out.
void MarkWordBytes(std::string_view text, uint64_t* bits) {
  const size_t n = text.size();
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
#ifdef __SSE2__
  const __m128i lower_bit = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a');
  const __m128i last = _mm_set1_epi8(25);
  for (; i + 16 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    // (c | 0x20) - 'a' is at most 25 for a letter; bytes from 0x80 up count too.
    const __m128i from_a = _mm_sub_epi8(_mm_or_si128(block, lower_bit), a);
    const __m128i letter = _mm_cmpeq_epi8(_mm_subs_epu8(from_a, last), _mm_setzero_si128());
    const uint64_t mask =
        static_cast<uint32_t>(_mm_movemask_epi8(letter) | _mm_movemask_epi8(block)) & 0xFFFF;
    bits[i / 64] |= mask << (i % 64);
  }
#endif
  for (; i < n; ++i) {
    const unsigned char c = bytes[i];
    if (c >= 0x80 || static_cast<unsigned char>((c | 0x20) - 'a') < 26) {
      bits[i / 64] |= uint64_t{1} << (i % 64);
    }
  }
  // U+2018 and U+2019 (E2 80 98, E2 80 99) end a word: no byte of them is a word byte.
  for (size_t at = text.find('\xE2'); at != std::string_view::npos && at + 2 < n;
       at = text.find('\xE2', at + 1)) {
    if (bytes[at + 1] == 0x80 && (bytes[at + 2] == 0x98 || bytes[at + 2] == 0x99)) {
      for (size_t k = at; k < at + 3; ++k) bits[k / 64] &= ~(uint64_t{1} << (k % 64));
    }
  }
}

// The first position from `from` whose bit is `set`, or `n`.
size_t NextBit(const uint64_t* bits, size_t from, size_t n, bool set) {
  if (from >= n) return n;
  size_t word = from / 64;
  uint64_t m = (set ? bits[word] : ~bits[word]) & (~uint64_t{0} << (from % 64));
  while (m == 0) {
    if (++word * 64 >= n) return n;
    m = set ? bits[word] : ~bits[word];
  }
  const size_t at = word * 64 + static_cast<size_t>(__builtin_ctzll(m));
  return at < n ? at : n;
}

// The WordKey of the lower-cased word of `length` (2 to 12) bytes at `word`,
// whose bytes are letters or bytes of multi-byte characters.
WordKey LoweredKey(const char* word, size_t length, size_t room) {
  WordKey key;
  key.size = length;
  if constexpr (std::endian::native == std::endian::little) {
    if (room >= 16) {
      // Each byte under 0x80 (a letter) gets the lower-case bit; the word's
      // other bytes are kept, and those past its end cleared.
      uint64_t half[2];
      std::memcpy(half, word, 16);
      for (int h = 0; h < 2; ++h) {
        const uint64_t high = half[h] & 0x8080808080808080ULL;
        half[h] |= 0x2020202020202020ULL & ~(high >> 2);
        const size_t keep = length > 8 * static_cast<size_t>(h) ? length - 8 * h : 0;
        if (keep < 8) half[h] &= (uint64_t{1} << (8 * keep)) - 1;
      }
      key.low = half[0];
      key.high = half[1];
      return key;
    }
  }
  for (size_t i = 0; i < length; ++i) {
    const char c = word[i];
    key.Set(i, static_cast<unsigned char>(IsAsciiUpper(c) ? c - 'A' + 'a' : c));
  }
  return key;
}

}  // namespace

void FindGivenNames(std::string_view text, std::vector<Redaction>* out) {
  // The longest listed name has 12 letters; longer words are not looked up.
  constexpr size_t kLongest = 12;
  const GivenNameFilter& names = TheGivenNameFilter();
  const size_t n = text.size();
  uint64_t small[64] = {};  // room for 4 KB of text
  std::vector<uint64_t> large;
  uint64_t* bits = small;
  if (n > 64 * 64) {
    large.assign((n + 63) / 64, 0);
    bits = large.data();
  }
  MarkWordBytes(text, bits);
  for (size_t pos = NextBit(bits, 0, n, true); pos < n; pos = NextBit(bits, pos, n, true)) {
    const size_t end = NextBit(bits, pos, n, false);
    const size_t length = end - pos;
    if (length >= 2 && length <= kLongest && names.MayHold(LoweredKey(&text[pos], length, n - pos))) {
      char lower[kLongest];
      for (size_t i = 0; i < length; ++i) {
        const char c = text[pos + i];
        lower[i] = IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
      }
      if (IsGivenNameAt(text, pos, end, std::string_view(lower, length))) {
        out->push_back({pos, ExtendName(text, end, out), "[name]"});
      }
    }
    pos = end;
  }
}

namespace {

// A capitalised word that may be a surname: "Burns", "O'Connor", "McAllister".
size_t SurnameEnd(std::string_view text, size_t begin) {
  if (begin >= text.size() || !IsAsciiUpper(text[begin])) return begin;
  size_t end = WordEnd(text, begin);
  while (end + 1 < text.size() && (text[end] == '\'' || text[end] == '-') &&
         IsAsciiUpper(text[end + 1])) {
    end = WordEnd(text, end + 1);
  }
  if (end - begin < 2 || IsAllCaps(text.substr(begin, end - begin))) return begin;
  const std::string lower = Lowered(text.substr(begin, end - begin));
  if (IsCommonWord(lower) || IsPlaceWord(lower) || IsTitle(lower)) return begin;
  return end;
}

// Where a joined name starts after `end` (", ", " and ", " & "), or npos.
size_t JoinedNameStart(std::string_view text, size_t end) {
  for (std::string_view joint : {", and ", ", ", " and ", " & ", " n "}) {
    if (text.substr(end, joint.size()) == joint) return end + joint.size();
  }
  return std::string_view::npos;
}

// The end of a name with its hyphenated parts and surnames.
size_t FullNameEnd(std::string_view text, size_t end) {
  // "Lily-Rose", "Anne-Marie"
  while (end + 1 < text.size() && text[end] == '-' && IsWordByteAt(text, end + 1)) {
    end = WordEnd(text, end + 1);
  }
  for (int surnames = 0; surnames < 2 && end < text.size() && text[end] == ' '; ++surnames) {
    const size_t surname_end = SurnameEnd(text, end + 1);
    if (surname_end == end + 1) break;
    end = surname_end;
  }
  return end;
}

}  // namespace

size_t ExtendName(std::string_view text, size_t end, std::vector<Redaction>* out) {
  end = FullNameEnd(text, end);
  size_t at = end;
  for (size_t next = JoinedNameStart(text, at); next != std::string_view::npos;
       next = JoinedNameStart(text, at)) {
    const size_t next_end = WordEnd(text, next);
    if (next_end == next || !AcceptName(text.substr(next, next_end - next), Cue::kWeak)) break;
    at = FullNameEnd(text, next_end);
    out->push_back({next, at, "[name]"});
  }
  return end;
}

}  // namespace heard
