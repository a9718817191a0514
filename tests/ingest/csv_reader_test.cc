#include "ingest/csv_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace heard {
namespace {

// What one record should come back as.
struct Want {
  int line;
  std::vector<std::string> fields;
  std::string error = "";
};

struct Case {
  const char* name;
  std::string data;
  std::vector<Want> records;
  char delimiter = ',';
};

std::vector<CsvRecord> ReadAll(std::string_view data, char delimiter) {
  CsvReader reader(data, delimiter);
  std::vector<CsvRecord> records;
  for (CsvRecord record; reader.Next(&record);) records.push_back(record);
  return records;
}

TEST(CsvReaderTest, ReadsRecordsWithTheirLines) {
  const Case cases[] = {
      {"plain rows",
       "id,type,comment\nR1,Adult carer,No respite\nR2,Young carer,Tired\n",
       {{1, {"id", "type", "comment"}},
        {2, {"R1", "Adult carer", "No respite"}},
        {3, {"R2", "Young carer", "Tired"}}}},
      {"quoted field holding the delimiter",
       "R1,\"I need respite, badly.\",x\n",
       {{1, {"R1", "I need respite, badly.", "x"}}}},
      {"embedded line break moves the next record's line on",
       "id,comment\nR1,\"Mum has dementia.\nI do nights.\"\nR2,ok\n",
       {{1, {"id", "comment"}}, {2, {"R1", "Mum has dementia.\nI do nights."}}, {4, {"R2", "ok"}}}},
      {"embedded CRLF counts as one line",
       "R1,\"line one\r\nline two\r\nline three\"\r\nR2,ok\r\n",
       {{1, {"R1", "line one\r\nline two\r\nline three"}}, {4, {"R2", "ok"}}}},
      {"doubled quotes",
       "R1,\"the so-called \"\"carer's break\"\" was two hours\"\n",
       {{1, {"R1", "the so-called \"carer's break\" was two hours"}}}},
      {"empty quoted field", "a,\"\",c\n", {{1, {"a", "", "c"}}}},
      {"CRLF", "a,b\r\nc,d\r\n", {{1, {"a", "b"}}, {2, {"c", "d"}}}},
      {"LF", "a,b\nc,d\n", {{1, {"a", "b"}}, {2, {"c", "d"}}}},
      {"lone CR (old Mac Excel)",
       "a,b\rc,d\re,f",
       {{1, {"a", "b"}}, {2, {"c", "d"}}, {3, {"e", "f"}}}},
      {"UTF-8 byte order mark skipped",
       "\xEF\xBB\xBFid,text\nR1,hi\n",
       {{1, {"id", "text"}}, {2, {"R1", "hi"}}}},
      {"TSV keeps commas in fields",
       "id\ttext\nR1\tyes, but late\n",
       {{1, {"id", "text"}}, {2, {"R1", "yes, but late"}}},
       '\t'},
      {"no trailing newline", "a,b\nc,d", {{1, {"a", "b"}}, {2, {"c", "d"}}}},
      {"trailing newline gives no extra record", "a,b\n", {{1, {"a", "b"}}}},
      {"empty field at end of line", "a,b,\nc,d,\n", {{1, {"a", "b", ""}}, {2, {"c", "d", ""}}}},
      {"empty field at end of data", "a,b,", {{1, {"a", "b", ""}}}},
      {"blank line is one empty field", "a\n\nb\n", {{1, {"a"}}, {2, {""}}, {3, {"b"}}}},
      {"quote inside an unquoted field kept as text",
       "R1,my son is 6'2\" and I still lift him,x\n",
       {{1, {"R1", "my son is 6'2\" and I still lift him", "x"}}}},
      {"text after a closing quote kept",
       "R1,\"quoted\" and then not,x\n",
       {{1, {"R1", "quoted and then not", "x"}}}},
      {"empty data", "", {}},
      {"only a byte order mark", "\xEF\xBB\xBF", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<CsvRecord> got = ReadAll(c.data, c.delimiter);
    ASSERT_EQ(got.size(), c.records.size());
    for (size_t i = 0; i < got.size(); ++i) {
      SCOPED_TRACE("record " + std::to_string(i));
      EXPECT_EQ(got[i].line, c.records[i].line);
      EXPECT_EQ(got[i].fields, c.records[i].fields);
      EXPECT_EQ(got[i].error, c.records[i].error);
    }
  }
}

TEST(CsvReaderTest, UnclosedQuoteIsReportedAndDoesNotSwallowLaterRows) {
  const std::string data =
      "id,comment\n"
      "R1,fine\n"
      "R2,\"the forms ask the same thing three times\n"
      "R3,nobody rings back\n"
      "R4,respite would help\n";
  std::vector<CsvRecord> got = ReadAll(data, ',');
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[2].line, 3);
  EXPECT_EQ(got[2].error, "quoted field opened on line 3 is never closed");
  EXPECT_EQ(got[2].error_line, 3);
  EXPECT_EQ(got[2].column, 2);
  // Reading resumes on line 4, so R3 and R4 are still records.
  EXPECT_EQ(got[3].line, 4);
  EXPECT_EQ(got[3].fields, (std::vector<std::string>{"R3", "nobody rings back"}));
  EXPECT_TRUE(got[3].error.empty());
  EXPECT_EQ(got[4].line, 5);
  EXPECT_EQ(got[4].fields, (std::vector<std::string>{"R4", "respite would help"}));
}

TEST(CsvReaderTest, UnclosedQuoteAfterAMultiLineFieldNamesTheLineItOpenedOn) {
  // The record starts on line 1; its second quote opens on line 2.
  const std::string data = "\"a\nb\",\"never closed\nR2,x\n";
  std::vector<CsvRecord> got = ReadAll(data, ',');
  ASSERT_GE(got.size(), 1u);
  EXPECT_EQ(got[0].line, 1);
  EXPECT_EQ(got[0].error, "quoted field opened on line 2 is never closed");
  EXPECT_EQ(got[0].error_line, 2);
  EXPECT_EQ(got[0].column, 2);
}

TEST(CsvReaderTest, UnclosedQuoteOnTheLastLine) {
  std::vector<CsvRecord> got = ReadAll("a,b\nc,\"d", ',');
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].error, "quoted field opened on line 2 is never closed");
}

