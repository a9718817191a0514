#include "lexicon/term_pattern.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstring>

namespace heard {
namespace {

struct Case {
  const char* term;
  const char* text;  // already normalised
  bool matches;
};

bool Matches(const char* term_text, const char* text) {
  Term term{term_text, ClassifyTerm(term_text)};
  StatusOr<std::string> body = TermBody(term);
  EXPECT_TRUE(body.ok()) << term_text;
  RE2 re(BoundedAlternation({*body}, true));
  EXPECT_TRUE(re.ok()) << re.error();
  return RE2::PartialMatch(text, re);
}

TEST(TermPatternTest, WordsPhrasesAndWildcards) {
  const Case cases[] = {
      {"break", "i need a break", true},
      {"break", "breakfast club", false},
      {"break", "a breakdown", false},
      {"break", "break.", true},
      {"short break", "short-break", true},
      {"short break", "short  -  break", true},
      {"short break", "shortbreak", false},
      {"respite*", "respite", true},
      {"respite*", "respites", true},
      {"respite*", "no respit", false},
      {"*sitting", "a sitting service", true},
      {"*sitting", "babysitting", true},
      {"carer", "carer's allowance", true},   // ' is a boundary
      {"Carer’s Allowance", "carer's allowance", true},
      {"cafe", "cafe", true},
      {"café", "cafe", true},                 // terms are normalised too
      {"gp", "gps", false},
      {"g.p.", "the g.p. said", true},
      {"cafe", "cafeteria", false},
      {"diolch", "diolch yn fawr", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Matches(c.term, c.text), c.matches) << c.term << " in " << c.text;
  }
}

TEST(TermPatternTest, ClassifiesTerms) {
  EXPECT_EQ(ClassifyTerm("respite"), Term::Kind::kWord);
  EXPECT_EQ(ClassifyTerm("short break"), Term::Kind::kPhrase);
  EXPECT_EQ(ClassifyTerm("day-centre"), Term::Kind::kPhrase);
  EXPECT_EQ(ClassifyTerm("carer*"), Term::Kind::kWildcard);
}

TEST(TermPatternTest, RejectsEmptyAndStarOnlyTerms) {
  EXPECT_EQ(TermBody({"", Term::Kind::kWord}).status().message(), "empty term");
  EXPECT_EQ(TermBody({"*", Term::Kind::kWildcard}).status().message(),
            "a term cannot be only '*': '*'");
  EXPECT_EQ(TermBody({"short *", Term::Kind::kWildcard}).status().message(),
            "a term cannot be only '*': 'short *'");
}

TEST(TermPatternTest, RegexTermsAreCheckedByRe2) {
  EXPECT_TRUE(TermBody({"not (seen|treated) as a carer", Term::Kind::kRegex}).ok());
  Status bad = TermBody({"(unclosed", Term::Kind::kRegex}).status();
  EXPECT_EQ(bad.message(), "invalid regular expression: missing ): (unclosed (at '(unclosed')");
}

// The loose alternation matches wherever the bounded one does, with the same
// span, and beside a letter outside ASCII where the bounded one does not.
TEST(TermPatternTest, LooseBoundariesMatchASupersetWithTheSameSpans) {
  const std::vector<std::string> bodies = {"short breaks?", "(?:a|some) sitters?"};
  RE2 bounded(BoundedAlternation(bodies, false));
  RE2 loose(LooselyBoundedAlternation(bodies));
  ASSERT_TRUE(bounded.ok() && loose.ok());
  for (const char* text : {"a short break.", "short breaks", "we need a sitter", "(some sitters)",
                           "shortbreak", "a short breakfast"}) {
    re2::StringPiece b, l;
    const bool in_bounded = bounded.Match(text, 0, strlen(text), RE2::UNANCHORED, &b, 1);
    const bool in_loose = loose.Match(text, 0, strlen(text), RE2::UNANCHORED, &l, 1);
    EXPECT_EQ(in_bounded, in_loose) << text;
    if (in_bounded && in_loose) {
      EXPECT_EQ(b, l) << text;
    }
  }
  const char* beside = "\u0436short break";  // Cyrillic zhe, kept by normalising
  EXPECT_FALSE(RE2::PartialMatch(beside, bounded));
  EXPECT_TRUE(RE2::PartialMatch(beside, loose));
}

}  // namespace
}  // namespace heard
