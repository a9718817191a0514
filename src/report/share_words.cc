#include "report/share_words.h"

namespace heard {
namespace {

struct Anchor {
  int64_t numerator;
  int64_t denominator;
  const char* words;
};

// Fractions a reader knows, largest first.
constexpr Anchor kAnchors[] = {
    {3, 4, "three in four"}, {2, 3, "two in three"}, {1, 2, "half"},
    {1, 3, "one in three"},  {1, 4, "one in four"},  {1, 5, "one in five"},
    {1, 10, "one in ten"},
};

// part/whole compared with n/d, exactly, in integers: -1, 0 or 1.
int Compare(int64_t part, int64_t whole, int64_t n, int64_t d) {
  const __int128 left = static_cast<__int128>(part) * d;
  const __int128 right = static_cast<__int128>(n) * whole;
  return left < right ? -1 : (left > right ? 1 : 0);
}

}  // namespace

std::string ShareInWords(int64_t part, int64_t whole) {
  if (whole <= 0) return "";
  if (part <= 0) return "none";
  if (part >= whole) return "all";
  for (const Anchor& a : kAnchors) {
    const int compared = Compare(part, whole, a.numerator, a.denominator);
    if (compared == 0) return std::string(a.numerator * 2 == a.denominator ? "exactly " : "") + a.words;
    if (compared > 0) return std::string("more than ") + a.words;
    // Within a tenth below the anchor: part/whole >= 0.9 * n/d.
    if (Compare(part * 10, whole, a.numerator * 9, a.denominator) >= 0) {
      return std::string("almost ") + a.words;
    }
  }
  return "fewer than one in ten";
}

}  // namespace heard
