#include "report/xlsx_export.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>

#include "analyse/summary.h"
#include "core/file_io.h"
#include "ingest/xlsx_sheet_reader.h"
#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

Codebook Book() {
  StatusOr<Codebook> book = ParseCodebook(R"(name: test book
version: "1"
themes:
  - id: breaks
    label: Breaks and respite
    terms: [respite]
  - id: breaks_children
    parent: breaks
    terms: [short breaks for children]
  - id: money
    label: Money
    terms: [money]
)", "t.yaml");
  EXPECT_TRUE(book.ok()) << book.status().message();
  return *book;
}

Manifest TwoQuestions() {
  Manifest manifest;
  manifest.name = "test";
  manifest.title = "Carers strategy 2026";
  manifest.questions = {{"better", "What could be better?"}, {"else", "Anything else?"}};
  SourceSpec survey;
  survey.file = "survey.csv";
  survey.channel = "survey";
  survey.attributes = {{kRespondentType, "Type"}};
  manifest.sources.push_back(survey);
  return manifest;
}

CodedResponse Coded(const std::string& id, const std::string& text, std::vector<int> themes) {
  CodedResponse coded;
  coded.response.id = coded.response.respondent = id;
  coded.response.source = "survey.csv";
  coded.response.location = Location{"survey.csv", static_cast<int>(id.size()) + 1, 0};
  coded.response.channel = "survey";
  coded.response.attributes.emplace_back(kRespondentType, "Adult carer");
  coded.response.answers.push_back({"better", text});
  AnswerCoding answer{"better", {}, {}};
  for (int theme : themes) {
    Coding coding;
    coding.theme = theme;
    coding.hits.push_back({0, 0, 1});
    answer.codings.push_back(coding);
  }
  coded.answers.push_back(answer);
  return coded;
}

class XlsxExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("heard-xlsx-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes the workbook for `responses` and returns the file's bytes.
  std::string Write(const std::vector<CodedResponse>& responses, XlsxSheetLimits limits = {}) {
    SummaryBuilder summary(book_);
    QuoteSelector quotes(book_);
    SourceSink& sink = ledger_.Open("survey.csv", "survey", "csv", [](Response) { return true; },
                                    "UTF-8");
    XlsxExport xlsx(Path(), dir_.string(), manifest_, book_, limits);
    EXPECT_TRUE(xlsx.status().ok()) << xlsx.status().message();
    for (const CodedResponse& coded : responses) {
      sink.Row(coded.response);
      if (coded.counted) summary.Add(coded);
      xlsx.Add(coded);
    }
    sink.Rejected({"survey.csv", 9, 0}, "row has 5 fields; the header has 4", "a,b,=c,d,e");
    sink.Finished(static_cast<int64_t>(responses.size()) + 1);
    const Summary s = summary.Finish();
    const std::vector<CopyGroup> copies;
    const ReportContext cx{manifest_, book_, s, quotes, ledger_, copies, "2026-10-01", "0.1.0"};
    Status done = xlsx.Finish(cx);
    EXPECT_TRUE(done.ok()) << done.message();
    StatusOr<std::string> bytes = ReadFile(Path());
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? *bytes : "";
  }

  std::vector<CsvRecord> Sheet(const std::string& bytes, const std::string& name) {
    StatusOr<std::vector<CsvRecord>> rows = ReadXlsxRecords(bytes, name, "responses.xlsx");
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    return rows.ok() ? *rows : std::vector<CsvRecord>{};
  }

  std::string Path() const { return (dir_ / "responses.xlsx").string(); }

  fs::path dir_;
  Codebook book_ = Book();
  Manifest manifest_ = TwoQuestions();
  Ledger ledger_;
};

// The text of one member of the workbook's ZIP, to look at the XML itself.
std::string Member(const std::string& path, const std::string& name) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) return "";
  std::string out;
  if (zip_file_t* file = zip_fopen(archive, name.c_str(), 0)) {
    char buffer[4096];
    zip_int64_t n;
    while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) out.append(buffer, n);
    zip_fclose(file);
  }
  zip_close(archive);
  return out;
}