TEST(CsvReaderTest, RawHoldsTheRecordBytesWithoutTheLineEnd) {
  std::vector<CsvRecord> got = ReadAll("a,\"b\nc\"\r\nd,e\r\n", ',');
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].raw, "a,\"b\nc\"");
  EXPECT_EQ(got[1].raw, "d,e");
}

TEST(CsvReaderTest, ReusedRecordIsCleared) {
  CsvReader reader("a,\"open\nb,c\n", ',');
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_FALSE(record.error.empty());
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_EQ(record.fields, (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(record.error, "");
  EXPECT_EQ(record.error_line, 0);
  EXPECT_EQ(record.column, 0);
  EXPECT_FALSE(reader.Next(&record));
}

TEST(CsvReaderTest, IsEmptyOnlyForABlankLine) {
  std::vector<CsvRecord> got = ReadAll("\n,\n\"\"\n", ',');
  ASSERT_EQ(got.size(), 3u);
  EXPECT_TRUE(got[0].IsEmpty());
  EXPECT_FALSE(got[1].IsEmpty());  // two empty fields
  EXPECT_TRUE(got[2].IsEmpty());   // one empty quoted field reads the same
}

// A field past the cap makes its record an error at that field's line and
// column, and the records after it read as usual; the field's bytes are let
// go. Quoted (spanning lines) and unquoted fields alike.
TEST(CsvReaderTest, AFieldOverTheSizeCapRejectsItsRecordOnly) {
  const std::string big(2 << 20, 'x');  // 2 MiB
  const std::string data = "id,answer\n1,short\n2,\"a\n" + big + "\"\n3," + big +
                           "\n4,fine after\n";
  CsvReader reader(data, ',', 1 << 20);
  std::vector<CsvRecord> records;
  for (CsvRecord record; reader.Next(&record);) records.push_back(record);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_TRUE(records[1].error.empty());
  EXPECT_EQ(records[2].line, 3);
  EXPECT_EQ(records[2].error_line, 3);
  EXPECT_EQ(records[2].column, 2);
  EXPECT_EQ(records[2].error, "field 2 is 2097154 bytes long, over the limit of 1 MiB "
                              "(max_field_bytes)");
  EXPECT_TRUE(records[2].fields[1].empty());  // not kept in memory twice
  EXPECT_EQ(records[3].line, 5);
  EXPECT_EQ(records[3].error, "field 2 is 2 MiB long, over the limit of 1 MiB "
                              "(max_field_bytes)");
  EXPECT_EQ(records[4].line, 6);
  EXPECT_EQ(records[4].fields, (std::vector<std::string>{"4", "fine after"}));
  EXPECT_TRUE(records[4].error.empty());
}

TEST(CsvReaderTest, AFieldAtTheCapIsFine) {
  const std::string data = "a,bbbb\n";
  CsvReader reader(data, ',', 4);
  CsvRecord record;
  ASSERT_TRUE(reader.Next(&record));
  EXPECT_TRUE(record.error.empty()) << record.error;
  EXPECT_EQ(record.fields, (std::vector<std::string>{"a", "bbbb"}));
}

// Every record of `reader`, with its line, error and raw bytes.
std::vector<std::string> Describe(CsvReader* reader) {
  std::vector<std::string> out;
  for (CsvRecord record; reader->Next(&record);) {
    std::string line = std::to_string(record.line) + "|" + record.error + "|" + record.raw;
    for (const std::string& field : record.fields) line += "|" + field;
    out.push_back(line);
  }
  return out;
}

TEST(CsvReaderTest, ReadingAStreamGivesTheSameRecordsAsReadingItWhole) {
  // Over 3 MiB, so records (multi-line quoted fields, CRLF and lone CR, a
  // BOM) cross the 1 MiB blocks a stream is read in, and a quote that is
  // never closed near the end sends the reader back a long way.
  std::string data = "\xEF\xBB\xBFid,text\r\n";
  for (int i = 0; data.size() < (size_t{3} << 20) + 5000; ++i) {
    data += std::to_string(i) + ",\"line one\nline \"\"two\"\", ok\"\r\n";
    data += std::to_string(i) + "b,plain text " + std::string(i % 97, 'x') + "\r";
    data += std::to_string(i) + "c,\"" + std::string(i % 3001, 'y') + "\"\n";
  }
  data += "last,\"never closed\nmore,rows\nafter,it\n";
  CsvReader whole(data, ',');
  std::istringstream in(data);
  CsvReader streamed(&in, ',');
  const std::vector<std::string> expected = Describe(&whole);
  const std::vector<std::string> got = Describe(&streamed);
  ASSERT_GT(expected.size(), 3000u);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], expected[i]) << "record " << i;
}

}  // namespace
}  // namespace heard
