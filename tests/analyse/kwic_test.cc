#include "analyse/kwic.h"

#include <gtest/gtest.h>

#include <string>

namespace heard {
namespace {

std::string Line(const std::string& text, const std::string& hit, size_t width) {
  const size_t begin = text.find(hit);
  return FormatKwic(CutKwic(text, begin, begin + hit.size(), width), width);
}

TEST(KwicTest, AlignsTheHitAfterTheLeftContext) {
  EXPECT_EQ(Line("I really need a break now and then", "break", 13),
            "really need a | break | now and then");
  EXPECT_EQ(Line("A break", "break", 6), "     A | break |");
  EXPECT_EQ(Line("break", "break", 4), "     | break |");
}

TEST(KwicTest, FlattensLineBreaksAndWhiteSpaceRuns) {
  EXPECT_EQ(Line("need\r\n\r\na short\tbreak\n\nplease", "short\tbreak", 10),
            "    need a | short break | please");
  EXPECT_EQ(Flatten("a\x01\x1b[31mb  \n c"), "a [31mb c");
}

TEST(KwicTest, NeverCutsInsideACodePoint) {
  // "é" is two bytes, "’" three, "😀" four: widths count code points.
  const std::string text = "café’s 😀 respite for über-carers";
  const size_t begin = text.find("respite");
  const KwicLine line = CutKwic(text, begin, begin + 7, 4);
  EXPECT_EQ(line.left, "’s 😀");
  EXPECT_EQ(line.hit, "respite");
  EXPECT_EQ(line.right, "for ");
  EXPECT_EQ(CutKwic(text, begin, begin + 7, 3).left, "s 😀");
  const KwicLine wide = CutKwic(text, begin, begin + 7, 9);
  EXPECT_EQ(wide.left, "café’s 😀");
  EXPECT_EQ(wide.right, "for über-");
  EXPECT_EQ(FormatKwic(line, 5), " ’s 😀 | respite | for");
}

TEST(KwicTest, PadsAndCountsCodePoints) {
  EXPECT_EQ(CodePoints("über"), 4u);
  EXPECT_EQ(Pad("über", 6, false), "über  ");
  EXPECT_EQ(Pad("über", 6, true), "  über");
  EXPECT_EQ(Pad("über", 2, true), "über");
  EXPECT_EQ(LeadingCodePoints("über", 2), "üb");
}

TEST(KwicTest, ReversedOrOutOfRangeSpansGiveAnEmptyHit) {
  const KwicLine line = CutKwic("a. b", 3, 2, 10);
  EXPECT_EQ(line.left, "a.");
  EXPECT_EQ(line.hit, "");
  EXPECT_EQ(line.right, "b");
  EXPECT_EQ(CutKwic("ab", 9, 12, 10).left, "ab");
}

}  // namespace
}  // namespace heard