TEST_F(XlsxExportTest, ResponsesSheetHasTheCsvColumnsAndKeepsFormulasAsText) {
  const std::string formula = "=HYPERLINK(\"http://example.com\",\"click\")";
  const std::string bytes = Write({Coded("R1", formula, {0}), Coded("R2", "money", {2})});
  const std::vector<CsvRecord> rows = Sheet(bytes, "Responses");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, ResponsesTable(manifest_, book_).header());
  EXPECT_EQ(rows[0].fields,
            (std::vector<std::string>{"response_id", "source", "line", "channel", "date",
                                      "copy_of", "counted", "respondent_type", "better", "else",
                                      "theme:breaks", "theme:breaks_children", "theme:money",
                                      "manual"}));
  EXPECT_EQ(rows[1].fields,
            (std::vector<std::string>{"R1", "survey.csv", "3", "survey", "", "", "1",
                                      "Adult carer", formula, "", "1", "0", "0", ""}));
  EXPECT_EQ(rows[2].fields[8], "money");
  EXPECT_EQ(rows[2].fields[12], "1");
  // Written as a string cell, not a formula: no <f> anywhere in the sheet.
  const std::string xml = Member(Path(), "xl/worksheets/sheet2.xml");
  ASSERT_NE(xml.find("HYPERLINK"), std::string::npos);
  EXPECT_EQ(xml.find("<f>"), std::string::npos);
}

// The deflate options of each member, from the ZIP's central directory:
// general-purpose flag bits 1-2 say the level a deflated member was written
// at (minizip sets both for level 1, neither for the default).
std::vector<int> DeflateOptions(const std::string& zip) {
  auto u16 = [&zip](size_t at) {
    return static_cast<unsigned char>(zip[at]) | static_cast<unsigned char>(zip[at + 1]) << 8;
  };
  auto u32 = [&](size_t at) { return static_cast<size_t>(u16(at)) | static_cast<size_t>(u16(at + 2)) << 16; };
  std::vector<int> options;
  const size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos || end + 22 > zip.size()) return options;
  size_t at = u32(end + 16);
  for (int n = u16(end + 10); n > 0 && at + 46 <= zip.size(); --n) {
    if (zip.compare(at, 4, std::string("PK\x01\x02", 4)) != 0) break;
    if (u16(at + 10) == 8) options.push_back(u16(at + 8) & 6);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return options;
}

TEST_F(XlsxExportTest, PartsAreDeflatedAtTheFastLevel) {
  ASSERT_EQ(kXlsxDeflateLevel, 1);
  const std::string bytes = Write({Coded("R1", "respite", {0}), Coded("R2", "money", {2})});
  const std::vector<int> options = DeflateOptions(bytes);
  ASSERT_GE(options.size(), 8u);  // content types, workbook, styles, five sheets...
  for (int option : options) EXPECT_EQ(option, 6);
  EXPECT_EQ(Sheet(bytes, "Responses")[2].fields[8], "money");  // and it still reads back
}

TEST_F(XlsxExportTest, LongAnswersAreTruncatedWithAMarker) {
  const std::string bytes = Write({Coded("R1", std::string(40000, 'x'), {})});
  const std::string cell = Sheet(bytes, "Responses")[1].fields[8];
  const std::string marker = " [truncated: 40000 characters in responses.csv]";
  EXPECT_EQ(cell.size(), 32767u);
  EXPECT_EQ(cell, std::string(32767 - marker.size(), 'x') + marker);
}

TEST_F(XlsxExportTest, ControlCharactersAreRemoved) {
  const std::string bytes = Write({Coded("R1", "a\x01" "b\x1f" "c\td\r\ne\rf", {})});
  EXPECT_EQ(Sheet(bytes, "Responses")[1].fields[8], "abc\td\ne\nf");
}

