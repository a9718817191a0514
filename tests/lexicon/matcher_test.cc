#include "lexicon/matcher.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

constexpr char kBook[] = R"(name: test
version: "1"
themes:
  - id: breaks
    label: Breaks
    terms: [break, breaks, short break, respite*, day centre]
    exclude: [a break in my wrist, break in my arm]
  - id: young_carers
    label: Young carers
    terms: [young carer*, miss* school]
  - id: school_run
    label: Sub
    parent: young_carers
    terms: [school run]
  - id: empty_parent
    label: Parent only
)";

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<Codebook> book = ParseCodebook(kBook, "test.yaml");
    ASSERT_TRUE(book.ok()) << book.status().message();
    book_ = *book;
    StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book_);
    ASSERT_TRUE(matcher.ok()) << matcher.status().message();
    matcher_ = std::move(*matcher);
  }

  // "theme:term@original text" for every hit, in order.
  std::vector<std::string> Hits(const std::string& text, bool keep_excluded = false) {
    std::vector<std::string> out;
    for (const Coding& coding : matcher_->Code(Normalize(text), keep_excluded)) {
      const Theme& theme = book_.themes[coding.theme];
      for (const Hit& hit : coding.hits) {
        out.push_back(theme.id + ":" + theme.terms[hit.term].text + "@" +
                      text.substr(hit.begin, hit.end - hit.begin));
      }
      for (const Hit& hit : coding.excluded) {
        out.push_back("excluded " + theme.id + ":" + text.substr(hit.begin, hit.end - hit.begin));
      }
    }
    return out;
  }

  Codebook book_;
  std::unique_ptr<Matcher> matcher_;
};

TEST_F(MatcherTest, FindsTermsAtTheirOriginalPositions) {
  EXPECT_EQ(Hits("I NEED a Break, and RESPITE!"),
            (std::vector<std::string>{"breaks:break@Break", "breaks:respite*@RESPITE"}));
}

TEST_F(MatcherTest, LongestTermWinsAndHitsDoNotOverlap) {
  EXPECT_EQ(Hits("a short-break at the day  centre"),
            (std::vector<std::string>{"breaks:short break@short-break",
                                      "breaks:day centre@day  centre"}));
}

TEST_F(MatcherTest, AdjacentHitsSharingABoundaryAreBothFound) {
  EXPECT_EQ(Hits("break break"),
            (std::vector<std::string>{"breaks:break@break", "breaks:break@break"}));
}

TEST_F(MatcherTest, WordBoundariesKeepBreakfastOut) {
  EXPECT_TRUE(Hits("breakfast club and a breakdown").empty());
}

TEST_F(MatcherTest, ExclusionsDropOverlappingHits) {
  EXPECT_TRUE(Hits("I had a break in my wrist").empty());
  EXPECT_EQ(Hits("I had a break in my wrist", true),
            (std::vector<std::string>{"excluded breaks:break"}));
  // Exclusion of one hit leaves another in the same answer; the excluded
  // one stays on record for explanations.
  EXPECT_EQ(Hits("a break in my wrist so no respite"),
            (std::vector<std::string>{"breaks:respite*@respite", "excluded breaks:break"}));
}

TEST_F(MatcherTest, SeveralThemesInOrder) {
  EXPECT_EQ(Hits("As a young carer I missed school; no breaks. The school run!"),
            (std::vector<std::string>{"breaks:breaks@breaks",
                                      "young_carers:young carer*@young carer",
                                      "young_carers:miss* school@missed school",
                                      "school_run:school run@school run"}));
}

TEST_F(MatcherTest, AccentsAndCurlyApostrophesDoNotMatter) {
  EXPECT_EQ(Hits("Young Carer’s group"),
            (std::vector<std::string>{"young_carers:young carer*@Young Carer"}));
}

// Regression: capture groups inside a regex term shifted the group numbers
// of the terms after it, crediting hits to the wrong term (or to none).
TEST(MatcherRegressionTest, RegexTermsWithCaptureGroupsKeepTermNumbering) {
  StatusOr<Codebook> book = ParseCodebook(R"(themes:
  - id: breaks
    terms:
      - re: "short (break|stay)s?"
      - respite
      - sitter
)", "t.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  std::unique_ptr<Matcher> matcher = std::move(*Matcher::Compile(*book));
  const std::string text = "respite, a sitter and short stays";
  std::vector<Coding> codings = matcher->Code(Normalize(text));
  ASSERT_EQ(codings.size(), 1u);
  std::vector<std::string> got;
  for (const Hit& hit : codings[0].hits) {
    ASSERT_GE(hit.term, 0);
    got.push_back(book->themes[0].terms[hit.term].text + "@" +
                  text.substr(hit.begin, hit.end - hit.begin));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"respite@respite", "sitter@sitter",
                                           "short (break|stay)s?@short stays"}));
}

