#include "ingest/table_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/file_io.h"
#include "ingest/fake_sink.h"

namespace heard {
namespace {

SourceSpec TableSpec() {
  SourceSpec spec;
  spec.file = "survey.csv";
  spec.path = "returns/survey.csv";
  spec.format = "csv";
  spec.channel = "survey";
  return spec;
}

std::string TestFile(const std::string& name) {
  StatusOr<std::string> data = ReadFile(std::string(HEARD_TESTDATA) + "/ingest/" + name);
  EXPECT_TRUE(data.ok()) << data.status().message();
  return data.ok() ? *data : "";
}

std::vector<std::string> Ids(const FakeSink& sink) {
  std::vector<std::string> ids;
  for (const Response& r : sink.rows) ids.push_back(r.id);
  return ids;
}

TEST(TableReaderTest, MapsManifestColumns) {
  const std::string data =
      "Response ID,Submitted,Type,Area,What could be better?,Anything else?\n"
      "S1, 2024-03-02 ,Adult carer, Eastfold ,\"I need respite, badly. \",\n";
  SourceSpec spec = TableSpec();
  spec.id_column = "Response ID";
  spec.date_column = "submitted";  // found ignoring case
  spec.questions = {{"better", "What could be better?"}, {"else", " anything else? "}};
  spec.attributes = {{"respondent_type", "Type"}, {"area", "Area"}};
  spec.fixed = {{"consultation_round", "spring"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  ASSERT_EQ(sink.rows.size(), 1u);
  const Response& r = sink.rows[0];
  EXPECT_EQ(r.id, "S1");
  EXPECT_EQ(r.respondent, "S1");
  EXPECT_EQ(r.source, "survey.csv");
  EXPECT_EQ(r.location.ToString(), "returns/survey.csv:2");
  EXPECT_EQ(r.channel, "survey");
  EXPECT_EQ(r.date, "2024-03-02");
  // Fixed attributes first, then mapped ones in manifest order, trimmed.
  EXPECT_EQ(r.attributes, (NamedValues{{"consultation_round", "spring"},
                                       {"respondent_type", "Adult carer"},
                                       {"area", "Eastfold"}}));
  ASSERT_EQ(r.answers.size(), 2u);
  EXPECT_EQ(r.answers[0].question, "better");
  EXPECT_EQ(r.answers[0].text, "I need respite, badly. ");  // answers are kept as written
  EXPECT_EQ(r.answers[1].question, "else");
  EXPECT_EQ(r.answers[1].text, "");
  EXPECT_TRUE(sink.notes.empty());
}

TEST(TableReaderTest, BlankIdFallsBackToFileAndLine) {
  const std::string data =
      "id,comment\n"
      "R1,\"two lines\nof text\"\n"
      "  ,no reference given\n";
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"R1", "survey.csv:4"}));
  EXPECT_EQ(sink.rows[1].respondent, "survey.csv:4");
}

TEST(TableReaderTest, WithoutAnIdColumnEveryIdIsFileAndLine) {
  SourceSpec spec = TableSpec();
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable("comment\nfirst\nsecond\n", spec, &sink).ok());
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"survey.csv:2", "survey.csv:3"}));
}

