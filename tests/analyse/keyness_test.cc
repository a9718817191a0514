#include "analyse/keyness.h"

#include <gtest/gtest.h>

#include <cmath>

namespace heard {
namespace {

// Worked by hand: a = 2 of c = 4 in the target, b = 0 of d = 4 in the
// reference. Table [[2, 0], [2, 4]], N = 8, row totals 2 and 6, column
// totals 4 and 4, so E = [[1, 1], [3, 3]] and
//   G2 = 2 (2 ln 2 + 0 + 2 ln 2/3 + 4 ln 4/3) = 24 ln 2 - 12 ln 3 = 3.45218...
TEST(KeynessTest, LogLikelihoodMatchesAHandWorkedTable) {
  EXPECT_NEAR(LogLikelihood(2, 4, 0, 4), 24 * std::log(2.0) - 12 * std::log(3.0), 1e-12);
  EXPECT_NEAR(LogLikelihood(2, 4, 0, 4), 3.45218, 1e-5);
}

TEST(KeynessTest, LogLikelihoodOfALargerTable) {
  // 10 in 1,000 against 20 in 9,000: E = [[3, 27], [997, 8973]].
  EXPECT_NEAR(LogLikelihood(10, 1000, 20, 9000), 12.12999, 1e-5);
}

TEST(KeynessTest, EqualRatesScoreZeroAndEmptySidesAreZero) {
  EXPECT_NEAR(LogLikelihood(5, 100, 10, 200), 0.0, 1e-12);
  EXPECT_EQ(LogLikelihood(0, 0, 3, 10), 0.0);
  EXPECT_EQ(LogLikelihood(3, 10, 0, 0), 0.0);
}

TEST(KeynessTest, KeepsOnlyOverRepresentedFrequentTermsBestFirst) {
  NgramCounts target;
  target.counts = {{"respite", 6}, {"sitter", 3}, {"council", 1}, {"home", 3}};
  target.words = 20;
  target.pairs = 10;
  NgramCounts all;
  all.counts = {{"respite", 6}, {"sitter", 3}, {"council", 9}, {"home", 30}};
  all.words = 100;
  all.pairs = 50;
  KeynessLimits limits;
  limits.min_count = 2;
  limits.min_g2 = 0.0;
  const std::vector<KeyTerm> terms = KeyTerms(target, all, limits);
  // council: seen once only; home: 3 of 20 against 27 of 80, under-represented.
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].text, "respite");
  EXPECT_EQ(terms[0].target, 6);
  EXPECT_EQ(terms[0].reference, 0);
  EXPECT_NEAR(terms[0].g2, LogLikelihood(6, 20, 0, 80), 1e-12);
  EXPECT_EQ(terms[1].text, "sitter");
  limits.top = 1;
  EXPECT_EQ(KeyTerms(target, all, limits).size(), 1u);
}

TEST(KeynessTest, PhrasesAreMeasuredAgainstPairTotals) {
  NgramCounts target;
  target.counts = {{"short break", 4}};
  target.words = 1000;
  target.pairs = 8;
  NgramCounts all = target;
  all.words = 2000;
  all.pairs = 16;
  KeynessLimits limits;
  limits.min_g2 = 0.0;
  const std::vector<KeyTerm> terms = KeyTerms(target, all, limits);
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_NEAR(terms[0].g2, LogLikelihood(4, 8, 0, 8), 1e-12);
}

}  // namespace
}  // namespace heard
