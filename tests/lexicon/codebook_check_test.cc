#include "lexicon/codebook_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

// The findings for a codebook whose themes are `themes` (YAML text).
std::vector<std::string> Findings(const std::string& themes) {
  StatusOr<Codebook> book =
      ParseCodebook("name: t\nversion: \"1\"\nthemes:\n" + themes, "b.yaml");
  EXPECT_TRUE(book.ok()) << book.status().message();
  if (!book.ok()) return {};
  std::vector<std::string> lines;
  for (const CodebookFinding& finding : CheckCodebook(*book)) {
    lines.push_back(finding.ToString());
  }
  return lines;
}

TEST(CodebookCheckTest, ACleanCodebookHasNoFindings) {
  EXPECT_TRUE(Findings("  - id: breaks\n"
                       "    terms: [respite, short break, short breaks, break, {re: \"day off\"}]\n"
                       "    exclude: [lunch break, \"break in my wrist\"]\n"
                       "  - id: parent\n"
                       "  - id: child\n"
                       "    parent: parent\n"
                       "    terms: [holiday club*]\n")
                  .empty());
}

TEST(CodebookCheckTest, DuplicatesAreTheSameTermOnceNormalised) {
  EXPECT_EQ(Findings("  - id: breaks\n"
                     "    terms:\n"
                     "      - respite\n"
                     "      - short break\n"
                     "      - respite\n"
                     "      - Short-Break\n"
                     "    exclude: [lunch break, lunch  break]\n"),
            (std::vector<std::string>{
                "b.yaml:8:9: warning: duplicate term 'respite' in theme 'breaks': already at "
                "line 6",
                "b.yaml:9:9: warning: duplicate term 'Short-Break' in theme 'breaks': the same "
                "as 'short break' at line 7 once normalised",
                "b.yaml:10:28: warning: duplicate exclusion 'lunch  break' in theme 'breaks': "
                "the same as 'lunch break' at line 10 once normalised",
            }));
}

TEST(CodebookCheckTest, TermsAWildcardOrRegexCoversAreRedundant) {
  EXPECT_EQ(Findings("  - id: carers\n"
                     "    terms:\n"
                     "      - carer\n"
                     "      - carer*\n"
                     "      - carers card\n"
                     "      - carer* card\n"
                     "      - carer's card\n"
                     "      - re: \"respite|respites\"\n"
                     "      - respites\n"
                     "      - short break\n"
                     "      - re: \"short breaks?\"\n"),
            (std::vector<std::string>{
                "b.yaml:6:9: warning: term 'carer' in theme 'carers' is covered by 'carer*' at "
                "line 7: everything it matches, that one matches too, so it adds no hit",
                "b.yaml:8:9: warning: term 'carers card' in theme 'carers' is covered by "
                "'carer* card' at line 9: everything it matches, that one matches too, so it "
                "adds no hit",
                "b.yaml:12:9: warning: term 'respites' in theme 'carers' is covered by "
                "'re:respite|respites' at line 11: everything it matches, that one matches "
                "too, so it adds no hit",
            }));
  // Not flagged: "carer's card" (* stops at the apostrophe) and "short break",
  // which also matches "short - break" where the regex does not.
}

TEST(CodebookCheckTest, CoverIsOnlyWithinOneTheme) {
  EXPECT_EQ(Findings("  - id: a\n    terms: [carer]\n  - id: b\n    terms: [carer*]\n"),
            std::vector<std::string>{});
}

TEST(CodebookCheckTest, RegexesThatCanNeverMatchOrMatchNothing) {
  EXPECT_EQ(
      Findings("  - id: money\n"
               "    terms:\n"
               "      - re: \"Carer’s allowance\"\n"
               "      - re: \"(?i)Carer's grant\"\n"
               "      - re: \"[A-Z]x|blue badge\"\n"
               "      - re: \"(?:a |an )?\"\n"
               "    exclude:\n"
               "      - re: \"café\"\n"),
      (std::vector<std::string>{
          "b.yaml:6:9: warning: regex term 're:Carer’s allowance' in theme 'money' has "
          "characters normalised answers never contain: C ’ (they read c '); that part of "
          "the pattern can never match",
          "b.yaml:9:9: warning: regex term 're:(?:a |an )?' in theme 'money' can match the "
          "empty string, which gives zero-length hits; make some part of it required",
          "b.yaml:11:9: warning: regex exclusion 're:café' in theme 'money' has characters "
          "normalised answers never contain: é (they read e); that part of the pattern can "
          "never match",
      }));
}

TEST(CodebookCheckTest, ThemesThatCanNeverCode) {
  EXPECT_EQ(Findings("  - id: lonely\n    label: No terms\n"
                     "  - id: parent\n  - id: child\n    parent: parent\n    terms: [x]\n"),
            std::vector<std::string>{"b.yaml:4:5: warning: theme 'lonely' has no terms and no "
                                     "sub-themes, so it never codes an answer"});
}

TEST(CodebookCheckTest, ATermInTwoThemesIsANote) {
  const std::vector<std::string> findings =
      Findings("  - id: breaks\n    terms: [respite, respite care]\n"
               "  - id: residential\n    terms: [care home, Respite, respite]\n");
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0],
            "b.yaml:7:24: note: term 'Respite' of theme 'residential' is also in theme "
            "'breaks' ('respite' at line 5): an answer with it counts for both, which may be "
            "intended");
  EXPECT_EQ(findings[1],
            "b.yaml:7:33: warning: duplicate term 'respite' in theme 'residential': the same "
            "as 'Respite' at line 7 once normalised");
}

TEST(CodebookCheckTest, LongRegexesAreCutInMessages) {
  Term term;
  term.kind = Term::Kind::kRegex;
  term.text = std::string(70, 'a') + "é";
  EXPECT_EQ(QuotedTerm(term), "'re:" + std::string(57, 'a') + "...'");
  term.kind = Term::Kind::kWildcard;
  term.text = "respit*";
  EXPECT_EQ(QuotedTerm(term), "'respit*'");
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST(CodebookCheckEndTest, ARegexThatMustEndInASpaceIsAWarning) {
  const std::vector<std::string> findings =
      Findings("  - id: info\n"
               "    terms:\n"
               "      - re: \"no idea there was (?:a |an |any )\"\n"
               "      - re: \"heard of (?:a |an )?\"\n"
               "      - re: \"told me about (?:a|the) \"\n"
               "      - re: \"(?:a |an )?leaflet\"\n");
  ASSERT_EQ(findings.size(), 3u) << ::testing::PrintToString(findings);
  EXPECT_NE(findings[0].find("b.yaml:6:9: warning: regex term"), std::string::npos) << findings[0];
  EXPECT_NE(findings[0].find("must end in a space"), std::string::npos);
}

}  // namespace
}  // namespace heard
