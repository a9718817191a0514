#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cassert>

namespace heard {
namespace {

// Typographic marks folded to their plain ASCII form; zero when none.
char PlainPunctuation(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
    case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return 0;
  }
}

class Folder {
 public:
  Folder() {
    UErrorCode status = U_ZERO_ERROR;
    casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    assert(U_SUCCESS(status));
    status = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    assert(U_SUCCESS(status));
  }

  // Appends the folded form of `c` to `out` as UTF-8.
  void Fold(UChar32 c, std::string* out) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded =
        casefold_->normalize(icu::UnicodeString(c), status);
    if (U_FAILURE(status)) folded = icu::UnicodeString(c);
    if (IsLatin(folded)) {
      status = U_ZERO_ERROR;
      icu::UnicodeString decomposed = nfd_->normalize(folded, status);
      if (U_SUCCESS(status)) folded = WithoutMarks(decomposed);
    }
    folded.toUTF8String(*out);
  }

 private:
  static bool IsLatin(const icu::UnicodeString& s) {
    if (s.isEmpty()) return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(s.char32At(0), &status) == USCRIPT_LATIN;
  }

  static icu::UnicodeString WithoutMarks(const icu::UnicodeString& s) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
      UChar32 c = s.char32At(i);
      if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    }
    return out;
  }

  const icu::Normalizer2* casefold_;
  const icu::Normalizer2* nfd_;
};

const Folder& TheFolder() {
  static const Folder folder;
  return folder;
}

bool IsSpace(UChar32 c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         u_isUWhiteSpace(c);
}

// Appends `bytes` to `out`, each mapped to the original span [from, to).
void Emit(std::string_view bytes, uint32_t from, uint32_t to,
          NormalizedText* out) {
  out->text.append(bytes);
  out->begin.insert(out->begin.end(), bytes.size(), from);
  out->end.insert(out->end.end(), bytes.size(), to);
}

// What each ASCII byte becomes: itself lower-cased, ' ' for white space.
struct AsciiTable {
  char folded[128];
  bool space[128];
  AsciiTable() {
    for (int b = 0; b < 128; ++b) {
      space[b] = IsSpace(b);
      folded[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
  }
};

const AsciiTable& Ascii() {
  static const AsciiTable table;
  return table;
}

// Folds the ASCII run starting at `i` into `out`; returns where it stopped
// (the end, or the first non-ASCII byte). The hot loop: nearly all text.
int32_t FoldAsciiRun(std::string_view original, int32_t i, NormalizedText* out) {
  const AsciiTable& ascii = Ascii();
  const int32_t n = static_cast<int32_t>(original.size());
  int32_t stop = i;
  while (stop < n && static_cast<unsigned char>(original[stop]) < 0x80) ++stop;
  // Write straight into room made for the whole run, then cut to what was
  // written: no capacity check per byte.
  const size_t at = out->text.size();
  out->text.resize(at + (stop - i));
  out->begin.resize(at + (stop - i));
  out->end.resize(at + (stop - i));
  char* text = out->text.data();
  uint32_t* begin = out->begin.data();
  uint32_t* end = out->end.data();
  size_t written = at;
  bool after_space = written == 0 || text[written - 1] == ' ';
  for (; i < stop; ++i) {
    const unsigned char byte = static_cast<unsigned char>(original[i]);
    const bool space = ascii.space[byte];
    if (space && after_space) continue;
    text[written] = space ? ' ' : ascii.folded[byte];
    begin[written] = static_cast<uint32_t>(i);
    end[written] = static_cast<uint32_t>(i) + 1;
    ++written;
    after_space = space;
  }
  out->text.resize(written);
  out->begin.resize(written);
  out->end.resize(written);
  return i;
}

// Folds the one code point at `*i` into `out` and moves `*i` past it.
void FoldCodePoint(std::string_view original, int32_t* i, std::string* scratch,
                   NormalizedText* out) {
  const uint32_t from = static_cast<uint32_t>(*i);
  UChar32 c;
  U8_NEXT(original.data(), *i, static_cast<int32_t>(original.size()), c);
  if (c < 0) c = 0xFFFD;
  const uint32_t to = static_cast<uint32_t>(*i);
  if (IsSpace(c)) {
    if (!out->text.empty() && out->text.back() != ' ') Emit(" ", from, to, out);
    return;
  }
  if (u_charType(c) == U_NON_SPACING_MARK && !out->text.empty() &&
      static_cast<unsigned char>(out->text.back()) < 0x80) {
    out->end.back() = to;  // an accent on an ASCII letter: fold it away
    return;
  }
  if (char plain = PlainPunctuation(c)) {
    Emit(std::string_view(&plain, 1), from, to, out);
    return;
  }
  scratch->clear();
  TheFolder().Fold(c, scratch);
  if (!scratch->empty()) Emit(*scratch, from, to, out);
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  out->text.clear();
  out->begin.clear();
  out->end.clear();
  out->text.reserve(original.size());
  out->begin.reserve(original.size());
  out->end.reserve(original.size());
  std::string scratch;
  const int32_t n = static_cast<int32_t>(original.size());
  int32_t i = 0;
  while (i < n) {
    i = FoldAsciiRun(original, i, out);
    if (i < n) FoldCodePoint(original, &i, &scratch, out);
  }
  if (!out->text.empty() && out->text.back() == ' ') {
    out->text.pop_back();
    out->begin.pop_back();
    out->end.pop_back();
  }
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  Normalize(original, &out);
  return out;
}

std::string NormalizeForMatch(std::string_view original) {
  return Normalize(original).text;
}

}  // namespace heard