TEST(TableReaderTest, HeaderOnlyAndEmptyFilesSaySo) {
  struct Case {
    const char* name;
    std::string data;
    std::vector<std::string> notes;
  };
  const Case cases[] = {
      {"header only", "id,comment\n", {"header only: the file has no rows"}},
      {"header only, no newline", "id,comment", {"header only: the file has no rows"}},
      {"empty", "", {"file is empty: no header and no rows"}},
      {"only a byte order mark", "\xEF\xBB\xBF", {"file is empty: no header and no rows"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    SourceSpec spec = TableSpec();
    spec.questions = {{"comment", "comment"}};
    FakeSink sink;
    ASSERT_TRUE(ReadTable(c.data, spec, &sink).ok());
    sink.ExpectBalanced();
    EXPECT_EQ(sink.records_read, 0);
    EXPECT_EQ(sink.notes, c.notes);
    EXPECT_TRUE(sink.rows.empty());
    EXPECT_TRUE(sink.rejected.empty());
  }
}

TEST(TableReaderTest, RejectsBadRowsWithReasonAndLineAndReadsOn) {
  struct Case {
    const char* name;
    std::string bad_row;  // goes on line 3, between two good rows
    std::string reason;
    std::string where;
  };
  const Case cases[] = {
      {"too few fields", "R2,Parent carer,Westbrook", "row has 3 fields; the header has 4",
       "returns/survey.csv:3"},
      {"too many fields", "R2,Parent carer,Westbrook,tired,and more",
       "row has 5 fields; the header has 4", "returns/survey.csv:3"},
      {"text after empty extra fields", "R2,Parent carer,Westbrook,tired,,x",
       "row has 6 fields; the header has 4", "returns/survey.csv:3"},
      {"NUL byte", std::string("R2,Parent carer,Westbrook,tired\0out", 35),
       "NUL byte in column \"comment\"", "returns/survey.csv:3"},
      {"invalid UTF-8", "R2,Parent carer,Westbrook,caf\xE9 closed",
       "invalid UTF-8 at byte 4 of column \"comment\"", "returns/survey.csv:3"},
      {"invalid UTF-8 in an attribute", "R2,Parent carer,\xFFWestbrook,fine",
       "invalid UTF-8 at byte 1 of column \"area\"", "returns/survey.csv:3"},
      {"blank line", "", "empty line", "returns/survey.csv:3"},
      {"unclosed quote", "R2,Parent carer,Westbrook,\"the portal logs me out",
       "quoted field opened on line 3 is never closed", "returns/survey.csv:3:4"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string data =
        "id,type,area,comment\n"
        "R1,Adult carer,Eastfold,No night off since March\n" +
        c.bad_row +
        "\n"
        "R3,Young carer,Eastfold,Nobody at school knows\n";
    SourceSpec spec = TableSpec();
    spec.id_column = "id";
    spec.questions = {{"comment", "comment"}};
    spec.attributes = {{"area", "area"}};
    FakeSink sink;
    ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
    sink.ExpectBalanced();
    EXPECT_EQ(sink.records_read, 3);
    EXPECT_EQ(Ids(sink), (std::vector<std::string>{"R1", "R3"}));
    ASSERT_EQ(sink.rejected.size(), 1u);
    EXPECT_EQ(sink.rejected[0].reason, c.reason);
    EXPECT_EQ(sink.rejected[0].where.ToString(), c.where);
  }
}

TEST(TableReaderTest, EmptyExtraFieldsAreAccepted) {
  SourceSpec spec = TableSpec();
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable("id,comment\nR1,fine,,\nR2,fine, ,\t\n", spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(sink.rows.size(), 2u);
  EXPECT_TRUE(sink.rejected.empty());
}

TEST(TableReaderTest, RaggedFile) {
  SourceSpec spec = TableSpec();
  spec.file = "ragged.csv";
  spec.path = "ragged.csv";
  spec.id_column = "id";
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(TestFile("ragged.csv"), spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(sink.records_read, 5);
  // R3 has two empty fields past the header: accepted.
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"R1", "R3", "R5"}));
  ASSERT_EQ(sink.rejected.size(), 2u);
  EXPECT_EQ(sink.rejected[0].where.ToString(), "ragged.csv:3");
  EXPECT_EQ(sink.rejected[0].reason, "row has 3 fields; the header has 4");
  EXPECT_EQ(sink.rejected[0].raw, "R2,Parent carer,Westbrook");
  EXPECT_EQ(sink.rejected[1].where.ToString(), "ragged.csv:5");
  EXPECT_EQ(sink.rejected[1].reason, "row has 5 fields; the header has 4");
}

TEST(TableReaderTest, UnclosedQuoteIsRejectedAndLaterRowsStillRead) {
  SourceSpec spec = TableSpec();
  spec.file = "unclosed_quote.csv";
  spec.path = "unclosed_quote.csv";
  spec.id_column = "id";
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(TestFile("unclosed_quote.csv"), spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(sink.records_read, 4);
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"C1", "C3", "C4"}));
  ASSERT_EQ(sink.rejected.size(), 1u);
  EXPECT_EQ(sink.rejected[0].where.ToString(), "unclosed_quote.csv:3:3");
  EXPECT_EQ(sink.rejected[0].reason, "quoted field opened on line 3 is never closed");
  EXPECT_EQ(sink.rows[1].location.line, 4);
}

