// End-to-end: runs the real heard binary and checks what a user gets: exit
// codes, messages, and the counts in summary.json against a small fixture
// whose numbers were counted by hand (tests/testdata/e2e/small).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "e2e/heard_process.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kFixture = kSource + "/tests/testdata/e2e/small";

class RunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = fs::temp_directory_path() /
           ("heard-e2e-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(out_);
  }
  void TearDown() override {
    fs::remove_all(out_);
    fs::remove_all(out_.string() + "-2");
  }
  json Summary(const fs::path& dir) { return json::parse(Slurp(dir / "summary.json")); }

  Result RunFixture(const std::string& extra = "") {
    return Heard("run " + Quote(kFixture) + " --codebook " + Quote(kFixture + "/codebook.yaml") +
                 " --out " + Quote(out_.string()) + " " + extra);
  }

  fs::path out_;
};

int ThemeCount(const json& summary, const std::string& id) {
  for (const json& theme : summary["themes"]) {
    if (theme["id"] == id) return theme["responses"].get<int>();
  }
  ADD_FAILURE() << "no theme " << id;
  return -1;
}

TEST_F(RunTest, FixtureCountsMatchTheHandCount) {
  Result run = RunFixture();
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const json s = Summary(out_);
  EXPECT_EQ(s["responses"], 10);        // 7 survey rows + 3 notes points
  EXPECT_EQ(s["with_text"], 9);         // S4 is blank
  EXPECT_EQ(s["coded"], 7);             // S5 (excluded break) and one note match nothing
  EXPECT_EQ(s["uncoded"], 2);
  EXPECT_EQ(s["rejected"], 1);          // S7 has too many fields
  EXPECT_EQ(s["ledger_balances"], true);
  EXPECT_EQ(ThemeCount(s, "breaks"), 4);          // S1, S6, S8, "Respite is impossible"
  EXPECT_EQ(ThemeCount(s, "information"), 2);     // S2 (two answers, one response), GP note
  EXPECT_EQ(ThemeCount(s, "young_carers"), 2);    // S3, S8
  EXPECT_EQ(ThemeCount(s, "identification"), 1);  // S6
  EXPECT_EQ(s["channels"][0], json({{"name", "survey"}, {"responses", 7}, {"with_text", 6}}));
  EXPECT_EQ(s["channels"][1], json({{"name", "workshop"}, {"responses", 3}, {"with_text", 3}}));
  const json& survey = s["sources"][0];
  EXPECT_EQ(survey["read"], 8);
  EXPECT_EQ(survey["with_text"], 6);
  EXPECT_EQ(survey["blank"], 1);
  EXPECT_EQ(survey["rejected"], 1);
}

TEST_F(RunTest, WritesEveryOutput) {
  ASSERT_EQ(RunFixture().exit_code, 0);
  for (const char* name : {"index.html", "responses.html", "method.html", "codings.csv",
                           "responses.csv", "responses.xlsx", "summary.json", "rejects.csv",
                           "themes/breaks.html",
                           "themes/identification.html", "themes/information.html",
                           "themes/young_carers.html"}) {
    EXPECT_TRUE(fs::exists(out_ / name)) << name;
  }
  const std::string codings = Slurp(out_ / "codings.csv");
  EXPECT_EQ(codings.substr(0, codings.find('\r')), "response_id,question,theme,hits,terms,origin,note");
  EXPECT_NE(codings.find("S2,better,information,1,nobody told me,lexicon,\r\n"), std::string::npos);
  EXPECT_NE(codings.find("S2,else,information,1,leaflet*,lexicon,\r\n"), std::string::npos);
  const std::string rejects = Slurp(out_ / "rejects.csv");
  EXPECT_NE(rejects.find("row has 5 fields; the header has 4"), std::string::npos);
}