TEST_F(XlsxExportTest, CodingsSheetListsCountedResponsesAsCodingsCsvDoes) {
  CodedResponse manual = Coded("R2", "time off", {});
  Coding added;
  added.theme = 0;
  added.origin = Coding::Origin::kManual;
  added.note = "checked by hand";
  manual.answers[0].codings.push_back(added);
  CodedResponse repeat = Coded("R3", "respite", {0});
  repeat.copy_of = "R1";
  repeat.counted = false;
  const std::string bytes = Write({Coded("R1", "respite", {0}), manual, repeat});
  const std::vector<CsvRecord> codings = Sheet(bytes, "Codings");
  ASSERT_EQ(codings.size(), 3u);
  EXPECT_EQ(codings[0].fields, CodingsHeader());
  EXPECT_EQ(codings[1].fields, (std::vector<std::string>{"R1", "better", "breaks", "1",
                                                         "respite", "lexicon", ""}));
  EXPECT_EQ(codings[2].fields, (std::vector<std::string>{"R2", "better", "breaks", "0", "",
                                                         "manual", "checked by hand"}));
  const std::vector<CsvRecord> responses = Sheet(bytes, "Responses");
  ASSERT_EQ(responses.size(), 4u);
  EXPECT_EQ(responses[2].fields.back(), "+breaks");
  EXPECT_EQ(responses[3].fields[5], "R1");  // copy_of
  EXPECT_EQ(responses[3].fields[6], "0");   // not counted
}

TEST_F(XlsxExportTest, SummarySourcesAndRejects) {
  const std::string bytes =
      Write({Coded("R1", "respite", {0}), Coded("R2", "money", {2}), Coded("R3", "respite", {0}),
             Coded("R4", "nothing", {})});
  const std::vector<CsvRecord> summary = Sheet(bytes, "Summary");
  ASSERT_GE(summary.size(), 17u);
  EXPECT_EQ(summary[0].fields[0], "Consultation");
  EXPECT_EQ(summary[0].fields[1], "Carers strategy 2026");
  EXPECT_EQ(summary[2].fields[1], "2026-10-01");
  EXPECT_EQ(summary[4].fields[1], "test book");
  EXPECT_EQ(summary[7].fields[0], "Responses received");
  EXPECT_EQ(summary[7].fields[1], "4");
  EXPECT_EQ(summary[8].fields[1], "4");  // with free text
  const size_t header = summary.size() - 4;
  EXPECT_EQ(summary[header].fields, (std::vector<std::string>{"id", "label", "parent", "responses",
                                                              "respondents", "share", "hits"}));
  EXPECT_EQ(summary[header + 1].fields[0], "breaks");  // ranked: 2 responses
  EXPECT_EQ(summary[header + 1].fields[3], "2");
  EXPECT_DOUBLE_EQ(std::stod(summary[header + 1].fields[5]), 0.5);
  EXPECT_EQ(summary[header + 2].fields[0], "money");
  EXPECT_EQ(summary[header + 3].fields[2], "breaks");  // the sub-theme's parent
  const std::string styles = Member(Path(), "xl/styles.xml");
  EXPECT_NE(styles.find("numFmtId=\"9\""), std::string::npos) << "share formatted 0%";

  const std::vector<CsvRecord> sources = Sheet(bytes, "Sources");
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[1].fields, (std::vector<std::string>{"survey.csv", "survey", "csv", "UTF-8",
                                                         "5", "4", "0", "0", "1", ""}));
  const std::vector<CsvRecord> rejects = Sheet(bytes, "Rejects");
  ASSERT_EQ(rejects.size(), 2u);
  EXPECT_EQ(rejects[1].fields,
            (std::vector<std::string>{"survey.csv", "survey.csv", "9", "0",
                                      "row has 5 fields; the header has 4", "a,b,=c,d,e"}));
}

