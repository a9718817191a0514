#include "ingest/keyed_csv.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(KeyedCsvTest, FindsColumnsByNameInAnyOrder) {
  auto rows = ParseKeyedCsv("Theme , note,response_id\nbreaks,x,R1\n\nidentification,,R2\n",
                            "gold.csv", {"response_id", "theme"}, {"note", "question"});
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].values, (std::vector<std::string>{"R1", "breaks", "x", ""}));
  EXPECT_EQ((*rows)[0].location.line, 2);
  EXPECT_EQ((*rows)[1].values[0], "R2");
  EXPECT_EQ((*rows)[1].location.line, 4);
}

TEST(KeyedCsvTest, MissingColumnNamesTheHeader) {
  auto rows = ParseKeyedCsv("id,theme\nR1,breaks\n", "gold.csv", {"response_id", "theme"});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(),
            "gold.csv:1: error: no 'response_id' column (the header is: id,theme)");
}

TEST(KeyedCsvTest, UnclosedQuoteIsAnErrorWithItsLine) {
  auto rows = ParseKeyedCsv("response_id,theme\nR1,breaks\nR2,\"breaks\n", "g.csv",
                            {"response_id", "theme"});
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("g.csv:3:"), std::string::npos)
      << rows.status().message();
}

TEST(KeyedCsvTest, EmptyFileAndBadEncodingAreErrors) {
  EXPECT_EQ(ParseKeyedCsv("", "g.csv", {"theme"}).status().message(),
            "g.csv: error: the file is empty; it needs a header row");
  auto latin1 = ParseKeyedCsv("theme\nbreaks\ncaf\xe9\n", "g.csv", {"theme"});
  ASSERT_FALSE(latin1.ok());
  EXPECT_NE(latin1.status().message().find("g.csv:3: error: not valid UTF-8"),
            std::string::npos);
}

TEST(KeyedCsvTest, ShortRowsReadMissingValuesAsEmpty) {
  auto rows = ParseKeyedCsv("response_id,theme,note\nR1\n", "g.csv", {"response_id", "theme"});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].values, (std::vector<std::string>{"R1", ""}));
}

}  // namespace
}  // namespace heard