TEST_F(RunTest, OfficerOverridesAreAppliedMarkedAndCounted) {
  const Result before = RunFixture();
  ASSERT_EQ(before.exit_code, 0) << before.output;
  const int breaks = ThemeCount(Summary(out_), "breaks");
  const int information = ThemeCount(Summary(out_), "information");
  const fs::path csv = out_.string() + "-overrides.csv";
  std::ofstream(csv) << "response_id,question,theme,action,note\n"
                        "S3,better,breaks,add,time off school is a break here\n"
                        "S2,,information,remove,checked by hand\n"
                        "S99,,breaks,add,\n";
  const Result after = RunFixture("--overrides " + Quote(csv.string()));
  ASSERT_EQ(after.exit_code, 0) << after.output;
  EXPECT_EQ(ThemeCount(Summary(out_), "breaks"), breaks + 1);
  EXPECT_EQ(ThemeCount(Summary(out_), "information"), information - 1);
  EXPECT_NE(after.output.find("3 officer overrides"), std::string::npos) << after.output;
  EXPECT_NE(after.output.find(csv.string() + ":4: warning: override changed nothing: no "
                              "response 'S99'"),
            std::string::npos)
      << after.output;
  const std::string codings = Slurp(out_ / "codings.csv");
  EXPECT_NE(codings.find("S3,better,breaks,0,,manual,time off school is a break here\r\n"),
            std::string::npos)
      << codings;
  EXPECT_NE(codings.find("S2,else,information,0,leaflet*,removed,checked by hand\r\n"),
            std::string::npos)
      << codings;
  EXPECT_NE(Slurp(out_ / "responses.html").find("(added by hand)"), std::string::npos);
  EXPECT_NE(Slurp(out_ / "method.html").find("Officer overrides"), std::string::npos);
  fs::remove(csv);
}

