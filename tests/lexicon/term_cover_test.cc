#include "lexicon/term_cover.h"

#include <gtest/gtest.h>

#include "lexicon/term_pattern.h"

namespace heard {
namespace {

Term Make(const char* text, Term::Kind kind) {
  Term term;
  term.text = text;
  term.kind = kind;
  return term;
}

Term Plain(const char* text) { return Make(text, ClassifyTerm(text)); }
Term Regex(const char* text) { return Make(text, Term::Kind::kRegex); }

TEST(TermCoverTest, LiteralTextJoinsNormalisedWordsWithSingleSpaces) {
  EXPECT_EQ(LiteralText(Plain("Short-Break")), "short break");
  EXPECT_EQ(LiteralText(Plain("short  -  break")), "short break");
  EXPECT_EQ(LiteralText(Plain("Carer’s")), "carer's");
  EXPECT_EQ(LiteralText(Plain("carer*")), "");
  EXPECT_EQ(LiteralText(Regex("carer")), "");
}

TEST(TermCoverTest, DecidesCoverExactly) {
  const struct {
    Term wide;
    Term narrow;
    bool covers;
  } cases[] = {
      {Plain("carer*"), Plain("carer"), true},
      {Plain("carer*"), Plain("carers"), true},
      {Plain("carer*"), Plain("carer's"), false},   // * never crosses an apostrophe
      {Plain("carer* card"), Plain("carers card"), true},
      {Plain("carer* card"), Plain("carers-card"), true},  // the same phrase
      {Plain("carer*"), Plain("carers card"), false},      // one word against two
      {Plain("*sitting"), Plain("babysitting"), true},
      {Plain("respit*"), Plain("respite care"), false},
      {Plain("carer"), Plain("carer*"), false},      // a wildcard is never the narrow one
      {Regex("resp[a-z]+"), Plain("respite"), true},
      {Regex("carers?"), Plain("Carers"), true},
      {Regex("resp[a-z]+"), Plain("res"), false},
      // A regex is only tried on single words: a phrase also stands for
      // its hyphenated and spaced-out forms, which this one misses.
      {Regex("short breaks?"), Plain("short break"), false},
      // An assertion depends on the text around the hit: not decided.
      {Regex("^respite"), Plain("respite"), false},
      {Regex("\\brespite"), Plain("respite"), false},
      {Regex("[^a-z]?respite"), Plain("respite"), true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(TermCover(c.wide).Covers(c.narrow), c.covers)
        << c.wide.text << " over " << c.narrow.text;
  }
}

}  // namespace
}  // namespace heard
