#include "lexicon/quanteda_import.h"

#include <gtest/gtest.h>

#include "core/content_hash.h"
#include "core/file_io.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/dictionary_import.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

const std::string kFixtures = std::string(HEARD_TESTDATA) + "/lexicon/import/";

// "id<parent>: term, term" for each theme, terms as stored.
std::vector<std::string> Outline(const Codebook& book) {
  std::vector<std::string> out;
  for (const Theme& theme : book.themes) {
    std::string line = theme.id;
    if (!theme.parent.empty()) line += "<" + theme.parent + ">";
    line += ":";
    for (const Term& term : theme.terms) line += " " + term.text + ",";
    out.push_back(line);
  }
  return out;
}

TEST(ThemeIdForCategoryTest, DerivesValidIdsFromCategoryNames) {
  const struct {
    const char* name;
    const char* id;
  } cases[] = {
      {"breaks", "breaks"},
      {"Young Carers", "young_carers"},
      {"Money & work", "money_work"},
      {"Café culture", "cafe_culture"},
      {"Straße", "strasse"},
      {"  --GP--  ", "gp"},
      {"2nd wave", "c_2nd_wave"},
      {"young_carers", "young_carers"},
      {"ÉCOLE", "ecole"},
  };
  for (const auto& c : cases) {
    StatusOr<std::string> id = ThemeIdForCategory(c.name);
    ASSERT_TRUE(id.ok()) << c.name << ": " << id.status().message();
    EXPECT_EQ(*id, c.id) << c.name;
  }
  for (const char* name : {"", "___", "照顾者", "?!"}) {
    EXPECT_FALSE(ThemeIdForCategory(name).ok()) << name;
  }
}

// Each glob form, as one value of a one-category dictionary.
TEST(QuantedaImportTest, GlobValuesBecomeTheMatchingTermKind) {
  const struct {
    const char* value;
    Term::Kind kind;
    const char* text;
  } cases[] = {
      {"respite", Term::Kind::kWord, "respite"},
      {"a&e", Term::Kind::kWord, "a&e"},
      {"short break", Term::Kind::kPhrase, "short break"},
      {"carer's allowance", Term::Kind::kPhrase, "carer's allowance"},
      {"respit*", Term::Kind::kWildcard, "respit*"},
      {"*sitting", Term::Kind::kWildcard, "*sitting"},
      {"short break*", Term::Kind::kWildcard, "short break*"},
      {"*care*", Term::Kind::kWildcard, "*care*"},
      // What the wildcard cannot say becomes an exact regex.
      {"counsel*ing", Term::Kind::kRegex, "counsel[\\pL\\pN\\pM]*ing"},
      {"organi?ation", Term::Kind::kRegex, "organi[\\pL\\pN\\pM]ation"},
      {"Sign?post*", Term::Kind::kRegex, "sign[\\pL\\pN\\pM]post[\\pL\\pN\\pM]*"},
      {"day-care ?entre", Term::Kind::kRegex, "day[ \\-]+care[ \\-]+[\\pL\\pN\\pM]entre"},
      {"a&e?", Term::Kind::kRegex, "a\\&e[\\pL\\pN\\pM]"},
      {"?", Term::Kind::kRegex, "[\\pL\\pN\\pM]"},
  };
  for (const auto& c : cases) {
    const std::string yaml = std::string("t: [\"") + c.value + "\"]\n";
    StatusOr<Codebook> book = ImportQuantedaDictionary(yaml, "d.yml");
    ASSERT_TRUE(book.ok()) << c.value << ": " << book.status().message();
    ASSERT_EQ(book->themes.size(), 1u);
    ASSERT_EQ(book->themes[0].terms.size(), 1u);
    const Term& term = book->themes[0].terms[0];
    EXPECT_EQ(term.kind, c.kind) << c.value;
    EXPECT_EQ(term.text, c.text) << c.value;
    EXPECT_EQ(term.location.ToString(), "d.yml:1:5") << c.value;
  }
}