// A regex left to RE2 is searched for first between ASCII-only boundaries;
// beside a letter outside ASCII that normalising keeps (Cyrillic, Greek:
// accents on Latin letters are folded away) that search matches where the
// term does not, and the term must still be found further on, or not at all.
TEST(MatcherRegressionTest, ARegexBesideALetterOutsideAsciiIsNotAHit) {
  StatusOr<Codebook> book = ParseCodebook(R"(themes:
  - id: care
    terms:
      - re: "my [a-z]+ needs? care"
)", "t.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  std::unique_ptr<Matcher> matcher = std::move(*Matcher::Compile(*book));
  auto hits = [&](const std::string& text) {
    std::vector<std::string> got;
    for (const Coding& coding : matcher->Code(Normalize(text))) {
      for (const Hit& hit : coding.hits) got.push_back(text.substr(hit.begin, hit.end - hit.begin));
    }
    return got;
  };
  EXPECT_EQ(hits("\u0436my mum needs care; then my dad needs care"),
            std::vector<std::string>{"my dad needs care"});
  EXPECT_EQ(hits("my mum needs care\u0436 and \u03bbmy dad needs care"),
            std::vector<std::string>{});
  EXPECT_EQ(hits("\u0436my mum needs care my dad needs care\u03bb my gran needs care"),
            std::vector<std::string>{"my gran needs care"});
  EXPECT_EQ(hits("my mum needs care, my dad needs care"),
            (std::vector<std::string>{"my mum needs care", "my dad needs care"}));
}

TEST_F(MatcherTest, EmptyTextHasNoCodings) {
  EXPECT_TRUE(Hits("").empty());
  EXPECT_TRUE(Hits("   ").empty());
}

TEST_F(MatcherTest, SmallSetBudgetStillFindsThemes) {
  // A budget just above what the set needs to compile leaves its DFA little
  // room; whether RE2 resets its cache or reports kOutOfMemory (then Code()
  // falls back), no theme may be missed.
  StatusOr<std::unique_ptr<Matcher>> tiny = Matcher::Compile(book_, 1048576);
  if (!tiny.ok()) GTEST_SKIP() << "RE2 refused to compile the set: " << tiny.status().message();
  // Many distinct byte sequences make the DFA build many states.
  std::string text;
  for (int i = 0; i < 4000; ++i) {
    text += "w" + std::to_string(i * 7919) + "\xC3\xA9\xC5\xB5 ";
    text += (i % 3 == 0) ? "young " : "school ";
  }
  text += "then a short break";
  std::vector<Coding> codings = (*tiny)->Code(Normalize(text));
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(book_.themes[codings[0].theme].id, "breaks");
}


TEST(MatcherCompileTest, OfSeveralErrorsTheFirstInTheCodebookIsReported) {
  // Lists are prepared on several threads, in any order; the error is still
  // the first one a reader of the codebook meets.
  std::string yaml = "name: t\nversion: \"1\"\nthemes:\n";
  for (int t = 0; t < 40; ++t) {
    yaml += "  - id: t" + std::to_string(t) + "\n    terms:\n      - re: \"word" +
            std::to_string(t) + (t == 30 ? "|x?" : "") + "\"\n";
    if (t == 17 || t == 25) yaml += "    exclude:\n      - re: \"(?:not )?\"\n";
  }
  StatusOr<Codebook> book = ParseCodebook(yaml, "t.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  for (int run = 0; run < 20; ++run) {
    StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book);
    ASSERT_FALSE(matcher.ok());
    // Theme t17 starts on line 4 + 3 * 17 = 55; its exclusion is on 59.
    EXPECT_EQ(matcher.status().message(),
              "t.yaml:59:9: error: '(?:not )?' can match empty text; make every part of it "
              "required, or remove it");
  }
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

// A codebook far larger than any real one: 60 themes of 100 invented words
// each, written as regular expressions that cannot be spelled out (plain
// words, and regexes that stand for a few strings, never reach RE2; the \b
// keeps these there and changes nothing else), so the presence pass's DFA
// has thousands of states to build.
// With `spellable`, the same regexes without the \b: all 6,000 spelled out.
Codebook LargeCodebook(bool spellable = false) {
  std::string yaml = "name: large\nversion: \"1\"\nthemes:\n";
  uint32_t seed = 12345;
  for (int t = 0; t < 60; ++t) {
    yaml += "  - id: t" + std::to_string(t) + "\n    terms:\n";
    for (int w = 0; w < 100; ++w) {
      std::string word;
      for (int c = 0; c < 9; ++c) {
        seed = seed * 1103515245u + 12345u;
        word += static_cast<char>('a' + (seed >> 16) % 26);
      }
      yaml += "      - re: \"" + word + (spellable ? "(?:s|es)?\"\n" : "(?:s|es)?\\\\b\"\n");
    }
  }
  StatusOr<Codebook> book = ParseCodebook(yaml, "large.yaml");
  EXPECT_TRUE(book.ok()) << book.status().message();
  return *book;
}

