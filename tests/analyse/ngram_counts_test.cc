#include "analyse/ngram_counts.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(NgramCountsTest, CountsContentWordsAndJoinedPairs) {
  NgramCounts counts;
  CountNgrams("i need respite. respite care, short-break care", &counts);
  EXPECT_EQ(counts.words, 8);
  // Joined: i need, need respite, respite care, short break, break care.
  EXPECT_EQ(counts.pairs, 5);
  EXPECT_EQ(counts.Count("respite"), 2);
  EXPECT_EQ(counts.Count("care"), 2);
  EXPECT_EQ(counts.Count("respite care"), 1);
  EXPECT_EQ(counts.Count("short break"), 1);
  EXPECT_EQ(counts.Count("break care"), 1);
  EXPECT_EQ(counts.Count("need"), 0);          // a stop word
  EXPECT_EQ(counts.Count("need respite"), 0);  // so no pair with it
  EXPECT_EQ(counts.Count("respite respite"), 0);  // a full stop between them
  EXPECT_EQ(counts.TotalFor("respite"), 8);
  EXPECT_EQ(counts.TotalFor("respite care"), 5);
}

TEST(NgramCountsTest, AddSumsCountsAndTotals) {
  NgramCounts a, b;
  CountNgrams("respite care", &a);
  CountNgrams("respite", &b);
  a.Add(b);
  EXPECT_EQ(a.Count("respite"), 2);
  EXPECT_EQ(a.Count("respite care"), 1);
  EXPECT_EQ(a.words, 3);
  EXPECT_EQ(a.pairs, 1);
}

}  // namespace
}  // namespace heard