TEST(QuantedaImportTest, CategoryShapes) {
  const struct {
    const char* yaml;
    std::vector<std::string> outline;
  } cases[] = {
      {"a: [x, y]\nb: [z]\n", {"a: x, y,", "b: z,"}},
      {"a: x\n", {"a: x,"}},  // one value without a list
      {"a:\n  b: [x]\n  c: [y]\n", {"a:", "a_b<a>: x,", "a_c<a>: y,"}},
      {"a:\n  __: [own]\n  b: [x]\n", {"a: own,", "a_b<a>: x,"}},
      {"a:\n  __: own\n  b: x\n", {"a: own,", "a_b<a>: x,"}},
      // Deeper levels give their terms to the level-2 ancestor.
      {"a:\n  b:\n    c: [x]\n    d:\n      e: [y]\n", {"a:", "a_b<a>: x, y,"}},
      {"a:\n  b:\n    __: [w]\n    c: [x, w]\n", {"a:", "a_b<a>: w, x,"}},
      // Duplicates within a theme are kept once.
      {"a: [x, x, X]\n", {"a: x, X,"}},
      {"a: [yes, 111, 'null']\n", {"a: yes, 111, null,"}},
  };
  for (const auto& c : cases) {
    StatusOr<Codebook> book = ImportQuantedaDictionary(c.yaml, "d.yml");
    ASSERT_TRUE(book.ok()) << c.yaml << book.status().message();
    EXPECT_EQ(Outline(*book), c.outline) << c.yaml;
  }
}

struct ErrorCase {
  std::string yaml;
  const char* message;
};

TEST(QuantedaImportTest, MalformedDictionariesAreReportedWithLocation) {
  const ErrorCase cases[] = {
      {"", "d.yml:1:1: error: the dictionary is empty: no categories"},
      {"# nothing here\n", "d.yml:1:1: error: the dictionary is empty: no categories"},
      {"{}\n", "d.yml:1:1: error: the dictionary is empty: no categories"},
      {"- a\n- b\n",
       "d.yml:1:1: error: a quanteda dictionary must be a map from category names to terms"},
      {"just text\n",
       "d.yml:1:1: error: a quanteda dictionary must be a map from category names to terms"},
      {"breaks:\n", "d.yml:1:1: error: category 'breaks' has no terms"},
      {"breaks: []\n", "d.yml:1:1: error: category 'breaks' has no terms"},
      {"breaks: {}\n", "d.yml:1:1: error: category 'breaks' has no terms"},
      {"breaks:\n  respite:\n", "d.yml:2:3: error: category 'breaks.respite' has no terms"},
      {"breaks:\n  __: []\n", "d.yml:1:1: error: category 'breaks' has no terms"},
      {"a:\n  b:\n    c: []\n", "d.yml:3:5: error: category 'a.b.c' has no terms"},
      {"breaks: [a]\nBreaks: [b]\n",
       "d.yml:2:1: error: category 'Breaks' gives theme id 'breaks', already used by "
       "category 'breaks' (line 1)"},
      {"a:\n  b c: [x]\na_b:\n  c: [y]\n",
       "d.yml:4:3: error: category 'a_b.c' gives theme id 'a_b_c', already used by "
       "category 'a.b c' (line 2)"},
      {"a: [x]\na: [y]\n",
       "d.yml:2:1: error: category 'a' gives theme id 'a', already used by category "
       "'a' (line 1)"},
      {"照顾者: [x]\n",
       "d.yml:1:1: error: cannot make a theme id from category name '照顾者': it has no "
       "letters a-z or digits"},
      {"[a]: [x]\n", "d.yml:1:1: error: a category name must be a plain string"},
      {"breaks: ['*']\n", "d.yml:1:10: error: a term cannot be only '*': '*'"},
      {"breaks: ['short * break?']\n",
       "d.yml:1:10: error: a term cannot be only '*': 'short * break?'"},
      {"breaks: ['']\n", "d.yml:1:10: error: empty term"},
      {"breaks:\n  - respite\n  -\n",
       "d.yml:1:1: error: category 'breaks' has an empty term (a '-' with nothing after it)"},
      {"a:\n  b:\n    - x\n    -\n  __:\n    -\n",
       "d.yml:2:3: error: category 'a.b' has an empty term (a '-' with nothing after it)"},
      {"a:\n  b: [x]\n  __:\n    -\n",
       "d.yml:1:1: error: category 'a' has an empty term (a '-' with nothing after it)"},
      {"breaks:\n  - [a, b]\n",
       "d.yml:2:5: error: a term must be a string; sub-categories are written as a map, "
       "not inside a list"},
      {"breaks:\n  - respite: [x]\n",
       "d.yml:2:5: error: a term must be a string; sub-categories are written as a map, "
       "not inside a list"},
      {"breaks:\n  __: {a: [x]}\n",
       "d.yml:2:7: error: '__' holds the category's own terms: a string or a list of "
       "strings"},
      {"breaks: [respite\n", "d.yml:2:1: error: end of sequence flow not found"},
      // Tabs cannot indent YAML.
      {"breaks:\n\t- respite\n",
       "d.yml:2:1: error: a tab indents this line; YAML indents with spaces only"},
      {"breaks:\n  - respite\n \t- break\n",
       "d.yml:3:2: error: a tab indents this line; YAML indents with spaces only"},
      {"breaks: [caf\xE9]\n",
       "d.yml:1:13: error: invalid UTF-8; save the dictionary as UTF-8 and try again"},
      {"a: [x]\nb: [\"\xC3\"]\n",
       "d.yml:2:6: error: invalid UTF-8; save the dictionary as UTF-8 and try again"},
  };
  for (const ErrorCase& c : cases) {
    StatusOr<Codebook> book = ImportQuantedaDictionary(c.yaml, "d.yml");
    ASSERT_FALSE(book.ok()) << c.yaml;
    EXPECT_EQ(book.status().message(), c.message) << c.yaml;
  }
}

