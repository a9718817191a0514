#include "lexicon/word_index.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace heard {
namespace {

Term Plain(const std::string& text) {
  Term term;
  term.text = text;
  return term;
}

TEST(PlainTermWordsTest, WordsPhrasesAndWildcardsArePlain) {
  std::vector<TermWord> words = PlainTermWords(Plain("Young *sit* carer* *ting"));
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].kind, TermWord::Kind::kExact);
  EXPECT_EQ(words[0].letters, "young");
  EXPECT_EQ(words[1].kind, TermWord::Kind::kInfix);
  EXPECT_EQ(words[2].kind, TermWord::Kind::kPrefix);
  EXPECT_EQ(words[3].kind, TermWord::Kind::kSuffix);
  EXPECT_EQ(PlainTermWords(Plain("café")).front().letters, "cafe");
}

TEST(PlainTermWordsTest, ApostrophesSymbolsInnerStarsAndRegexesAreNot) {
  for (const char* text : {"carer's card", "a & e", "g.p", "ca*re", "*", "8.00am"}) {
    EXPECT_TRUE(PlainTermWords(Plain(text)).empty()) << text;
  }
  Term regex = Plain("respite");
  regex.kind = Term::Kind::kRegex;
  EXPECT_TRUE(PlainTermWords(regex).empty());
}

std::string Found(const WordIndex& index, const std::string& text) {
  std::vector<WordIndex::Match> matches;
  index.Find(text, &matches);
  std::string out;
  for (const WordIndex::Match& m : matches) {
    out += std::to_string(m.list) + ":" + std::to_string(m.term) + "@" +
           text.substr(m.begin, m.end - m.begin) + " ";
  }
  return out;
}

TEST(WordIndexTest, LongestAtEachWordThenFirstInTheList) {
  WordIndex index;
  ASSERT_TRUE(index.Add(0, 0, Plain("short")));
  ASSERT_TRUE(index.Add(0, 1, Plain("short break*")));
  ASSERT_TRUE(index.Add(0, 2, Plain("short-break")));
  ASSERT_TRUE(index.Add(1, 0, Plain("break*")));
  EXPECT_FALSE(index.Add(1, 1, Plain("carer's")));
  EXPECT_EQ(Found(index, "a short - breaks, short. short break"),
            "0:1@short - breaks 1:0@breaks 0:0@short 0:1@short break 1:0@break ");
}

TEST(WordIndexTest, PhraseGapsAreSpacesAndHyphensOnly) {
  WordIndex index;
  ASSERT_TRUE(index.Add(0, 0, Plain("young carer")));
  EXPECT_EQ(Found(index, "young carer"), "0:0@young carer ");
  EXPECT_EQ(Found(index, "young--carer"), "0:0@young--carer ");
  EXPECT_EQ(Found(index, "young, carer"), "");
  EXPECT_EQ(Found(index, "young'carer"), "");
  EXPECT_EQ(Found(index, "youngcarer young carers"), "");
}

TEST(WordIndexTest, WordsAreLettersDigitsAndMarksInAnyScript) {
  WordIndex index;
  ASSERT_TRUE(index.Add(0, 0, Plain("cafe")));
  ASSERT_TRUE(index.Add(0, 1, Plain("*ing")));
  ASSERT_TRUE(index.Add(0, 2, Plain("2024")));
  // "ŵ" is a letter: "cafeŵ" is one word, not "cafe" and more.
  EXPECT_EQ(Found(index, NormalizeForMatch("cafe\xC5\xB5 caf\xC3\xA9 sing\xE2\x80\x94" "2024")),
            "0:0@cafe 0:1@sing 0:2@2024 ");
}

// Spelled-out regex terms compete with plain terms as one alternation's
// parts would: longest at a word, then first in the list.
TEST(WordIndexTest, LiteralsCompeteWithPlainTerms) {
  WordIndex index;
  ASSERT_TRUE(index.Add(0, 0, Plain("short break")));
  ASSERT_TRUE(index.AddLiterals(0, 1, {"short break", "short break away"}));
  ASSERT_TRUE(index.AddLiterals(0, 2, {"don't tell"}));
  ASSERT_TRUE(index.AddLiterals(1, 0, {"break away"}));
  EXPECT_EQ(Found(index, "short break. short-break away, short break away"),
            "0:0@short break 0:0@short-break 1:0@break away 0:1@short break away "
            "1:0@break away ");
  EXPECT_EQ(Found(index, "don't tell, don't-tell"), "0:2@don't tell ");
}

TEST(WordIndexTest, LiteralsAreAllOrNothing) {
  WordIndex index;
  EXPECT_FALSE(index.AddLiterals(0, 0, {"carer", "carer?"}));
  EXPECT_TRUE(index.empty());
  EXPECT_EQ(Found(index, "carer"), "");
}

}  // namespace
}  // namespace heard
