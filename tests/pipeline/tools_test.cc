// The codebook keepers' tools (`heard codebook check`, `kwic`, `suggest`)
// run through their pipeline functions on the small end-to-end fixture,
// with their printed output pinned.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/file_io.h"
#include "pipeline/codebook_check_run.h"
#include "pipeline/kwic.h"
#include "pipeline/session.h"
#include "pipeline/suggest.h"

namespace heard {
namespace {

const std::string kSmall = std::string(HEARD_TESTDATA) + "/e2e/small";
const std::string kSmallBook = kSmall + "/codebook.yaml";

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(CodebookCheckRunTest, ACleanCodebookExitsZero) {
  std::ostringstream out, err;
  EXPECT_EQ(CheckCodebookAt(kSmallBook, out, err), kExitOk);
  EXPECT_EQ(out.str(), kSmallBook + ": 4 themes, 11 terms, 1 exclusion: 0 warnings, 0 notes\n");
  EXPECT_EQ(err.str(), "");
}

TEST(CodebookCheckRunTest, WarningsExitOneAndNotesAloneZero) {
  const std::string path = WriteTemp("heard_tools_check_warn.yaml",
                                     "name: t\nversion: \"1\"\nthemes:\n"
                                     "  - id: a\n    terms: [carer, carer*]\n"
                                     "  - id: b\n    terms: [carer]\n");
  std::ostringstream out, err;
  EXPECT_EQ(CheckCodebookAt(path, out, err), kExitWarnings);
  EXPECT_EQ(out.str(),
            path + ":5:13: warning: term 'carer' in theme 'a' is covered by 'carer*' at line "
                   "5: everything it matches, that one matches too, so it adds no hit\n" +
                path + ":7:13: note: term 'carer' of theme 'b' is also in theme 'a' ('carer' "
                       "at line 5): an answer with it counts for both, which may be intended\n" +
                path + ": 2 themes, 3 terms, 0 exclusions: 1 warning, 1 note\n");

  const std::string noted = WriteTemp("heard_tools_check_note.yaml",
                                      "name: t\nversion: \"1\"\nthemes:\n"
                                      "  - id: a\n    terms: [carer]\n"
                                      "  - id: b\n    terms: [carer]\n");
  std::ostringstream out2;
  EXPECT_EQ(CheckCodebookAt(noted, out2, err), kExitOk);
}

TEST(CodebookCheckRunTest, ACodebookThatDoesNotLoadExitsThree) {
  const std::string path = WriteTemp("heard_tools_check_bad.yaml", "themes:\n  - id: a\n    term: [x]\n");
  std::ostringstream out, err;
  EXPECT_EQ(CheckCodebookAt(path, out, err), kExitInput);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(err.str(), "heard: " + path +
                           ":3:5: error: unknown key 'term' in theme (expected one of: "
                           "description, exclude, id, label, parent, terms)\n");
}

KwicOptions SmallKwic() {
  KwicOptions options;
  options.input.inputs = {kSmall};
  options.codebook_path = kSmallBook;
  options.width = 20;
  return options;
}

TEST(KwicRunTest, ATermShowsEveryHitInContext) {
  KwicOptions options = SmallKwic();
  options.term = "respit*";
  std::ostringstream out, err;
  EXPECT_EQ(Kwic(options, out, err), kExitOk);
  EXPECT_EQ(out.str(),
            "S1                        I need | respite | , badly.\n"
            "S6          arer for years. Then | respite | .\n"
            "notes.md:6                       | Respite | is impossible to fin\n"
            "3 hits in 3 responses of 10 read\n");
}

TEST(KwicRunTest, AThemeNamesTermsAndMarksExcludedHits) {
  KwicOptions options = SmallKwic();
  options.theme = "breaks";
  std::ostringstream out, err;
  EXPECT_EQ(Kwic(options, out, err), kExitOk);
  EXPECT_EQ(out.str(),
            "S1          respite                I need | respite | , badly.\n"
            "S5          break                 I had a | break | in my wrist  (excluded)\n"
            "S6          respite  arer for years. Then | respite | .\n"
            "S8          break    is great, gives me a | break |\n"
            "notes.md:6  respite                       | Respite | is impossible to fin\n"
            "5 hits (1 excluded) in 5 responses of 10 read\n");
}

TEST(KwicRunTest, BadTermsAndThemesAreUsageErrors) {
  KwicOptions options = SmallKwic();
  options.term = "re:(?:a )?";
  std::ostringstream out, err;
  EXPECT_EQ(Kwic(options, out, err), kExitUsage);
  options.term.clear();
  options.theme = "nope";
  EXPECT_EQ(Kwic(options, out, err), kExitUsage);
  EXPECT_EQ(out.str(), "");
}

TEST(SuggestRunTest, ListsUncodedCandidatesAndKeyTermsPerTheme) {
  SuggestOptions options;
  options.input.inputs = {kSmall};
  options.codebook_path = kSmallBook;
  options.csv_path = ::testing::TempDir() + "heard_tools_suggest.csv";
  std::ostringstream out, err;
  EXPECT_EQ(Suggest(options, out, err), kExitOk);
  const std::string printed = out.str();
  EXPECT_NE(printed.find("9 responses with text (10 answers); no theme coded 2 answers, in 2 "
                         "responses.\n"),
            std::string::npos)
      << printed;
  EXPECT_NE(printed.find("\nbreaks: Breaks and respite (4 responses)\n"
                         "        G2   here  elsewhere  word or phrase  in theme\n"
                         "       4.3      3          0  respite         yes\n"),
            std::string::npos)
      << printed;
  EXPECT_NE(printed.find("\nidentification: Carer identification (1 response)\n"
                         "  (nothing over-represented, seen 3 times or more)\n"),
            std::string::npos)
      << printed;
  StatusOr<std::string> csv = ReadFile(options.csv_path);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(*csv,
            "list,theme,candidate,responses,here,elsewhere,g2,in_theme\r\n"
            "key,breaks,respite,,3,0,4.3,yes\r\n");
}

}  // namespace
}  // namespace heard
