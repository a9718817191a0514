#include "ingest/notes_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/file_io.h"
#include "ingest/fake_sink.h"

namespace heard {
namespace {

SourceSpec NotesSpec() {
  SourceSpec spec;
  spec.file = "notes.md";
  spec.path = "returns/notes.md";
  spec.format = "notes";
  spec.channel = "workshop";
  return spec;
}

// A point as the test states it: the line it starts on, its text, its group.
struct Point {
  int line;
  std::string text;
  std::string group = "";
};

std::vector<Point> Points(const FakeSink& sink) {
  std::vector<Point> out;
  for (const Response& r : sink.rows) {
    out.push_back({r.location.line, r.answers.empty() ? "" : r.answers[0].text,
                   r.Attribute(kGroupAttribute)});
  }
  return out;
}

void ExpectPoints(const std::vector<Point>& got, const std::vector<Point>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("point " + std::to_string(i));
    EXPECT_EQ(got[i].line, want[i].line);
    EXPECT_EQ(got[i].text, want[i].text);
    EXPECT_EQ(got[i].group, want[i].group);
  }
}

TEST(NotesReaderTest, WorkshopNotesFile) {
  StatusOr<std::string> data = ReadFile(std::string(HEARD_TESTDATA) + "/ingest/notes.md");
  ASSERT_TRUE(data.ok()) << data.status().message();
  FakeSink sink;
  ReadNotes(*data, NotesSpec(), &sink);
  sink.ExpectBalanced();
  const std::string t1 = "Table 1: getting help", t2 = "Table 2: young carers";
  ExpectPoints(Points(sink),
               {
                   {3, "more info at GP!!", t1},
                   {4, "nobody told us about the carers centre", t1},
                   {5, "Leaflets only in English", t1},
                   {6, "Parking at the hospital costs a fortune", t1},
                   {7, "Can't get a GP appointment for myself", t1},
                   {8, "Respite: none locally", t1},
                   {9, "Night sitting service cut", t1},
                   {10, "Direct payments: the paperwork\ntakes a whole weekend\nevery quarter", t1},
                   {16,
                    "Young carers said school does not know who they are. Several said they\n"
                    "only found out about the group by chance.",
                    t2},
                   {19, "\"I'm not a carer, I'm just his sister\"", t2},
               });
  EXPECT_TRUE(sink.rejected.empty());
  EXPECT_TRUE(sink.notes.empty());
}

TEST(NotesReaderTest, SplitsLinesIntoPoints) {
  struct Case {
    const char* name;
    std::string data;
    std::vector<Point> points;
  };
  const Case cases[] = {
      {"flip-chart lines each a point",
       "- more info at GP!!\n- no one rings back!!\n- PARKING\n",
       {{1, "more info at GP!!"}, {2, "no one rings back!!"}, {3, "PARKING"}}},
      {"each bullet marker",
       "- dash\n* star\n+ plus\n\xE2\x80\xA2 bullet\n1. one\n2) two\n10. ten\n",
       {{1, "dash"}, {2, "star"}, {3, "plus"}, {4, "bullet"}, {5, "one"}, {6, "two"}, {7, "ten"}}},
      {"indented bullets are points too",
       "- carers\n  - young carers\n",
       {{1, "carers"}, {2, "young carers"}}},
      {"tab-indented continuation",
       "- the forms\n\tare too long\n",
       {{1, "the forms\nare too long"}}},
      {"paragraph is one point",
       "Nobody explained\nwhat a carers assessment is.\n\nNext.\n",
       {{1, "Nobody explained\nwhat a carers assessment is."}, {4, "Next."}}},
      {"unindented line after a bullet starts a point",
       "- respite\nnobody mentioned it\n",
       {{1, "respite"}, {2, "nobody mentioned it"}}},
      {"bullet after a paragraph starts a point",
       "We talked about money.\n- benefits\n",
       {{1, "We talked about money."}, {2, "benefits"}}},
      {"numbers that are not markers stay in the text",
       "1.5 million carers\n2024 was hard\n",
       {{1, "1.5 million carers\n2024 was hard"}}},
      {"hash without a space is not a heading",
       "#carersweek was good\n",
       {{1, "#carersweek was good"}}},
      {"heading ends a paragraph",
       "first\n# Group\nsecond\n",
       {{1, "first"}, {3, "second", "Group"}}},
      {"heading text is trimmed", "###   Table 3   \n- x\n", {{2, "x", "Table 3"}}},
      {"CRLF",
       "# Group A\r\n\r\n- respite\r\n  at weekends\r\n- money\r\n",
       {{3, "respite\nat weekends", "Group A"}, {5, "money", "Group A"}}},
      {"byte order mark", "\xEF\xBB\xBF- first\n", {{1, "first"}}},
      {"no final newline", "- last point", {{1, "last point"}}},
      {"trailing spaces dropped", "- tired   \n", {{1, "tired"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    FakeSink sink;
    ReadNotes(c.data, NotesSpec(), &sink);
    sink.ExpectBalanced();
    ExpectPoints(Points(sink), c.points);
    EXPECT_TRUE(sink.notes.empty());
  }
}

TEST(NotesReaderTest, EveryPointGetsIdChannelFixedAttributesAndQuestion) {
  SourceSpec spec = NotesSpec();
  spec.fixed = {{"area", "Eastfold"}, {"session", "evening"}};
  spec.question = "barriers";
  FakeSink sink;
  ReadNotes("# Table 4\n\n- no transport\n- no time\n", spec, &sink);
  ASSERT_EQ(sink.rows.size(), 2u);
  const Response& r = sink.rows[1];
  EXPECT_EQ(r.id, "notes.md:4");
  EXPECT_EQ(r.respondent, "notes.md:4");
  EXPECT_EQ(r.source, "notes.md");
  EXPECT_EQ(r.location.ToString(), "returns/notes.md:4");
  EXPECT_EQ(r.channel, "workshop");
  EXPECT_EQ(r.attributes,
            (NamedValues{{"area", "Eastfold"}, {"session", "evening"}, {"group", "Table 4"}}));
  ASSERT_EQ(r.answers.size(), 1u);
  EXPECT_EQ(r.answers[0].question, "barriers");
  EXPECT_EQ(r.answers[0].text, "no time");
  EXPECT_EQ(sink.rows[0].id, "notes.md:3");
}

TEST(NotesReaderTest, WithoutAQuestionPointsAnswerDiscussion) {
  FakeSink sink;
  ReadNotes("- respite\n", NotesSpec(), &sink);
  ASSERT_EQ(sink.rows.size(), 1u);
  EXPECT_EQ(sink.rows[0].answers[0].question, "discussion");
  EXPECT_TRUE(sink.rows[0].attributes.empty());  // no heading, no group
}

TEST(NotesReaderTest, NoPointsSaysSo) {
  const char* cases[] = {"", "\n\n", "# Table 1\n## Table 2\n", "   \r\n\t\n"};
  for (const char* data : cases) {
    SCOPED_TRACE(data);
    FakeSink sink;
    ReadNotes(data, NotesSpec(), &sink);
    sink.ExpectBalanced();
    EXPECT_EQ(sink.records_read, 0);
    EXPECT_EQ(
        sink.notes,
        (std::vector<std::string>{"no points found: the file is empty or holds only headings"}));
  }
}

TEST(NotesReaderTest, BadPointsAreRejectedAndOthersKept) {
  struct Case {
    const char* name;
    std::string bad;
    std::string reason;
  };
  const Case cases[] = {
      {"invalid UTF-8", "- caf\xE9 closed", "invalid UTF-8 in the point"},
      {"truncated sequence", "- \xE2\x80", "invalid UTF-8 in the point"},
      {"NUL byte", std::string("- nul\0here", 10), "NUL byte in the point"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    FakeSink sink;
    ReadNotes("- good\n" + c.bad + "\n- also good\n", NotesSpec(), &sink);
    sink.ExpectBalanced();
    EXPECT_EQ(sink.records_read, 3);
    ExpectPoints(Points(sink), {{1, "good"}, {3, "also good"}});
    ASSERT_EQ(sink.rejected.size(), 1u);
    EXPECT_EQ(sink.rejected[0].where.ToString(), "returns/notes.md:2");
    EXPECT_EQ(sink.rejected[0].reason, c.reason);
    EXPECT_EQ(sink.rejected[0].raw, c.bad.substr(2));
  }
}

}  // namespace
}  // namespace heard
