#include "report/share_words.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

struct Case {
  int64_t part;
  int64_t whole;
  const char* words;
};

class ShareWordsTest : public ::testing::TestWithParam<Case> {};

TEST_P(ShareWordsTest, SaysTheShareWithoutRoundingItUp) {
  const Case& c = GetParam();
  EXPECT_EQ(ShareInWords(c.part, c.whole), c.words) << c.part << " of " << c.whole;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ShareWordsTest,
    ::testing::Values(Case{0, 537, "none"}, Case{537, 537, "all"}, Case{0, 0, ""},
                      Case{99, 537, "almost one in five"},    // 18.4%
                      Case{88, 537, "more than one in ten"},  // 16.4%
                      Case{269, 537, "more than half"},       // 50.09%: a bare majority
                      Case{268, 537, "almost half"},          // 49.9%: not a majority
                      Case{50, 100, "exactly half"}, Case{25, 100, "one in four"},
                      Case{34, 100, "more than one in three"}, Case{31, 100, "almost one in three"},
                      Case{29, 100, "more than one in four"}, Case{76, 100, "more than three in four"},
                      Case{67, 100, "more than two in three"}, Case{70, 100, "almost three in four"}, Case{9, 100, "almost one in ten"},
                      Case{8, 100, "fewer than one in ten"}, Case{1, 1000, "fewer than one in ten"}));

}  // namespace
}  // namespace heard
