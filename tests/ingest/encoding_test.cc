#include "ingest/encoding.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

struct Case {
  std::string bytes;
  std::string utf8;
  std::string encoding;
};

TEST(EncodingTest, DecodesWhatSurveyToolsWrite) {
  const Case cases[] = {
      {"id,text\nR1,caf\xC3\xA9\n", "id,text\nR1,caf\xC3\xA9\n", "UTF-8"},
      {"\xEF\xBB\xBFid,text\n", "id,text\n", "UTF-8"},
      {std::string("\xFF\xFE" "a\0,\0b\0", 8), "a,b", "UTF-16LE"},
      {std::string("\xFE\xFF\0a\0,\0b", 8), "a,b", "UTF-16BE"},
      // Excel's "CSV": curly quotes and a pound sign in Windows-1252.
      {"id,text\nR1,\x93I can\x92t get a break\x94 \xA3" "5\nR2,more text here to help the "
       "detector along, with no accents at all\n",
       "id,text\nR1,\xE2\x80\x9CI can\xE2\x80\x99t get a break\xE2\x80\x9D \xC2\xA3" "5\nR2,more "
       "text here to help the detector along, with no accents at all\n",
       "windows-1252"},
      {"", "", "UTF-8"},
  };
  for (const Case& c : cases) {
    StatusOr<Decoded> decoded = DecodeToUtf8(c.bytes, "f.csv");
    ASSERT_TRUE(decoded.ok()) << decoded.status().message();
    EXPECT_EQ(decoded->utf8, c.utf8) << c.encoding;
    EXPECT_EQ(decoded->encoding, c.encoding);
  }
}

TEST(EncodingTest, MostlyUtf8WithOneBadByteStaysUtf8) {
  const std::string bytes = "id,text\nR1,caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x99\nR2,bad \xFF here\n";
  StatusOr<Decoded> decoded = DecodeToUtf8(bytes, "f.csv");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8 (1 invalid sequences)");
  EXPECT_EQ(decoded->utf8, bytes);  // the bad row is left for the reader to reject
}

}  // namespace
}  // namespace heard