TEST(TableReaderTest, ByteOrderMarkAndCrlf) {
  SourceSpec spec = TableSpec();
  spec.file = "bom_crlf.csv";
  spec.id_column = "Response ID";
  spec.questions = {{"better", "What could be better?"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(TestFile("bom_crlf.csv"), spec, &sink).ok());
  sink.ExpectBalanced();
  ASSERT_EQ(Ids(sink), (std::vector<std::string>{"B1", "B2"}));
  EXPECT_EQ(sink.rows[0].answers[0].text,
            "Letters come addressed to Mum, not me\r\nso nobody will talk to me");
  EXPECT_EQ(sink.rows[1].answers[0].text, "Nothing at school");
  EXPECT_EQ(sink.rows[1].location.line, 4);
}

TEST(TableReaderTest, TsvSource) {
  SourceSpec spec = TableSpec();
  spec.format = "tsv";
  spec.id_column = "id";
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable("id\tcomment\nT1\tyes, but the forms, the forms\n", spec, &sink).ok());
  ASSERT_EQ(sink.rows.size(), 1u);
  EXPECT_EQ(sink.rows[0].answers[0].text, "yes, but the forms, the forms");
}

TEST(TableReaderTest, MissingManifestColumnIsAnInputErrorNamingTheColumns) {
  struct Case {
    const char* name;
    void (*set)(SourceSpec*);
    std::string message;
  };
  const std::string columns =
      " named by the manifest is not in the header "
      "(columns: \"id\", \"Type\", \"comment\")";
  const Case cases[] = {
      {"question",
       [](SourceSpec* s) {
         s->questions = {{"better", "What could be better?"}};
       },
       "returns/survey.csv:1: error: column \"What could be better?\"" + columns},
      {"attribute",
       [](SourceSpec* s) {
         s->attributes = {{"area", "Postcode"}};
       },
       "returns/survey.csv:1: error: column \"Postcode\"" + columns},
      {"id", [](SourceSpec* s) { s->id_column = "Reference"; },
       "returns/survey.csv:1: error: column \"Reference\"" + columns},
      {"date", [](SourceSpec* s) { s->date_column = "Date"; },
       "returns/survey.csv:1: error: column \"Date\"" + columns},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    SourceSpec spec = TableSpec();
    c.set(&spec);
    FakeSink sink;
    Status status = ReadTable("id,Type,comment\nR1,Adult carer,hi\n", spec, &sink);
    EXPECT_EQ(status.code(), Status::Code::kInputError);
    EXPECT_EQ(status.message(), c.message);
    EXPECT_TRUE(sink.rows.empty());
  }
}

TEST(TableReaderTest, FiveMegabyteFieldIsReadIntact) {
  std::string big;
  while (big.size() < 5 * 1024 * 1024) {
    big += "I care for my mum, who has \"good days\" and bad days.\nSome nights I don't sleep. ";
  }
  std::string quoted;
  for (char c : big) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  const std::string data = "id,comment\nBIG,\"" + quoted + "\"\nNEXT,short\n";
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"comment", "comment"}};
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  ASSERT_EQ(Ids(sink), (std::vector<std::string>{"BIG", "NEXT"}));
  EXPECT_EQ(sink.rows[0].answers[0].text.size(), big.size());
  EXPECT_TRUE(sink.rows[0].answers[0].text == big);
  const int64_t newlines = std::count(big.begin(), big.end(), '\n');
  EXPECT_EQ(sink.rows[1].location.line, 3 + newlines);
}

// A survey export with long, varied answers in two columns.
const char kExport[] =
    "Response ID,Type,Area,What would help you most?,Anything else?\n"
    "A1,Adult carer,Eastfold,A regular break so I can see my own friends,\n"
    "A2,Parent carer,Westbrook,Someone who answers the phone when I ring the team,"
    "The carers assessment took nine months\n"
    "A3,Young carer,Eastfold,Teachers who understand why my homework is late,"
    "I look after my dad after school every day\n"
    "A4,Adult carer,Northgate,Knowing what I am entitled to without fighting for it,"
    "Please do not close the day centre\n";