// The invented word of one of LargeCodebook's terms.
std::string Word(const Term& term) { return term.text.substr(0, 9); }

// Text that walks the DFA through many states: every theme's terms, with
// near-misses between them.
std::string Walk(const Codebook& book) {
  std::string text;
  for (const Theme& theme : book.themes) {
    for (const Term& term : theme.terms) {
      const std::string word = Word(term);
      text += word.substr(0, 6) + "x " + word.substr(2) + " ";
    }
  }
  return text + Word(book.themes.back().terms.back());
}

TEST(LargeCodebookTest, EveryThemeIsFoundWithTheDefaultBudget) {
  const Codebook book = LargeCodebook();
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  for (const Theme& theme : book.themes) {
    const std::string text = "we need " + Word(theme.terms[57]) + "es now";
    const std::vector<Coding> codings = (*matcher)->Code(Normalize(text));
    ASSERT_EQ(codings.size(), 1u) << text;
    EXPECT_EQ(book.themes[codings[0].theme].id, theme.id);
  }
}

TEST(LargeCodebookTest, SpelledOutEveryThemeIsFoundWithNoRegexLeft) {
  const Codebook book = LargeCodebook(true);
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book, 1 << 20);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  EXPECT_EQ((*matcher)->set_max_mem(), 1 << 20);  // no presence set was needed
  for (const Theme& theme : book.themes) {
    const std::string text = "we need " + Word(theme.terms[57]) + "es now, " +
                             Word(theme.terms[3]) + "s and " + Word(theme.terms[4]) + "ess";
    const std::vector<Coding> codings = (*matcher)->Code(Normalize(text));
    ASSERT_EQ(codings.size(), 1u) << text;
    EXPECT_EQ(book.themes[codings[0].theme].id, theme.id);
    EXPECT_EQ(codings[0].hits.size(), 2u) << text;
  }
  const std::vector<Coding> codings = (*matcher)->Code(Normalize(Walk(book)));
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(book.themes[codings[0].theme].id, "t59");
}

// 80 regexes of 4,096 strings each (three letters from a to p, then "z"):
// the first 73 are spelled out (299,008 strings, under the codebook's
// 300,000), the rest stay with RE2, and all of them still code.
TEST(LargeCodebookTest, SpellingOutStopsAtTheCodebooksBudget) {
  std::string yaml = "name: big\nversion: \"1\"\nthemes:\n";
  for (int t = 0; t < 80; ++t) {
    yaml += "  - id: t" + std::to_string(t) + "\n    terms:\n      - re: \"[a-p][a-p][a-p]z" +
            std::to_string(t) + "\"\n";
  }
  StatusOr<Codebook> book = ParseCodebook(yaml, "big.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  EXPECT_EQ((*matcher)->spelled_strings(), 73u * 4096u);
  for (int t : {0, 72, 73, 79}) {
    const std::string text = "aaz0 then pop" + std::string("z") + std::to_string(t) + " and more";
    const std::vector<Coding> codings = (*matcher)->Code(Normalize(text));
    ASSERT_EQ(codings.size(), 1u) << text;
    EXPECT_EQ(book->themes[codings[0].theme].id, "t" + std::to_string(t));
  }
}

TEST(LargeCodebookTest, TooSmallABudgetIsDoubledNotFailed) {
  const Codebook book = LargeCodebook();
  // 1 MiB cannot hold this set; the matcher asks for more until it compiles,
  // and then misses nothing, even on text that walks thousands of states.
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book, 1 << 20);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  EXPECT_GT((*matcher)->set_max_mem(), 1 << 20);
  const std::vector<Coding> codings = (*matcher)->Code(Normalize(Walk(book)));
  ASSERT_EQ(codings.size(), 1u);
  EXPECT_EQ(book.themes[codings[0].theme].id, "t59");
  EXPECT_EQ((*matcher)->set_fallbacks(), 0);
}

TEST(MatcherCompileTest, ATermThatCanMatchEmptyTextIsAnError) {
  StatusOr<Codebook> book = ParseCodebook(
      "name: t\nversion: \"1\"\nthemes:\n  - id: breaks\n    terms:\n      - re: \"(?:a |an )?\"\n",
      "t.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book);
  ASSERT_FALSE(matcher.ok());
  EXPECT_EQ(matcher.status().message(),
            "t.yaml:6:9: error: '(?:a |an )?' can match empty text; make every part of it "
            "required, or remove it");
}

}  // namespace
}  // namespace heard
