#include "lexicon/codebook_loader.h"

#include <gtest/gtest.h>

#include "core/yaml_bomb.h"

namespace heard {
namespace {

TEST(CodebookLoaderTest, LoadsThemesTermsAndExclusions) {
  StatusOr<Codebook> book = ParseCodebook(R"(name: carers
version: "2"
themes:
  - id: breaks
    label: Breaks and respite
    description: Time away from caring.
    terms: [respite, short break, day centre*, {re: "time (for|to) myself"}]
    exclude: [breakdown]
  - id: breaks_children
    label: Short breaks for children
    parent: breaks
    terms: [short breaks for children]
)", "book.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->name, "carers");
  EXPECT_EQ(book->version, "2");
  ASSERT_EQ(book->themes.size(), 2u);
  const Theme& breaks = book->themes[0];
  ASSERT_EQ(breaks.terms.size(), 4u);
  EXPECT_EQ(breaks.terms[0].kind, Term::Kind::kWord);
  EXPECT_EQ(breaks.terms[1].kind, Term::Kind::kPhrase);
  EXPECT_EQ(breaks.terms[2].kind, Term::Kind::kWildcard);
  EXPECT_EQ(breaks.terms[3].kind, Term::Kind::kRegex);
  EXPECT_EQ(breaks.terms[3].text, "time (for|to) myself");
  EXPECT_EQ(breaks.terms[1].location.ToString(), "book.yaml:7:22");
  EXPECT_EQ(breaks.excludes.size(), 1u);
  EXPECT_EQ(book->themes[1].parent, "breaks");
  EXPECT_EQ(book->hash.size(), 16u);
}

struct ErrorCase {
  const char* yaml;
  const char* message;
};

TEST(CodebookLoaderTest, MistakesAreReportedWithFileLineAndColumn) {
  const ErrorCase cases[] = {
      {"themes:\n  - label: No id\n    terms: [a]\n",
       "b.yaml:2:5: error: theme has no id"},
      {"themes:\n  - id: a\n    term: [x]\n",
       "b.yaml:3:5: error: unknown key 'term' in theme (expected one of: description, "
       "exclude, id, label, parent, terms)"},
      {"themes:\n  - id: a\n    terms: [x]\n  - id: a\n    terms: [y]\n",
       "b.yaml:4:9: error: duplicate theme id 'a' (first at line 2)"},
      {"themes:\n  - id: a\n    parent: nope\n",
       "b.yaml:3:13: error: unknown parent theme 'nope'"},
      {"themes:\n  - id: a\n    terms: [\"*\"]\n",
       "b.yaml:3:13: error: a term cannot be only '*': '*'"},
      {"themes:\n  - id: a\n    terms: [\"\"]\n", "b.yaml:3:13: error: empty term"},
      {"themes:\n  - id: a\n    terms:\n      - re: \"(open\"\n",
       "b.yaml:4:9: error: invalid regular expression: missing ): (open (at '(open')"},
      {"themes:\n  - id: Bad-Id\n", "b.yaml:2:9: error: theme id 'Bad-Id' must be lower-case "
                                   "letters, digits and '_', starting with a letter"},
      {"name: x\n", "b.yaml:1:1: error: a codebook needs a list of themes"},
      {"themes: [\n", "b.yaml:2:1: error: end of sequence flow not found"},
      {"themes:\n  - id: a\n  - id: b\n    parent: a\n  - id: c\n    parent: b\n",
       "b.yaml:6:13: error: parent theme 'b' is itself a sub-theme; themes nest one level"},
  };
  for (const ErrorCase& c : cases) {
    StatusOr<Codebook> book = ParseCodebook(c.yaml, "b.yaml");
    ASSERT_FALSE(book.ok()) << c.yaml;
    EXPECT_EQ(book.status().message(), c.message) << c.yaml;
  }
}

// Regression: shapes yaml-cpp throws on (a key that is a list, a list where
// a map belongs) crashed the loader instead of being reported.
TEST(CodebookLoaderTest, OddShapesAreErrorsNotCrashes) {
  const ErrorCase cases[] = {
      {"[a]: b\nthemes:\n  - id: a\n", "b.yaml:1:1: error: a key must be a plain name"},
      {"themes:\n  - id: a\n    terms: {x: y}\n", "b.yaml:3:12: error: expected a list of terms"},
      {"themes:\n  - [id, a]\n", "b.yaml:2:5: error: a theme must be a map"},
      {"themes:\n  - id: a\n    terms:\n      - re: [x]\n", ""},
  };
  for (const ErrorCase& c : cases) {
    StatusOr<Codebook> book = ParseCodebook(c.yaml, "b.yaml");
    ASSERT_FALSE(book.ok()) << c.yaml;
    if (*c.message) EXPECT_EQ(book.status().message(), c.message) << c.yaml;
  }
}

TEST(CodebookLoaderTest, MissingFileNamesIt) {
  StatusOr<Codebook> book = LoadCodebook("/nonexistent/codebook.yaml");
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message(),
            "/nonexistent/codebook.yaml: error: cannot read file (No such file or directory)");
}

TEST(CodebookLoaderTest, ShippedCarersCodebookLoadsAndHasTheCoreThemes) {
  StatusOr<Codebook> book = LoadCodebook(std::string(HEARD_TESTDATA) + "/../../lexicons/carers");
  ASSERT_TRUE(book.ok()) << book.status().message();
  for (const char* id : {"identification", "breaks", "information", "young_carers"}) {
    EXPECT_GE(book->IndexOf(id), 0) << id;
  }
}

// An alias bomb in a codebook ("billion laughs": nine levels of ten aliases
// each stand for 10^9 terms) is refused while loading, naming the file and
// line, before any theme is read.
TEST(CodebookLoaderTest, AnAliasBombIsRefusedNotExpanded) {
  std::string yaml = AliasBomb(9);
  yaml += "themes:\n  - id: breaks\n    label: Breaks\n    terms: *l8\n";
  StatusOr<Codebook> book = ParseCodebook(yaml, "lexicons/bomb/codebook.yaml");
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message().rfind("lexicons/bomb/codebook.yaml:", 0), 0u)
      << book.status().message();
  EXPECT_NE(book.status().message().find("an alias bomb"), std::string::npos)
      << book.status().message();
}

}  // namespace
}  // namespace heard