TEST(TableReaderTest, PrepareTableGuessesIdAndFreeTextColumns) {
  SourceSpec spec = TableSpec();
  spec.guess = true;
  PrepareTable(kExport, &spec);
  EXPECT_FALSE(spec.guess);
  EXPECT_EQ(spec.id_column, "Response ID");
  EXPECT_EQ(spec.questions, (NamedValues{{"What would help you most?", "What would help you most?"},
                                         {"Anything else?", "Anything else?"}}));
  EXPECT_EQ(spec.attributes, (NamedValues{{"Type", "Type"}, {"Area", "Area"}}));
  EXPECT_EQ(spec.notes,
            (std::vector<std::string>{
                "id column detected: \"Response ID\"",
                "free-text columns detected: \"What would help you most?\", \"Anything else?\""}));

  // What it chose reads the file.
  FakeSink sink;
  ASSERT_TRUE(ReadTable(kExport, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"A1", "A2", "A3", "A4"}));
  EXPECT_EQ(sink.rows[2].Attribute("Area"), "Eastfold");
}

TEST(TableReaderTest, PrepareTableFindsDateAndRespondentTypeByHeader) {
  const std::string data =
      "Ref,Date submitted,Which best describes you?,What would help you most?\n"
      "1,2024-03-01,Adult carer,A regular break so I can see my own friends\n"
      "2,2024-03-02,Parent carer,Someone who answers the phone when I ring\n"
      "3,2024-03-02,Young carer,Teachers who understand why my homework is late\n";
  SourceSpec spec = TableSpec();
  spec.guess = true;
  PrepareTable(data, &spec);
  EXPECT_EQ(spec.id_column, "Ref");
  EXPECT_EQ(spec.date_column, "Date submitted");
  EXPECT_EQ(spec.questions,
            (NamedValues{{"What would help you most?", "What would help you most?"}}));
  EXPECT_EQ(spec.attributes,
            (NamedValues{{std::string(kRespondentType), "Which best describes you?"}}));
  EXPECT_EQ(spec.notes, (std::vector<std::string>{
                            "id column detected: \"Ref\"",
                            "free-text columns detected: \"What would help you most?\"",
                            "date column detected: \"Date submitted\"",
                            "respondent type column detected: \"Which best describes you?\""}));
}

// Regression: with a space after each comma the id and date columns were
// not recognised, so every id fell back to file and line.
TEST(TableReaderTest, PrepareTableReadsHandMadeHeadersWithSpaces) {
  const std::string data =
      "Ref, Date, Comment\n"
      "E1, 2025-02-01, My sister and I share caring for Mum and we both work\n"
      "E2, 2025-02-03, The carers centre helped more than anyone else did\n"
      "E3, 2025-02-09, Transport to the day centre stopped in the summer\n";
  SourceSpec spec = TableSpec();
  spec.guess = true;
  PrepareTable(data, &spec);
  EXPECT_EQ(spec.id_column, "Ref");
  EXPECT_EQ(spec.date_column, " Date");
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"E1", "E2", "E3"}));
  EXPECT_EQ(sink.rows[1].date, "2025-02-03");
}

TEST(TableReaderTest, PrepareTableKeepsNamedTextColumns) {
  SourceSpec spec = TableSpec();
  spec.guess = true;
  spec.questions = {{"help", "What would help you most?"}};
  PrepareTable(kExport, &spec);
  EXPECT_EQ(spec.questions, (NamedValues{{"help", "What would help you most?"}}));
  // "Anything else?" is free text nobody asked for: not an attribute either.
  EXPECT_EQ(spec.attributes, (NamedValues{{"Type", "Type"}, {"Area", "Area"}}));
  EXPECT_EQ(spec.notes, (std::vector<std::string>{"id column detected: \"Response ID\""}));
}

