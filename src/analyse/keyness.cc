#include "analyse/keyness.h"

#include <algorithm>
#include <cmath>

namespace heard {
namespace {

// O * ln(O / E), with 0 * ln 0 = 0.
double Cell(double observed, double expected) {
  return observed > 0 ? observed * std::log(observed / expected) : 0.0;
}

}  // namespace

double LogLikelihood(int64_t a, int64_t c, int64_t b, int64_t d) {
  if (c <= 0 || d <= 0) return 0.0;
  const double n = static_cast<double>(c) + static_cast<double>(d);
  const double with = static_cast<double>(a + b);
  const double without = n - with;
  const double sum = Cell(a, with * c / n) + Cell(b, with * d / n) +
                     Cell(c - a, without * c / n) + Cell(d - b, without * d / n);
  return std::max(0.0, 2.0 * sum);  // rounding can leave a tiny negative
}

std::vector<KeyTerm> KeyTerms(const NgramCounts& target, const NgramCounts& all,
                              const KeynessLimits& limits) {
  std::vector<KeyTerm> terms;
  for (const auto& [text, a] : target.counts) {
    if (a < limits.min_count) continue;
    const int64_t c = target.TotalFor(text);
    const int64_t b = all.Count(text) - a;
    const int64_t d = all.TotalFor(text) - c;
    // Over-represented: a / c > b / d, compared without division.
    if (d > 0 && static_cast<double>(a) * d <= static_cast<double>(b) * c) continue;
    const double g2 = LogLikelihood(a, c, b, d);
    if (g2 < limits.min_g2) continue;
    terms.push_back({text, a, b, g2});
  }
  std::sort(terms.begin(), terms.end(), [](const KeyTerm& x, const KeyTerm& y) {
    if (x.g2 != y.g2) return x.g2 > y.g2;
    return x.text < y.text;
  });
  if (terms.size() > limits.top) terms.resize(limits.top);
  return terms;
}

}  // namespace heard
