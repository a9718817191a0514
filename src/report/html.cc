#include "report/html.h"

#include <array>
#include <cmath>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "report/style.h"

namespace heard {
namespace {

// The code point of a bidi control starting at text[i] (3-byte UTF-8), or 0.
int BidiControlAt(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) return 0;
  const unsigned char b1 = text[i + 1], b2 = text[i + 2];
  const int cp = ((0xE2 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
      cp == 0x200E || cp == 0x200F) {
    return cp;
  }
  return 0;
}

// The bytes Escape may change: the five HTML specials, NUL, and 0xE2, which
// starts every bidi control. A table, as Escape sees every byte of every page.
constexpr std::array<bool, 256> kMayEscape = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'&', '<', '>', '"', '\'', '\0'}) table[c] = true;
  table[0xE2] = true;
  return table;
}();

// The first byte at or after `i` that Escape may change, or text.size().
// Escape sees every byte of every page, so where SSE2 is there it looks at
// 16 bytes a time.
size_t NextMayEscape(std::string_view text, size_t i) {
#ifdef __SSE2__
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>');
  const __m128i quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
  const __m128i nul = _mm_setzero_si128(), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i found = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, amp), _mm_cmpeq_epi8(bytes, lt)),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, gt), _mm_cmpeq_epi8(bytes, quot))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, apos), _mm_cmpeq_epi8(bytes, nul)),
                     _mm_cmpeq_epi8(bytes, e2)));
    const int mask = _mm_movemask_epi8(found);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (i < text.size() && !kMayEscape[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

}  // namespace

void EscapeTo(std::string_view text, std::string* out) {
  size_t plain = 0;  // start of the run of bytes not yet copied
  for (size_t i = NextMayEscape(text, 0); i < text.size(); i = NextMayEscape(text, i + 1)) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int cp = c == 0xE2 ? BidiControlAt(text, i) : 0;
    if (c == 0xE2 && cp == 0) continue;
    out->append(text.data() + plain, i - plain);
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      case '\0': out->append("\xEF\xBF\xBD"); break;
      default: {
        char code[16];
        std::snprintf(code, sizeof code, "[U+%04X]", cp);
        out->append(code);
        i += 2;
      }
    }
    plain = i + 1;
  }
  out->append(text.data() + plain, text.size() - plain);
}

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  EscapeTo(text, &out);
  return out;
}

std::string PageStart(const PageInfo& page) {
  auto nav = [&](const char* id, const char* href, const char* label) {
    std::string link = "<a href=\"" + page.root + href + "\"";
    if (page.current == id) link += " aria-current=\"page\"";
    return link + ">" + label + "</a>";
  };
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>" + Escape(page.title) + " — " + Escape(page.consultation) +
      "</title>\n<style>" + std::string(kReportCss) + "</style>\n</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
      "<header class=\"site\"><p class=\"consultation\">" + Escape(page.consultation) +
      "</p>\n<nav aria-label=\"Report pages\">" + nav("index", "index.html", "Summary") +
      nav("responses", "responses.html", "All responses") +
      nav("method", "method.html", "Method and sources") + "</nav></header>\n"
      "<main id=\"main\">\n";
  return out;
}

std::string PageEnd(const std::string& footer) {
  return "</main>\n<footer>" + footer + "</footer>\n</body>\n</html>\n";
}

std::string Percent(int64_t part, int64_t whole) {
  if (whole <= 0) return "0%";
  const double share = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  if (part > 0 && share < 0.5) return "<1%";
  return std::to_string(static_cast<int64_t>(std::lround(share))) + "%";
}

std::string Thousands(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string Capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                      c == '-';
    out += keep ? c : (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : '-');
  }
  return out.empty() ? "theme" : out;
}

}  // namespace heard