TEST(QuantedaImportTest, DetectionLeavesOurOwnFormatAlone) {
  const struct {
    const char* file;
    const char* text;
    bool quanteda;
  } cases[] = {
      {"d.yml", "breaks: [respite]\n", true},
      {"d.YAML", "breaks:\n  respite: [x]\n", true},
      {"d.yaml", "breaks:\n", true},
      {"d.yaml", "name: [a, b]\n", true},  // a category called "name"
      {"d.yaml", "name: x\nbreaks: [y]\n", true},
      {"d.yaml", "name: x\nthemes:\n  - id: a\n", false},
      {"d.yaml", "themes: [a]\n", false},
      {"d.yaml", "name: x\nversion: '1'\n", false},  // ours, missing themes
      {"d.yaml", "- a\n", false},
      {"d.yaml", "", false},
      {"d.yaml", "a: [\n", false},  // syntax errors are ParseCodebook's
      {"d.txt", "breaks: [respite]\n", false},
      {"d.dic", "breaks: [respite]\n", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(LooksLikeQuantedaDictionary(c.file, c.text), c.quanteda) << c.file << ": " << c.text;
  }
}

TEST(QuantedaImportTest, LoadCodebookImportsTheFixture) {
  const std::string file = kFixtures + "carers.yml";
  StatusOr<Codebook> book = LoadCodebook(file);
  ASSERT_TRUE(book.ok()) << book.status().message();
  StatusOr<std::string> text = ReadFile(file);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(book->name, "carers");
  EXPECT_EQ(book->hash, ContentHash(*text));
  EXPECT_EQ(book->version, "imported-" + book->hash.substr(0, 8));
  EXPECT_EQ(book->description, "Imported from the quanteda dictionary carers.yml.");
  EXPECT_EQ(book->path, file);
  const std::vector<std::string> expected = {
      "breaks: break, breaks,",
      "breaks_respite<breaks>: respite, short break*, sitting service,",
      "breaks_day_opportunities<breaks>: day centre*, day center*, lunch club,",
      "information: advice, info*, sign[\\pL\\pN\\pM]*post[\\pL\\pN\\pM]*,",
      "young_carers: young carer*, miss* school,",
      "support_wellbeing: counsel[\\pL\\pN\\pM]*ing, peer support, "
      "carers[ \\-]+organi[\\pL\\pN\\pM]ation,",
  };
  EXPECT_EQ(Outline(*book), expected);
  const Theme& day = book->themes[2];
  EXPECT_EQ(day.label, "day opportunities");
  EXPECT_EQ(day.description,
            "Includes the nested categories: breaks.day opportunities.day centres, "
            "breaks.day opportunities.clubs");
  EXPECT_EQ(day.location.ToString(), file + ":11:3");
  EXPECT_EQ(book->themes[4].label, "Young Carers");
  EXPECT_EQ(book->themes[1].terms[1].location.ToString(), file + ":9:7");
}

TEST(QuantedaImportTest, ImportedDictionaryCodesAnswers) {
  StatusOr<Codebook> book = LoadCodebook(kFixtures + "carers.yml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  const std::string text =
      "A short break at the Day Centre would help; Counselling too. "
      "My son misses school. The carers organization never sign-posted us "
      "but gave signposting leaflets.";
  std::vector<std::string> hits;
  for (const Coding& coding : (*matcher)->Code(Normalize(text))) {
    for (const Hit& hit : coding.hits) {
      hits.push_back(book->themes[coding.theme].id + "@" +
                     text.substr(hit.begin, hit.end - hit.begin));
    }
  }
  const std::vector<std::string> expected = {
      "breaks@break",
      "breaks_respite@short break",
      "breaks_day_opportunities@Day Centre",
      "information@signposting",
      "young_carers@misses school",
      "support_wellbeing@Counselling",
      "support_wellbeing@carers organization",
  };
  EXPECT_EQ(hits, expected);
}

}  // namespace
}  // namespace heard
