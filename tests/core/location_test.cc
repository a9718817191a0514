#include "core/location.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(LocationTest, PrintsWhatIsKnown) {
  EXPECT_EQ(Location({"a.csv", 12, 4}).ToString(), "a.csv:12:4");
  EXPECT_EQ(Location({"a.csv", 12, 0}).ToString(), "a.csv:12");
  EXPECT_EQ(Location({"a.csv", 0, 0}).ToString(), "a.csv");
}

TEST(LocationTest, FormatsErrorsAsFileLineColumn) {
  EXPECT_EQ(FormatError({"book.yaml", 3, 7}, "theme has no id"),
            "book.yaml:3:7: error: theme has no id");
}

}  // namespace
}  // namespace heard
