#include "report/csv_writer.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace heard {
namespace {

TEST(CsvWriterTest, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a, b"), "\"a, b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(CsvWriterTest, DefusesFormulas) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvField("+44 7700"), "'+44 7700");
  EXPECT_EQ(CsvField("-1"), "'-1");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
}

TEST(CsvWriterTest, FieldsMatchTheByteAtATimeReference) {
  // The field as first written, a byte at a time, for the version that
  // looks at 16 bytes at once and copies between quotes.
  auto reference = [](std::string_view value) {
    const bool defuse = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                                           value[0] == '@' || value[0] == '\t' || value[0] == '\r');
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      return (defuse ? "'" : "") + std::string(value);
    }
    std::string out = defuse ? "\"'" : "\"";
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + '"';
  };
  const std::vector<std::string> pieces = {"a", "carer", " ", ",", "\"", "\"\"", "\r", "\n", "=",
                                           "-", "é", "0123456789abcdef"};
  std::mt19937 random(23);
  for (int i = 0; i < 5000; ++i) {
    std::string value;
    const int count = static_cast<int>(random() % 40);
    for (int p = 0; p < count; ++p) value += pieces[random() % pieces.size()];
    ASSERT_EQ(CsvField(value), reference(value)) << value;
  }
}

TEST(CsvWriterTest, RowsEndWithCrlf) {
  std::ostringstream out;
  WriteCsvRow(out, {"a", "b,c", ""});
  EXPECT_EQ(out.str(), "a,\"b,c\",\r\n");
}

}  // namespace
}  // namespace heard
