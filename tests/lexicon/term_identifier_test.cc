#include "lexicon/term_identifier.h"

#include <gtest/gtest.h>

#include "lexicon/term_pattern.h"

namespace heard {
namespace {

Term Make(const std::string& text, Term::Kind kind) {
  Term term;
  term.text = text;
  term.kind = kind;
  return term;
}

TermIdentifier Identifier(const std::vector<Term>& terms) {
  std::vector<std::string> bodies;
  for (const Term& term : terms) bodies.push_back(*TermBody(term));
  return TermIdentifier(terms, bodies);
}

TEST(TermIdentifierTest, NamesWordsPhrasesWildcardsAndRegexes) {
  const std::vector<Term> terms = {
      Make("respite", Term::Kind::kWord),
      Make("young carer", Term::Kind::kPhrase),
      Make("carer*", Term::Kind::kWildcard),
      Make("sit(ting)? with (him|her)", Term::Kind::kRegex),
  };
  const TermIdentifier identify = Identifier(terms);
  EXPECT_EQ(identify.Identify("respite"), 0);
  EXPECT_EQ(identify.Identify("young carer"), 1);
  EXPECT_EQ(identify.Identify("young-carer"), 1);     // a hyphen joins words too
  EXPECT_EQ(identify.Identify("young - - carer"), 1);  // as does any run of them
  EXPECT_EQ(identify.Identify("carers"), 2);
  EXPECT_EQ(identify.Identify("sitting with her"), 3);
  EXPECT_EQ(identify.Identify("respites"), -1);
  EXPECT_EQ(identify.Identify(" respite"), -1);  // boundaries are not words
  EXPECT_EQ(identify.Identify("young"), -1);
}

TEST(TermIdentifierTest, TheFirstTermInCodebookOrderWins) {
  const std::vector<Term> terms = {
      Make("break*", Term::Kind::kWildcard),
      Make("breaks", Term::Kind::kWord),
      Make("short break(s)?", Term::Kind::kRegex),
      Make("short breaks", Term::Kind::kPhrase),
  };
  const TermIdentifier identify = Identifier(terms);
  EXPECT_EQ(identify.Identify("breaks"), 0);
  EXPECT_EQ(identify.Identify("short breaks"), 2);
}

TEST(TermIdentifierTest, KeysCollapseSpaceAndHyphenRuns) {
  EXPECT_EQ(PlainTermKey("young - carer"), "young carer");
  EXPECT_EQ(PlainTermKey("-carer-"), " carer ");
  EXPECT_EQ(PlainTermKey(""), "");
}

}  // namespace
}  // namespace heard