TEST_F(XlsxExportTest, HeaderIsFrozenAndFiltered) {
  Write({Coded("R1", "respite", {0}), Coded("R2", "money", {2})});
  const std::string xml = Member(Path(), "xl/worksheets/sheet2.xml");
  EXPECT_NE(xml.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(xml.find("<autoFilter ref=\"A1:N3\"/>"), std::string::npos) << xml.substr(0, 600);
  EXPECT_NE(xml.find("customWidth=\"1\""), std::string::npos);
}

TEST_F(XlsxExportTest, FullSheetsGoOnInTheNext) {
  std::vector<CodedResponse> responses;
  for (int i = 1; i <= 5; ++i) responses.push_back(Coded("R" + std::to_string(i), "respite", {0}));
  const std::string bytes = Write(responses, {3, int64_t{1} << 30});
  const std::vector<CsvRecord> first = Sheet(bytes, "Responses");
  const std::vector<CsvRecord> second = Sheet(bytes, "Responses (2)");
  const std::vector<CsvRecord> third = Sheet(bytes, "Responses (3)");
  ASSERT_EQ(first.size(), 3u);  // the header and two rows: three rows in all
  ASSERT_EQ(second.size(), 3u);
  ASSERT_EQ(third.size(), 2u);
  EXPECT_EQ(second[0].fields, first[0].fields);
  EXPECT_EQ(second[1].fields[0], "R3");
  EXPECT_EQ(third[1].fields[0], "R5");
  EXPECT_EQ(Sheet(bytes, "Codings (3)")[1].fields[0], "R5");
}

TEST_F(XlsxExportTest, ALargeSheetGoesOnInTheNextBeforeItsBytesOverflow) {
  const std::string bytes = Write({Coded("R1", std::string(3000, 'a'), {}),
                                   Coded("R2", std::string(3000, 'b'), {})},
                                  {1048576, 4000});
  EXPECT_EQ(Sheet(bytes, "Responses").size(), 2u);
  EXPECT_EQ(Sheet(bytes, "Responses (2)")[1].fields[0], "R2");
}

TEST_F(XlsxExportTest, AFolderThatIsNotThereIsAnOutputError) {
  XlsxExport xlsx((dir_ / "missing" / "responses.xlsx").string(), "", manifest_, book_);
  xlsx.Add(Coded("R1", "respite", {0}));
  SummaryBuilder builder(book_);
  const Summary s = builder.Finish();
  QuoteSelector quotes(book_);
  const std::vector<CopyGroup> copies;
  const ReportContext cx{manifest_, book_, s, quotes, ledger_, copies, "2026-10-01", "0.1.0"};
  const Status status = xlsx.Finish(cx);
  EXPECT_EQ(status.code(), Status::Code::kOutputError);
  EXPECT_EQ(status.message().rfind((dir_ / "missing" / "responses.xlsx").string() + ": error: ",
                                   0),
            0u)
      << status.message();
}

TEST(ExcelCellTextTest, CleansAndCaps) {
  struct Case {
    std::string text, expected;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"=SUM(A1:A9)", "=SUM(A1:A9)"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"bell\a, escape\x1b, tab\t, newline\n", "bell, escape, tab\t, newline\n"},
      {"crlf\r\nand cr\r", "crlf\nand cr\n"},
      {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
      {"non\xEF\xBF\xBF" "character", "noncharacter"},
      {"caf\xC3\xA9", "caf\xC3\xA9"},
  };
  for (const Case& c : cases) EXPECT_EQ(ExcelCellText(c.text, "responses.csv"), c.expected);
}

TEST(ExcelCellTextTest, CountsAsExcelDoesAndCutsBetweenCharacters) {
  // U+1F600 takes two UTF-16 units: 20,000 of them are 40,000 units.
  std::string emoji;
  for (int i = 0; i < 20000; ++i) emoji += "\xF0\x9F\x98\x80";
  const std::string cell = ExcelCellText(emoji, "codings.csv");
  const std::string marker = " [truncated: 20000 characters in codings.csv]";
  ASSERT_GT(cell.size(), marker.size());
  EXPECT_EQ(cell.substr(cell.size() - marker.size()), marker);
  const size_t kept = (cell.size() - marker.size()) / 4;
  EXPECT_EQ((cell.size() - marker.size()) % 4, 0u);  // whole characters only
  EXPECT_LE(kept * 2 + marker.size(), 32767u);
  EXPECT_GT(kept * 2 + marker.size(), 32765u);
  EXPECT_EQ(ExcelCellText(std::string(32767, 'y'), "x.csv").size(), 32767u);  // fits as it is
}

}  // namespace
}  // namespace heard
