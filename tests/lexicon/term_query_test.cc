#include "lexicon/term_query.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

TEST(TermQueryTest, ParsesCodebookTermSyntax) {
  EXPECT_EQ(ParseQueryTerm("respite")->kind, Term::Kind::kWord);
  EXPECT_EQ(ParseQueryTerm("short break")->kind, Term::Kind::kPhrase);
  EXPECT_EQ(ParseQueryTerm("respit*")->kind, Term::Kind::kWildcard);
  StatusOr<Term> regex = ParseQueryTerm("re:(?:day|night) off");
  ASSERT_TRUE(regex.ok());
  EXPECT_EQ(regex->kind, Term::Kind::kRegex);
  EXPECT_EQ(regex->text, "(?:day|night) off");
}

TEST(TermQueryTest, BadTermsAreUsageErrors) {
  const struct {
    const char* term;
    const char* message;
  } cases[] = {
      {"", "TERM '': empty term"},
      {"*", "TERM '*': a term cannot be only '*': '*'"},
      {"re:(open", "TERM 're:(open': invalid regular expression: missing ): (open (at '(open')"},
      {"re:x?", "TERM 're:x?' can match the empty string; make some part of it required"},
  };
  for (const auto& c : cases) {
    Status status = ParseQueryTerm(c.term).status();
    EXPECT_EQ(status.code(), Status::Code::kUsageError) << c.term;
    EXPECT_EQ(status.message(), c.message);
  }
}

TEST(TermQueryTest, AQueryMatchesAsTheCodebookWould) {
  const Codebook book = QueryCodebook(*ParseQueryTerm("short break"));
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book);
  ASSERT_TRUE(matcher.ok());
  const std::string text = "A SHORT–break, not a shortbreak";
  const std::vector<Coding> codings = (*matcher)->Code(Normalize(text));
  ASSERT_EQ(codings.size(), 1u);
  ASSERT_EQ(codings[0].hits.size(), 1u);
  const Hit& hit = codings[0].hits[0];
  EXPECT_EQ(text.substr(hit.begin, hit.end - hit.begin), "SHORT–break");
}

TEST(TermQueryTest, AThemeKeepsItsTermsAndExclusions) {
  StatusOr<Codebook> book = ParseCodebook(R"(name: t
version: "1"
themes:
  - id: breaks
    terms: [respite]
  - id: breaks_day
    parent: breaks
    terms: [day off, break]
    exclude: [lunch break]
)", "b.yaml");
  ASSERT_TRUE(book.ok());
  StatusOr<Codebook> single = ThemeCodebook(*book, "breaks_day");
  ASSERT_TRUE(single.ok());
  ASSERT_EQ(single->themes.size(), 1u);
  EXPECT_EQ(single->themes[0].terms.size(), 2u);
  EXPECT_EQ(single->themes[0].parent, "");
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*single);
  ASSERT_TRUE(matcher.ok());
  const std::vector<Coding> codings = (*matcher)->Code(Normalize("my lunch break"), true);
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(codings[0].excluded.size(), 1u);

  Status unknown = ThemeCodebook(*book, "nope").status();
  EXPECT_EQ(unknown.code(), Status::Code::kUsageError);
  EXPECT_EQ(unknown.message(),
            "--theme: no theme 'nope' in codebook 't' (its themes: breaks, breaks_day)");
}

}  // namespace
}  // namespace heard
