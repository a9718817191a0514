#include "pipeline/xlsx_stream.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <optional>

#include "analyse/quote_selector.h"
#include "analyse/summary.h"
#include "core/file_io.h"
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
  - id: money
    label: Money
    terms: [money]
)", "t.yaml");
  EXPECT_TRUE(book.ok()) << book.status().message();
  return *book;
}

Manifest OneQuestion() {
  Manifest manifest;
  manifest.name = "test";
  manifest.questions = {{"better", "What could be better?"}};
  SourceSpec survey;
  survey.file = "survey.csv";
  survey.channel = "survey";
  manifest.sources.push_back(survey);
  return manifest;
}

// Response `i`: coded to breaks, to money on every third, not counted on every fifth.
CodedResponse Coded(int i) {
  CodedResponse coded;
  coded.response.id = coded.response.respondent = "R" + std::to_string(i);
  coded.response.source = "survey.csv";
  coded.response.location = Location{"survey.csv", i + 2, 0};
  coded.response.channel = "survey";
  coded.response.answers.push_back({"better", "more respite and money, " + std::to_string(i)});
  AnswerCoding answer{"better", {}, {}};
  for (int theme : {0, 1}) {
    if (theme == 1 && i % 3 != 0) continue;
    Coding coding;
    coding.theme = theme;
    coding.hits.push_back({0, 5, 12});
    answer.codings.push_back(coding);
  }
  coded.answers.push_back(answer);
  coded.counted = i % 5 != 0;
  return coded;
}

class XlsxStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("heard-xlsx-stream-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The bytes of a workbook of `n` responses, written by XlsxExport::Add on
  // this thread or, when `streamed`, through XlsxStream.
  std::string Write(int n, bool streamed) {
    const std::string path = (dir_ / (streamed ? "streamed.xlsx" : "direct.xlsx")).string();
    SummaryBuilder summary(book_);
    QuoteSelector quotes(book_);
    Ledger ledger;
    ledger.Open("survey.csv", "survey", "csv", [](Response) { return true; }, "UTF-8")
        .Finished(n);
    const ResponsesTable table(manifest_, book_);
    std::optional<XlsxExport> direct;
    std::optional<XlsxStream> stream;
    if (streamed) {
      stream.emplace(path, dir_.string(), manifest_, book_);
    } else {
      direct.emplace(path, dir_.string(), manifest_, book_);
    }
    for (int i = 0; i < n; ++i) {
      const CodedResponse coded = Coded(i);
      if (coded.counted) summary.Add(coded);
      if (streamed) {
        stream->Add(table.Row(coded), coded.counted ? CodingsRows(book_, coded)
                                                    : std::vector<std::vector<std::string>>{});
      } else {
        direct->Add(coded);
      }
    }
    const Summary s = summary.Finish();
    const std::vector<CopyGroup> copies;
    const ReportContext cx{manifest_, book_, s, quotes, ledger, copies, "2026-10-01", "0.1.0"};
    const Status done = streamed ? stream->Finish(cx) : direct->Finish(cx);
    EXPECT_TRUE(done.ok()) << done.message();
    StatusOr<std::string> bytes = ReadFile(path);
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? *bytes : "";
  }

  fs::path dir_;
  Codebook book_ = Book();
  Manifest manifest_ = OneQuestion();
};

TEST_F(XlsxStreamTest, WritesTheSameWorkbookAsWritingOnTheCallingThread) {
  for (int n : {0, 1, 63, 64, 65, 1000}) {
    const std::string direct = Write(n, false);
    const std::string streamed = Write(n, true);
    ASSERT_FALSE(direct.empty());
    EXPECT_TRUE(direct == streamed) << n << " responses";
  }
}

TEST_F(XlsxStreamTest, DestroyedUnfinishedLeavesNoWorkbook) {
  const std::string path = (dir_ / "dropped.xlsx").string();
  {
    XlsxStream stream(path, dir_.string(), manifest_, book_);
    ASSERT_TRUE(stream.status().ok());
    const ResponsesTable table(manifest_, book_);
    for (int i = 0; i < 200; ++i) stream.Add(table.Row(Coded(i)), {});
  }
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace heard
