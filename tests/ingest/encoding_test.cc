#include "ingest/encoding.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

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

TEST(EncodingTest, AFileIsLabelledReadingItABlockAtATime) {
  const std::string dir = ::testing::TempDir();
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir + name, std::ios::binary) << bytes;
    return dir + name;
  };
  // A three-byte character cut by the 1 MiB block boundary is still valid.
  std::string utf8 = std::string((1 << 20) - 1, 'a') + "\xE2\x80\x99" + "end";
  EXPECT_EQ(*Utf8FileLabel(write("cut.csv", utf8)), "UTF-8");
  std::string broken = utf8 + "\xFF" + "\xC3\xA9\xC3\xA9";
  EXPECT_EQ(*Utf8FileLabel(write("broken.csv", broken)), "UTF-8 (1 invalid sequences)");
  EXPECT_EQ(*Utf8FileLabel(write("latin1.csv", "caf\xE9,na\xEFve\n")), "");
  EXPECT_EQ(*Utf8FileLabel(write("utf16.csv", std::string("\xFF\xFEh\0i\0", 6))), "");
  const auto missing = Utf8FileLabel(dir + "no-such.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no-such.csv: error: cannot read file"),
            std::string::npos);
}

}  // namespace
}  // namespace heard
