#include "report/csv_writer.h"

#include <gtest/gtest.h>

#include <sstream>

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

TEST(CsvWriterTest, RowsEndWithCrlf) {
  std::ostringstream out;
  WriteCsvRow(out, {"a", "b,c", ""});
  EXPECT_EQ(out.str(), "a,\"b,c\",\r\n");
}

}  // namespace
}  // namespace heard