TEST_F(RunTest, QuotePinsComeFirstAndDropsNeverShow) {
  const fs::path csv = out_.string() + "-quotes.csv";
  std::ofstream(csv) << "action,theme,response_id,text\n"
                        "pin,breaks,S6,\n"
                        "drop,,S8,\n"
                        "pin,breaks,S99,\n";
  const Result run = RunFixture("--quotes " + Quote(csv.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string page = Slurp(out_ / "themes/breaks.html");
  const size_t pinned = page.find("responses.html#r-S6\"");
  ASSERT_NE(pinned, std::string::npos) << page;
  EXPECT_EQ(page.find("responses.html#r-S8\""), std::string::npos) << "dropped";
  EXPECT_LT(pinned, page.find("responses.html#r-S1\"")) << "the pin comes first";
  EXPECT_NE(run.output.find(csv.string() + ":4: warning: quote pin matched no passage of "
                            "response 'S99'"),
            std::string::npos)
      << run.output;
  EXPECT_NE(Slurp(out_ / "method.html").find("<h2>Quote choices</h2>"), std::string::npos);
  fs::remove(csv);
}

TEST_F(RunTest, ResponsesAreSplitIntoPagesThatLinkToEachOther) {
  const fs::path csv = out_.string() + "-many.csv";
  {
    std::ofstream file(csv);
    file << "id,answer\n";
    for (int i = 1; i <= 2500; ++i) {
      file << "P" << i << "," << (i == 2345 ? "\"I need respite so badly, every single week.\""
                                             : "Nothing to add " + std::to_string(i))
           << "\n";
    }
  }
  const Result run = Heard("run " + Quote(csv.string()) + " --text-column answer --id-column id "
                           "--out " + Quote(out_.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string first = Slurp(out_ / "responses.html");
  const std::string second = Slurp(out_ / "responses-2.html");
  const std::string third = Slurp(out_ / "responses-3.html");
  EXPECT_FALSE(fs::exists(out_ / "responses-4.html"));
  auto count = [](const std::string& page) {
    size_t n = 0;
    for (size_t at = page.find("<article"); at != std::string::npos; at = page.find("<article", at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(first), 1000u);
  EXPECT_EQ(count(second), 1000u);
  EXPECT_EQ(count(third), 500u);
  EXPECT_NE(first.find("href=\"responses-2.html\">Next page"), std::string::npos);
  EXPECT_NE(second.find("href=\"responses.html\">Previous page"), std::string::npos);
  EXPECT_NE(third.find("href=\"responses-2.html\">Previous page"), std::string::npos);
  EXPECT_EQ(third.find("Next page"), std::string::npos);
  EXPECT_NE(third.find("id=\"r-P2345\""), std::string::npos);
  // The quote's link goes to the page that holds the response.
  EXPECT_NE(Slurp(out_ / "themes/breaks.html").find("../responses-3.html#r-P2345"),
            std::string::npos);
  fs::remove(csv);
}

TEST_F(RunTest, RejectsAreWarnedWithFileAndLine) {
  Result run = RunFixture();
  EXPECT_NE(run.output.find("tests/testdata/e2e/small/survey.csv:8: warning: record rejected: "
                            "row has 5 fields; the header has 4"),
            std::string::npos)
      << run.output;
}

TEST_F(RunTest, StrictTurnsRejectsIntoExitThree) {
  Result run = RunFixture("--strict");
  EXPECT_EQ(run.exit_code, 3) << run.output;
  EXPECT_NE(run.output.find("1 records rejected and --strict is set"), std::string::npos);
}

TEST_F(RunTest, SameInputsGiveByteIdenticalOutputs) {
  ASSERT_EQ(RunFixture().exit_code, 0);
  const fs::path second = out_.string() + "-2";
  Result again = Heard("run " + Quote(kFixture) + " --codebook " +
                       Quote(kFixture + "/codebook.yaml") + " --out " + Quote(second.string()));
  ASSERT_EQ(again.exit_code, 0);
  for (const char* name : {"index.html", "responses.html", "method.html", "codings.csv",
                           "responses.csv", "summary.json", "themes/breaks.html"}) {
    EXPECT_EQ(Slurp(out_ / name), Slurp(second / name)) << name;
  }
}

// Every file under `dir`, by its path relative to `dir`.
std::map<std::string, std::string> FolderFiles(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).string()] = Slurp(entry);
  }
  return files;
}

TEST_F(RunTest, EveryOutputIsTheSameWhateverTheNumberOfThreads) {
  // The sample's 543 responses make three batches of work.
  const fs::path second = out_.string() + "-2";
  ASSERT_EQ(Heard("run surveys/sample --jobs 1 --out " + Quote(out_.string())).exit_code, 0);
  ASSERT_EQ(Heard("run surveys/sample --jobs 3 --out " + Quote(second.string())).exit_code, 0);
  const auto one = FolderFiles(out_);
  const auto three = FolderFiles(second);
  ASSERT_GT(one.size(), 10u);
  ASSERT_EQ(one.size(), three.size());
  for (const auto& [name, bytes] : one) {
    ASSERT_TRUE(three.count(name)) << name;
    EXPECT_TRUE(bytes == three.at(name)) << name << " differs between --jobs 1 and --jobs 3";
  }
}

TEST_F(RunTest, WorkbookCanBeLeftOut) {
  ASSERT_EQ(RunFixture().exit_code, 0);
  EXPECT_TRUE(fs::exists(out_ / "responses.xlsx"));
  ASSERT_EQ(RunFixture("--xlsx no").exit_code, 0);
  EXPECT_FALSE(fs::exists(out_ / "responses.xlsx"));
  EXPECT_TRUE(fs::exists(out_ / "responses.csv"));
  const Result wrong = RunFixture("--xlsx maybe");
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.output.find("--xlsx takes auto, yes or no"), std::string::npos) << wrong.output;
  EXPECT_EQ(RunFixture("--jobs 0").exit_code, 2);
}

TEST_F(RunTest, CsvWithoutManifestCodesTheNamedColumn) {
  Result run = Heard("run " + Quote(kFixture + "/survey.csv") +
                     " --text-column 'What could be better?' --id-column id --codebook " +
                     Quote(kFixture + "/codebook.yaml") + " --out " + Quote(out_.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const json s = Summary(out_);
  EXPECT_EQ(s["with_text"], 6);  // S1-S3, S5, S6, S8; S4 is blank
  EXPECT_EQ(ThemeCount(s, "information"), 1);
}

TEST_F(RunTest, CsvWithoutTextColumnsDetectsThemAndSaysSo) {
  Result run = Heard("run " + Quote(kSource + "/surveys/sample/survey.csv") + " --out " +
                     Quote(out_.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("note: id column detected: \"Response ID\""), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("note: free-text columns detected: \"What matters most to you in "
                            "your caring role?\", \"What could be better?\""),
            std::string::npos)
      << run.output;
}

struct ExitCase {
  std::string args;
  int exit_code;
  std::string message;
};

TEST_F(RunTest, ExitCodesAndMessages) {
  const std::string book = Quote(kFixture + "/codebook.yaml");
  const fs::path workbook = fs::temp_directory_path() / ("heard-" + std::to_string(::getpid()) + ".docx");
  std::ofstream(workbook) << "not a zip at all";
  const ExitCase cases[] = {
      {"", 2, "Usage:"},
      {"frobnicate", 2, "heard: unknown command 'frobnicate'"},
      {"run", 2, "heard run: no input given"},
      {"run --nope x.csv", 2, "heard run: unrecognised option '--nope'"},
      {"run /no/such/file.csv", 3, "heard: /no/such/file.csv: error: no such file or folder"},
      {"run " + Quote(kFixture) + " --codebook /no/book.yaml", 3,
       "heard: /no/book.yaml: error: cannot read file (No such file or directory)"},
      {"run " + Quote(kFixture) + " --text-column x", 2,
       "--text-column, --id-column and --channel are for files without a manifest"},
      {"run " + Quote(kFixture) + " --codebook " + book + " --out /", 4,
       "heard: /: error: exists and is not a heard report"},
      {"run " + Quote(workbook.string()) + " --out " + Quote(out_.string()), 0,
       "warning: record rejected: not a DOCX document: "},
      {"--help", 0, "heard run INPUT..."},
      {"run --help", 0, "--text-column"},
  };
  for (const ExitCase& c : cases) {
    Result run = Heard(c.args);
    EXPECT_EQ(run.exit_code, c.exit_code) << c.args << "\n" << run.output;
    EXPECT_NE(run.output.find(c.message), std::string::npos) << c.args << "\n" << run.output;
  }
  fs::remove(workbook);
}

TEST_F(RunTest, BundledSampleRunsAndCountsEveryChannel) {
  Result run = Heard("run surveys/sample --out " + Quote(out_.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const json s = Summary(out_);
  EXPECT_EQ(s["ledger_balances"], true);
  EXPECT_EQ(s["rejected"], 0);
  std::map<std::string, int> channels;
  for (const json& c : s["channels"]) channels[c["name"]] = c["responses"];
  EXPECT_EQ(channels["survey"], 343);  // 345 rows, two identical repeats counted once
  EXPECT_EQ(s["repeats_not_counted"], 2);
  EXPECT_EQ(s["sources"][0]["read"], 345);
  EXPECT_EQ(channels["workshop"], 41);
  EXPECT_EQ(channels["young carers session"], 33);
  EXPECT_EQ(channels["parent carers forum"], 28);
  EXPECT_EQ(channels["telephone"], 11);
  EXPECT_EQ(channels["paper form"], 26);      // XLSX
  EXPECT_EQ(channels["event"], 24);           // Windows-1252 CSV
  EXPECT_EQ(channels["focus group"], 24);     // DOCX
  EXPECT_EQ(channels["email"], 9);
  EXPECT_EQ(channels["letter"], 4);
  for (const char* id : {"identification", "breaks", "information", "young_carers"}) {
    EXPECT_GT(ThemeCount(s, id), 0) << id;
  }
  // The planted repeats (R0077/R0078, R0214/R0215) and the carers' centre campaign.
  std::vector<std::string> kinds;
  for (const json& group : s["copy_groups"]) kinds.push_back(group["kind"].get<std::string>() + ":" + group["first"].get<std::string>());
  EXPECT_EQ(kinds, (std::vector<std::string>{"identical:R0077", "campaign:R0020", "identical:R0214"}));
}

}  // namespace

namespace {

TEST(GuessedManifestTest, IsPrintedSavedAndRunsAsIs) {
  const fs::path out = fs::temp_directory_path() / ("heard-guess-" + std::to_string(::getpid()));
  const fs::path data = out.string() + "-data";
  fs::remove_all(out);
  fs::remove_all(data);
  fs::create_directories(data);
  fs::copy_file(kSource + "/surveys/sample/survey.csv", data / "survey.csv");
  Result run = Heard("run " + Quote((data / "survey.csv").string()) + " --out " + Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("note: respondent type column detected: \"Which best describes you?\""),
            std::string::npos);
  EXPECT_NE(run.output.find("What heard guessed, as a manifest"), std::string::npos);
  // Saved beside the data as consultation.yaml, the guess runs as a manifest.
  fs::copy_file(out / "suggested-consultation.yaml", data / "consultation.yaml");
  Result again = Heard("run " + Quote(data.string()) + " --out " + Quote(out.string() + "-2"));
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(json::parse(Slurp(out / "summary.json"))["with_text"],
            json::parse(Slurp(out.string() + "-2/summary.json"))["with_text"]);
  fs::remove_all(out);
  fs::remove_all(out.string() + "-2");
  fs::remove_all(data);
}

}  // namespace

namespace {

// Every kind of broken file at once: the run goes on, each problem has a
// message with its place, nothing is lost, and --strict turns it into exit 3.
class MessyInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("heard-messy-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::copy(kSource + "/tests/testdata/ingest/messy", dir_);
    for (const char* workbook : {"paper-forms.xlsx", "truncated.xlsx"}) {
      fs::copy_file(kSource + "/tests/testdata/ingest/xlsx/" + workbook, dir_ / workbook);
    }
    // A 5 MB single field, written here rather than kept in the repository.
    std::ofstream huge(dir_ / "huge.csv", std::ios::binary);
    huge << "id,comment\nH1,\"" << std::string(5 << 20, 'x') << " respite\"\nH2,short one\n";
  }
  void TearDown() override {
    fs::remove_all(dir_);
    fs::remove_all(dir_.string() + "-out");
  }
  fs::path dir_;
};

TEST_F(MessyInputTest, RunGoesOnAndAccountsForEveryRecord) {
  const std::string out = dir_.string() + "-out";
  Result run = Heard("run " + Quote(dir_.string()) + " --out " + Quote(out));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string d = dir_.string();
  for (const std::string& expected : {
           d + "/nul.csv:3: warning: record rejected: NUL byte in column \"comment\"",
           d + "/bad-utf8.csv:3: warning: record rejected: invalid UTF-8 at byte 5 of column "
               "\"comment\"",
           d + "/ragged.csv:2: warning: record rejected: row has 5 fields; the header has 3",
           d + "/ragged.csv:4: warning: record rejected: row has 2 fields; the header has 3",
           d + "/unclosed.csv:2:2: warning: record rejected: quoted field opened on line 2 is "
               "never closed",
           d + "/truncated.xlsx: warning: record rejected: not an XLSX workbook: "}) {
    EXPECT_NE(run.output.find(expected), std::string::npos) << expected << "\n" << run.output;
  }
  const json s = json::parse(Slurp(fs::path(out) / "summary.json"));
  EXPECT_TRUE(s["ledger_balances"].get<bool>());
  std::map<std::string, json> sources;
  for (const json& source : s["sources"]) sources[source["source"]] = source;
  EXPECT_EQ(sources["empty.csv"]["read"], 0);
  EXPECT_EQ(sources["header-only.csv"]["read"], 0);
  EXPECT_EQ(sources["excel-1252.csv"]["encoding"], "windows-1252 (detected)");
  EXPECT_EQ(sources["excel-1252.csv"]["with_text"], 2);
  EXPECT_EQ(sources["unicode-text.txt.csv"]["encoding"], "UTF-16LE");
  EXPECT_EQ(sources["unicode-text.txt.csv"]["with_text"], 2);
  EXPECT_EQ(sources["huge.csv"]["with_text"], 2);
  EXPECT_EQ(sources["unclosed.csv"]["read"], 3);  // Q1 rejected, Q2 and Q3 read after it
  EXPECT_EQ(sources["unclosed.csv"]["with_text"], 2);
  EXPECT_EQ(sources["paper-forms.xlsx"]["with_text"], 3);
  EXPECT_EQ(sources["truncated.xlsx"]["rejected"], 1);
  const std::string responses = Slurp(fs::path(out) / "responses.csv");
  EXPECT_NE(responses.find("\xE2\x80\x9CI can\xE2\x80\x99t get a break\xE2\x80\x9D \xC2\xA3" "5"),
            std::string::npos);  // Windows-1252 curly quotes and pound sign survive
}

TEST_F(MessyInputTest, StrictStopsWithExitThree) {
  Result run = Heard("run " + Quote(dir_.string()) + " --strict --out " +
                     Quote(dir_.string() + "-out"));
  EXPECT_EQ(run.exit_code, 3) << run.output;
}

}  // namespace
