#include "lexicon/liwc_import.h"

#include <gtest/gtest.h>

#include "core/content_hash.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

const std::string kFixtures = std::string(HEARD_TESTDATA) + "/lexicon/import/";

// "id: term, term" for each theme, terms as stored.
std::vector<std::string> Outline(const Codebook& book) {
  std::vector<std::string> out;
  for (const Theme& theme : book.themes) {
    std::string line = theme.id + ":";
    for (const Term& term : theme.terms) line += " " + term.text + ",";
    out.push_back(line);
  }
  return out;
}

TEST(LiwcImportTest, FormatFeatures) {
  const struct {
    std::string dic;
    std::vector<std::string> outline;
  } cases[] = {
      {"%\n1\tbreaks\n%\nrespite\t1\n", {"breaks: respite,"}},
      // Phrases, wildcards at either end, and '?' taken literally.
      {"%\n1\tb\n%\nshort break\t1\nrespit*\t1\n*sitting\t1\nok?\t1\n",
       {"b: short break, respit*, *sitting, ok?,"}},
      // An inner '*' becomes an exact regex, as in quanteda imports.
      {"%\n1\tb\n%\ncounsel*ing\t1\n", {"b: counsel[\\pL\\pN\\pM]*ing,"}},
      // Several categories per word, by tabs or spaces after the first TAB.
      {"%\n1\ta\n2\tb\n%\nx\t1\t2\ny\t2 1\nz\t1  \t 2\t\n", {"a: x, y, z,", "b: x, y, z,"}},
      // Leading zeros name the same category; a repeated word is kept once.
      {"%\n01\ta\n%\nx\t1\nx\t001\nx\t1\t1\n", {"a: x,"}},
      // CRLF, a byte order mark, blank lines and trailing spaces.
      {"\xEF\xBB\xBF%\r\n1\tbreaks\r\n\r\n%  \r\n\r\nrespite\t1\r\n  \r\n", {"breaks: respite,"}},
      // Spaces between a category's number and name; indented categories
      // (LIWC 2015 sub-categories) are flat themes.
      {"%\n1 affect\n  2\tcarer stress\n%\nworried\t1 2\n",
       {"affect: worried,", "carer_stress: worried,"}},
      // Numbers need not be in order or contiguous.
      {"%\n30\tb\n7\ta\n%\nx\t7\ny\t30\n", {"b: y,", "a: x,"}},
  };
  for (const auto& c : cases) {
    StatusOr<Codebook> book = ImportLiwcDictionary(c.dic, "d.dic");
    ASSERT_TRUE(book.ok()) << c.dic << book.status().message();
    EXPECT_EQ(Outline(*book), c.outline) << c.dic;
  }
}

struct ErrorCase {
  std::string dic;
  const char* message;
};

