#include "text/utf8.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(Utf8Test, CountsValidAndInvalidSequences) {
  const Utf8Census census = CountUtf8("caf\xC3\xA9 \xE2\x80\x99 \xFF\x80 plain");
  EXPECT_EQ(census.multibyte, 2);
  EXPECT_EQ(census.invalid, 2);
  EXPECT_EQ(CountUtf8("").invalid, 0);
}

TEST(Utf8Test, ReplacesInvalidBytesAndNuls) {
  EXPECT_EQ(ReplaceInvalidUtf8(std::string("a\xFF" "b\0c", 5)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  EXPECT_EQ(ReplaceInvalidUtf8("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Utf8Test, AppendsCodePoints) {
  std::string out;
  AppendUtf8('a', &out);
  AppendUtf8(0x2019, &out);
  AppendUtf8(0x1F60A, &out);
  EXPECT_EQ(out, "a\xE2\x80\x99\xF0\x9F\x98\x8A");
}

}  // namespace
}  // namespace heard
