// Keyness: which candidates are over-represented in a target set of texts
// (the responses a theme coded) compared with a reference (all the others).
//
// The score is Dunning's log-likelihood ratio G2 on the 2x2 table
//
//                 target         reference
//   candidate     a              b
//   other items   c - a          d - b
//
// with c and d the target's and the reference's sizes: G2 = 2 * sum over
// the four cells of O * ln(O / E), E = row total * column total / N, and
// 0 * ln 0 taken as 0. G2 above 3.84 means p < 0.05 (one degree of
// freedom), above 6.63 p < 0.01. G2 is large for under-represented items
// too; only over-represented ones (a / c > b / d) are kept.
// Tests: tests/analyse/keyness_test.cc.
#ifndef HEARD_ANALYSE_KEYNESS_H_
#define HEARD_ANALYSE_KEYNESS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analyse/ngram_counts.h"

namespace heard {

// G2 for `a` of `c` items in the target against `b` of `d` in the
// reference; 0 when either side is empty.
double LogLikelihood(int64_t a, int64_t c, int64_t b, int64_t d);

struct KeyTerm {
  std::string text;
  int64_t target = 0;     // occurrences in the target
  int64_t reference = 0;  // occurrences in the reference
  double g2 = 0;
};

struct KeynessLimits {
  size_t top = 20;         // at most this many, best first
  int64_t min_count = 3;   // seen at least this often in the target
  double min_g2 = 3.84;    // p < 0.05
};

// The candidates of `target` over-represented against the reference,
// which is `all` less `target`, best first (ties by text).
std::vector<KeyTerm> KeyTerms(const NgramCounts& target, const NgramCounts& all,
                              const KeynessLimits& limits);

}  // namespace heard

#endif  // HEARD_ANALYSE_KEYNESS_H_