TEST(TableReaderTest, PrepareTableWithNoFreeTextSaysHowToNameIt) {
  SourceSpec spec = TableSpec();
  spec.guess = true;
  PrepareTable("id,Type\n1,Adult carer\n2,Young carer\n", &spec);
  EXPECT_TRUE(spec.questions.empty());
  EXPECT_EQ(spec.notes,
            (std::vector<std::string>{"id column detected: \"id\"",
                                      "no free-text columns found; name them with --text-column"}));
}

TEST(TableReaderTest, PrepareTableLeavesAManifestSourceAlone) {
  SourceSpec spec = TableSpec();  // guess is false: the manifest said what to read
  PrepareTable(kExport, &spec);
  EXPECT_TRUE(spec.id_column.empty());
  EXPECT_TRUE(spec.questions.empty());
  EXPECT_TRUE(spec.attributes.empty());
  EXPECT_TRUE(spec.notes.empty());
}

TEST(TableReaderTest, AFieldOverTheSizeCapIsARejectWithItsLineAndColumn) {
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"better", "answer"}};
  spec.limits.max_field_bytes = 1 << 20;
  const std::string data = "id,answer\nA1,short\nA2," + std::string(2 << 20, 'x') + "\nA3,ok\n";
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"A1", "A3"}));
  ASSERT_EQ(sink.rejected.size(), 1u);
  EXPECT_EQ(FormatError(sink.rejected[0].where, sink.rejected[0].reason),
            "returns/survey.csv:3:2: error: field 2 is 2 MiB long, over the limit of 1 MiB "
            "(max_field_bytes)");
}

// Rows past the cap are all accounted for, in one reject that says how
// many and where they start; the account balances.
TEST(TableReaderTest, RowsPastTheCapAreOneRejectCountingThemAll) {
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"better", "answer"}};
  spec.limits.max_rows = 3;
  std::string data = "id,answer\n";
  for (int i = 1; i <= 10; ++i) data += "R" + std::to_string(i) + ",text " + std::to_string(i) + "\n";
  FakeSink sink;
  ASSERT_TRUE(ReadTable(data, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(sink.records_read, 10);
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"R1", "R2", "R3"}));
  ASSERT_EQ(sink.rejected.size(), 1u);
  EXPECT_EQ(sink.rejected[0].count, 7);
  EXPECT_EQ(FormatError(sink.rejected[0].where, sink.rejected[0].reason),
            "returns/survey.csv:5: error: this and the 6 records after it were not read: the "
            "source is over the limit of 3 rows (max_rows; raise it in the manifest's limits "
            "or split the file)");
}

TEST(TableReaderTest, RowsUpToTheCapAreAllRead) {
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"better", "answer"}};
  spec.limits.max_rows = 2;
  FakeSink sink;
  ASSERT_TRUE(ReadTable("id,answer\nR1,a\nR2,b\n", spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"R1", "R2"}));
  EXPECT_TRUE(sink.rejected.empty());
}

// Spreadsheet cells come through ReadTableRecords, not the CSV reader.
TEST(TableReaderTest, ASpreadsheetCellOverTheSizeCapIsAReject) {
  SourceSpec spec = TableSpec();
  spec.id_column = "id";
  spec.questions = {{"better", "answer"}};
  spec.limits.max_field_bytes = 10;
  std::vector<CsvRecord> records(3);
  records[0].fields = {"id", "answer"};
  records[0].line = 1;
  records[1].fields = {"X1", "twelve bytes"};
  records[1].line = 2;
  records[2].fields = {"X2", "ten bytes!"};
  records[2].line = 3;
  FakeSink sink;
  ASSERT_TRUE(ReadTableRecords(records, spec, &sink).ok());
  sink.ExpectBalanced();
  EXPECT_EQ(Ids(sink), (std::vector<std::string>{"X2"}));
  ASSERT_EQ(sink.rejected.size(), 1u);
  EXPECT_EQ(FormatError(sink.rejected[0].where, sink.rejected[0].reason),
            "returns/survey.csv:2: error: column \"answer\" is 12 bytes long, over the limit "
            "of 10 bytes (max_field_bytes)");
}

}  // namespace
}  // namespace heard
