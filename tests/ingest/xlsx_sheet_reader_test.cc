#include "ingest/xlsx_sheet_reader.h"

#include <gtest/gtest.h>

#include "core/file_io.h"

namespace heard {
namespace {

const std::string kDir = std::string(HEARD_TESTDATA) + "/ingest/xlsx/";

StatusOr<std::vector<CsvRecord>> Read(const std::string& name, const std::string& sheet) {
  StatusOr<std::string> bytes = ReadFile(kDir + name);
  EXPECT_TRUE(bytes.ok());
  return ReadXlsxRecords(*bytes, sheet, name);
}

TEST(XlsxSheetReaderTest, ReadsTheNamedSheetCellByCell) {
  StatusOr<std::vector<CsvRecord>> rows = Read("paper-forms.xlsx", "Paper forms");
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 4u);  // header and three forms; the empty row 4 is skipped
  EXPECT_EQ((*rows)[0].fields,
            (std::vector<std::string>{"Form ref", "Received", "What could be better?", "Hours"}));
  EXPECT_EQ((*rows)[1].fields,
            (std::vector<std::string>{"101", "2026-09-17",
                                      "A sitting service so I can get to my own appointments",
                                      "37.5"}));
  // Rich text runs joined, phonetic runs left out, a custom date-time format,
  // and a row padded to the header's width.
  EXPECT_EQ((*rows)[2].fields, (std::vector<std::string>{"102", "2026-09-18 18:00",
                                                         "Nobody told me anything", ""}));
  EXPECT_EQ((*rows)[3].fields,
            (std::vector<std::string>{"103", "", "respite & a break, \"please\"", "TRUE"}));
  EXPECT_EQ((*rows)[3].line, 6);  // the spreadsheet's own row number
  EXPECT_EQ((*rows)[3].raw, "103\t\trespite & a break, \"please\"\tTRUE");
}

TEST(XlsxSheetReaderTest, TheFirstSheetByDefault) {
  StatusOr<std::vector<CsvRecord>> rows = Read("paper-forms.xlsx", "");
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].fields[0], "Typed up by the carers team, October");
}

TEST(XlsxSheetReaderTest, BrokenWorkbooksGetClearMessages) {
  struct Case {
    const char* file;
    const char* sheet;
    const char* message;
  };
  const Case cases[] = {
      {"paper-forms.xlsx", "Forms", "paper-forms.xlsx: error: no sheet named \"Forms\" (sheets: "
                                    "\"Data entry notes\", \"Paper forms\")"},
      {"truncated.xlsx", "", "truncated.xlsx: error: not an XLSX workbook: "},
      {"not-a-zip.xlsx", "", "not-a-zip.xlsx: error: not an XLSX workbook: Not a zip archive"},
      {"bad-sheet-xml.xlsx", "Paper forms",
       "bad-sheet-xml.xlsx: error: xl/worksheets/sheet1.xml:"},
  };
  for (const Case& c : cases) {
    StatusOr<std::vector<CsvRecord>> rows = Read(c.file, c.sheet);
    ASSERT_FALSE(rows.ok()) << c.file;
    EXPECT_EQ(rows.status().message().rfind(c.message, 0), 0u)
        << c.file << ": " << rows.status().message();
  }
}

// Regression: row r="2147483647" overflowed the next row's number (UBSan,
// under fuzz/xlsx_fuzzer). A row number outside Excel's 1..1048576 counts on
// from the row before.
TEST(XlsxSheetReaderTest, RowNumbersOutsideExcelsRangeCountOn) {
  StatusOr<std::vector<CsvRecord>> rows = Read("row-number-overflow.xlsx", "Paper forms");
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 4u);
  const int lines[] = {1, 2, 3, 4};
  for (size_t i = 0; i < rows->size(); ++i) EXPECT_EQ((*rows)[i].line, lines[i]) << i;
  EXPECT_EQ((*rows)[3].fields, (std::vector<std::string>{"103"}));
}

// Regression: 200 rows with one value each in column XFD came to 3.3 million
// cells from 9 KB of XML, and a fuzzed sheet needed over 2 GB of memory.
TEST(XlsxSheetReaderTest, SheetsOfMostlyPaddingAreRefused) {
  StatusOr<std::vector<CsvRecord>> rows = Read("padded-wide-rows.xlsx", "Paper forms");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(),
            "padded-wide-rows.xlsx: error: xl/worksheets/sheet1.xml: more than 1048576 cells, "
            "counting the empty ones rows are padded with; a value far to the right of the "
            "table widens every row");
}

TEST(XlsxSheetReaderTest, ExcelDates) {
  EXPECT_EQ(ExcelDate(1), "1900-01-01");
  EXPECT_EQ(ExcelDate(59), "1900-02-28");
  EXPECT_EQ(ExcelDate(61), "1900-03-01");
  EXPECT_EQ(ExcelDate(46282), "2026-09-17");
  EXPECT_EQ(ExcelDate(46282.5), "2026-09-17 12:00");
  EXPECT_EQ(ExcelDate(1e20), "1e+20");  // regression: overflowed a signed integer
  EXPECT_EQ(ExcelDate(-3), "-3");
}

}  // namespace
}  // namespace heard