TEST(LiwcImportTest, MalformedDictionariesAreReportedWithLocation) {
  const ErrorCase cases[] = {
      {"", "d.dic:1:1: error: the dictionary is empty"},
      {"\n  \n\t\n", "d.dic:1:1: error: the dictionary is empty"},
      {"1\tbreaks\n%\nrespite\t1\n",
       "d.dic:1:1: error: a LIWC dictionary starts with a line holding only '%'"},
      {"%\n1\tbreaks\nrespite\t1\n",
       "d.dic:3:1: error: a word line inside the category section; is the '%' line that "
       "ends the categories missing?"},
      {"%\n1\tbreaks\n",
       "d.dic:1:1: error: the category section that starts here is never closed by a line "
       "holding only '%'"},
      {"%\n%\nrespite\t1\n", "d.dic:2:1: error: no categories between the two '%' lines"},
      {"%\nb1\tbreaks\n%\n",
       "d.dic:2:1: error: category number 'b1' is not a number (expected NUMBER<TAB>name)"},
      {"%\n-1\tbreaks\n%\n",
       "d.dic:2:1: error: category number '-1' is not a number (expected NUMBER<TAB>name)"},
      {"%\n1\tbreaks\n01\tinfo\n%\n",
       "d.dic:3:1: error: category number 01 is used twice (first for 'breaks' at line 2)"},
      {"%\n1\n%\n", "d.dic:2:1: error: category 1 has no name"},
      {"%\n1\tbreaks\t(Breaks)\n%\n",
       "d.dic:2:9: error: a category line is NUMBER<TAB>name; this one has a second TAB"},
      {"%\n1\tYoung carers\n2\tyoung_carers\n%\n",
       "d.dic:3:3: error: category 'young_carers' gives theme id 'young_carers', already "
       "used by category 'Young carers' (line 2)"},
      {"%\n1\t?!?\n%\n",
       "d.dic:2:3: error: cannot make a theme id from category name '?!?': it has no "
       "letters a-z or digits"},
      {"%\n1\tbreaks\n2\tinfo\n%\nrespite\t1\n", "d.dic:3:1: error: category 'info' has no words"},
      {"%\n1\tbreaks\n%\n", "d.dic:2:1: error: category 'breaks' has no words"},
      {"%\n1\tbreaks\n%\nrespite\t2\n",
       "d.dic:4:9: error: category 2 is not defined in the category section"},
      {"%\n1\tbreaks\n%\nrespite\t1 99999999999999999999\n",
       "d.dic:4:11: error: category 99999999999999999999 is not defined in the category "
       "section"},
      {"%\n1\tbreaks\n%\nrespite\tx1\n", "d.dic:4:9: error: category number 'x1' is not a number"},
      {"%\n1\tbreaks\n%\nrespite 1\n",
       "d.dic:4:8: error: separate the word from its category numbers with a TAB, not spaces"},
      {"%\n1\tbreaks\n%\nshort break  1 1\n",
       "d.dic:4:12: error: separate the word from its category numbers with a TAB, not spaces"},
      {"%\n1\tbreaks\n%\nrespite\n",
       "d.dic:4:1: error: 'respite' has no category numbers (expected word<TAB>NUMBER)"},
      {"%\n1\tbreaks\n%\nshort break\n",
       "d.dic:4:1: error: 'short break' has no category numbers (expected word<TAB>NUMBER)"},
      {"%\n1\tbreaks\n%\n  respite\t \n", "d.dic:4:3: error: 'respite' has no category numbers"},
      {"%\n1\tbreaks\n%\n\t1\n",
       "d.dic:4:1: error: a word line has no word before its category numbers"},
      {"%\n1\tbreaks\n%\n*\t1\n", "d.dic:4:1: error: a term cannot be only '*': '*'"},
      {"%\n1\tbreaks\n%\nrespite\t1\n%\n",
       "d.dic:5:1: error: unexpected '%' line: the category section ended at line 3"},
      // LIWC 2007/2015 conditional categories are refused, not guessed at.
      {"%\n1\tbreaks\n2\tinfo\n%\nkind\t(02 134)125/464\t1\n",
       "d.dic:5:6: error: conditional category '(02 134)125/464' is not supported; give the "
       "word plain category numbers"},
      {"%\n1\tbreaks\n%\nkind\t1\t<of>131/125\n",
       "d.dic:4:8: error: conditional category '<of>131/125' is not supported; give the "
       "word plain category numbers"},
      {"%\n1\tbreaks\n%\nlike\t1 125/464\n",
       "d.dic:4:8: error: conditional category '125/464' is not supported; give the word "
       "plain category numbers"},
      {"%\n1\tbreaks\n%\ncaf\xE9\t1\n",
       "d.dic:4:4: error: invalid UTF-8; save the dictionary as UTF-8 and try again"},
      {"%\r\n1\tbreaks\r\n%\r\nrespite\t2\r\n",
       "d.dic:4:9: error: category 2 is not defined in the category section"},
  };
  for (const ErrorCase& c : cases) {
    StatusOr<Codebook> book = ImportLiwcDictionary(c.dic, "d.dic");
    ASSERT_FALSE(book.ok()) << c.dic;
    EXPECT_EQ(book.status().message(), c.message) << c.dic;
  }
}

TEST(LiwcImportTest, LoadCodebookImportsDicFiles) {
  EXPECT_TRUE(IsLiwcDictionaryPath("a/b.dic"));
  EXPECT_TRUE(IsLiwcDictionaryPath("B.DIC"));
  EXPECT_FALSE(IsLiwcDictionaryPath("b.dict"));
  EXPECT_FALSE(IsLiwcDictionaryPath("dic"));

  const std::string file = kFixtures + "carers.dic";
  StatusOr<Codebook> book = LoadCodebook(file);
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->name, "carers");
  EXPECT_EQ(book->version, "imported-" + book->hash.substr(0, 8));
  EXPECT_EQ(book->description, "Imported from the LIWC dictionary carers.dic.");
  const std::vector<std::string> expected = {
      "breaks: respite, short break*, sitting service,",
      "information: advice, info*, signpost*, allowance, benefit*,",
      "young_carers: young carer*, miss* school,",
      "money: carer's allowance, allowance, benefit*,",
  };
  EXPECT_EQ(Outline(*book), expected);
  const Theme& young = book->themes[2];
  EXPECT_EQ(young.label, "Young carers");
  EXPECT_EQ(young.description, "LIWC category 3.");
  EXPECT_EQ(young.location.ToString(), file + ":4:1");
  EXPECT_EQ(young.terms[1].location.ToString(), file + ":14:1");
  EXPECT_EQ(young.terms[1].kind, Term::Kind::kWildcard);
  EXPECT_EQ(book->themes[0].terms[2].kind, Term::Kind::kPhrase);
}

TEST(LiwcImportTest, ImportedDictionaryCodesAnswers) {
  StatusOr<Codebook> book = LoadCodebook(kFixtures + "carers.dic");
  ASSERT_TRUE(book.ok()) << book.status().message();
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  const std::string text =
      "Respite is rare. Young carers miss school; nobody told us about "
      "Carer’s Allowance or other benefits.";
  std::vector<std::string> hits;
  for (const Coding& coding : (*matcher)->Code(Normalize(text))) {
    for (const Hit& hit : coding.hits) {
      hits.push_back(book->themes[coding.theme].id + "@" +
                     text.substr(hit.begin, hit.end - hit.begin));
    }
  }
  const std::vector<std::string> expected = {
      "breaks@Respite",           "information@Allowance",
      "information@benefits",     "young_carers@Young carers",
      "young_carers@miss school", "money@Carer’s Allowance",
      "money@benefits",
  };
  EXPECT_EQ(hits, expected);
}

}  // namespace
}  // namespace heard
