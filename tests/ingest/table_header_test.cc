#include "ingest/table_header.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

CsvRecord Row(std::vector<std::string> fields) {
  CsvRecord record;
  record.fields = std::move(fields);
  return record;
}

TEST(TableHeaderTest, OneRowIsTheHeader) {
  std::vector<std::string> notes;
  EXPECT_EQ(MakeHeader({Row({"id", "What could be better?"})}, &notes),
            (std::vector<std::string>{"id", "What could be better?"}));
  EXPECT_TRUE(notes.empty());
}

TEST(TableHeaderTest, QuestionAndSubQuestionRowsAreJoined) {
  std::vector<std::string> notes;
  EXPECT_EQ(MakeHeader({Row({"ID", "Which services have you used?", "", "", "Comments", ""}),
                        Row({"", "Day centre", "Sitting service", "Other", "", ""})},
                       &notes),
            (std::vector<std::string>{"ID", "Which services have you used? - Day centre",
                                      "Which services have you used? - Sitting service",
                                      "Which services have you used? - Other", "Comments"}));
  EXPECT_EQ(notes, (std::vector<std::string>{
                       "1 empty column(s) at the end of the header ignored"}));
}

TEST(TableHeaderTest, RepeatedNamesAreNumbered) {
  std::vector<std::string> notes;
  EXPECT_EQ(MakeHeader({Row({"id", "Comments", "Age", "Comments", "Comments"})}, &notes),
            (std::vector<std::string>{"id", "Comments", "Age", "Comments (2)", "Comments (3)"}));
  EXPECT_EQ(notes,
            (std::vector<std::string>{
                "column name \"Comments\" repeats; this copy is read as \"Comments (2)\"",
                "column name \"Comments\" repeats; this copy is read as \"Comments (3)\""}));
}

TEST(TableHeaderTest, TrailingEmptyColumnsAreDropped) {
  std::vector<std::string> notes;
  EXPECT_EQ(MakeHeader({Row({"id", "text", "", " ", ""})}, &notes),
            (std::vector<std::string>{"id", "text"}));
  EXPECT_EQ(notes, (std::vector<std::string>{"3 empty column(s) at the end of the header ignored"}));
}

}  // namespace
}  // namespace heard
