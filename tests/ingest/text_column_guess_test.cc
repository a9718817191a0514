#include "ingest/text_column_guess.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace heard {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// `n` distinct values of exactly `length` characters, each with a space.
std::vector<std::string> Values(int n, size_t length) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    std::string v = "a " + std::to_string(i);
    v.resize(length, 'x');
    out.push_back(v);
  }
  return out;
}

// One column of `values` as rows.
Rows Column(const std::vector<std::string>& values) {
  Rows rows;
  for (const std::string& v : values) rows.push_back({v});
  return rows;
}

TEST(TextColumnGuessTest, FreeTextIsLongVariedAndHasSpaces) {
  struct Case {
    const char* name;
    Rows rows;
    bool free_text;
  };
  const Case cases[] = {
      {"three long varied answers",
       Column({"I have not had a night off since March",
               "Nobody told me a carers assessment existed",
               "The day centre closing means I gave up work"}),
       true},
      {"two filled rows are too few", Column(Values(2, 40)), false},
      {"blank values do not count as filled",
       Column({"", "  ", "\t\n", "", "a long answer here, yes", "another long answer, too"}),
       false},
      {"average of exactly 20 characters", Column(Values(3, 20)), true},
      {"average of 19 characters", Column(Values(3, 19)), false},
      {"closed answers repeat",
       Column({"Adult carer (18 or over)", "Adult carer (18 or over)", "Adult carer (18 or over)",
               "Adult carer (18 or over)", "Parent carer of a child"}),
       false},
      {"half distinct is enough",
       Column({"Adult carer (18 or over)", "Adult carer (18 or over)",
               "Parent carer of a disabled child", "Parent carer of a disabled child"}),
       true},
      {"long values without spaces (emails, codes)",
       Column({"carer.one@example.org.uk", "carer.two@example.org.uk", "carer.six@example.org.uk"}),
       false},
      {"half with spaces is enough",
       Column({"carer.one@example.org.uk", "carer.two@example.org.uk", "I have no email address",
               "Please write to me instead"}),
       true},
      {"short rows are skipped",
       {{}, {}, {"x"}, {"I have not had a night off since March"}},
       false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(GuessTextColumns(c.rows, 1, -1),
              c.free_text ? std::vector<int>{0} : std::vector<int>{});
  }
}

TEST(TextColumnGuessTest, PicksColumnsInOrderAndSkipsTheExcludedOne) {
  const Rows rows = {
      {"R1", "Adult carer", "I have not had a night off since March", "Respite, please, soon"},
      {"R2", "Young carer", "Nobody at school knows I look after Dad", "More time for homework"},
      {"R3", "Adult carer", "The day centre closing means I gave up work",
       "Keep the cafe open please"},
  };
  EXPECT_EQ(GuessTextColumns(rows, 4, -1), (std::vector<int>{2, 3}));
  EXPECT_EQ(GuessTextColumns(rows, 4, 2), (std::vector<int>{3}));
  EXPECT_EQ(GuessTextColumns({}, 4, -1), (std::vector<int>{}));
}

TEST(TextColumnGuessTest, FindsColumnsByTheirHeaders) {
  struct Case {
    std::vector<std::string> header;
    int id, type, date;
  };
  const Case cases[] = {
      {{"ID", "Type", "Comment"}, 0, -1, -1},
      {{"Area", "Response ID", "Comment"}, 1, -1, -1},
      {{"respondent_id", "Date"}, 0, -1, 1},
      {{"Reference", "Submitted"}, 0, -1, 1},
      {{"Response number", "Timestamp"}, 0, -1, 1},
      {{"Ref", "Date received", "Which best describes you?"}, 0, 2, 1},
      {{"Identity", "Reference number", "Dated"}, -1, -1, -1},
      {{"Comment", "Respondent type"}, -1, 1, -1},
      {{"I am a...", "Are you a carer?"}, -1, 0, -1},
      {{"Responding as", "In what capacity are you responding?"}, -1, 0, -1},
      {{"Start date", "Completed"}, -1, -1, 0},
      {{"ID", "Response ID"}, 0, -1, -1},  // the first match wins
      // Hand-made CSVs put a space after each comma.
      {{"ID", " Date", " Respondent type", " Comment"}, 0, 2, 1},
      {{" Response ID ", "Submitted "}, 0, -1, 1},
      {{}, -1, -1, -1},
  };
  for (const Case& c : cases) {
    std::string header;
    for (const std::string& h : c.header) header += "[" + h + "]";
    SCOPED_TRACE(header);
    EXPECT_EQ(GuessIdColumn(c.header), c.id);
    EXPECT_EQ(GuessTypeColumn(c.header), c.type);
    EXPECT_EQ(GuessDateColumn(c.header), c.date);
  }
}

}  // namespace
}  // namespace heard
