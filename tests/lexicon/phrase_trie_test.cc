#include "lexicon/phrase_trie.h"

#include <gtest/gtest.h>

#include "lexicon/word_index.h"

namespace heard {
namespace {

std::vector<WordSpan> Words(std::string_view text) {
  std::vector<WordSpan> words;
  size_t size = 0;
  for (size_t at = 0; at < text.size();) {
    if (!IsWordCharAt(text, at, &size)) {
      at += size;
      continue;
    }
    const size_t begin = at;
    while (at < text.size() && IsWordCharAt(text, at, &size)) at += size;
    words.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(at)});
  }
  return words;
}

// Every string found from each word: "list.term@begin-end", in walk order.
std::string Found(const PhraseTrie& trie, std::string_view text) {
  const std::vector<WordSpan> words = Words(text);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    trie.Walk(text, words, i, [&](int list, int index, uint32_t end) {
      out += std::to_string(list) + "." + std::to_string(index) + "@" +
             std::to_string(words[i].begin) + "-" + std::to_string(end) + " ";
    });
  }
  return out;
}

TEST(PhraseTrieTest, OnlyStringsThatBeginAndEndWithAWordCharacter) {
  for (const char* ok : {"carer", "don't tell", "carers, not visitors", "caf\xC3\xA9", "a-z"}) {
    EXPECT_TRUE(PhraseTrie::Representable(ok)) << ok;
  }
  for (const char* no : {"", " carer", "carer?", "'d be", "carer ", "-"}) {
    EXPECT_FALSE(PhraseTrie::Representable(no)) << no;
  }
}

TEST(PhraseTrieTest, FindsEveryStringFromEachWordShortestFirst) {
  PhraseTrie trie;
  trie.Add(0, 1, "short break");
  trie.Add(0, 2, "short break away");
  trie.Add(1, 0, "break");
  EXPECT_EQ(Found(trie, "a short break away"), "0.1@2-13 0.2@2-18 1.0@8-13 ");
  EXPECT_EQ(Found(trie, "shortbreak"), "");
}

TEST(PhraseTrieTest, TheCharactersBetweenWordsMustBeExactlyAsWritten) {
  PhraseTrie trie;
  trie.Add(0, 0, "don't tell");
  trie.Add(0, 1, "carers, not visitors");
  EXPECT_EQ(Found(trie, "don't tell"), "0.0@0-10 ");
  EXPECT_EQ(Found(trie, "don t tell"), "");
  EXPECT_EQ(Found(trie, "don't-tell"), "");
  EXPECT_EQ(Found(trie, "dont tell"), "");
  EXPECT_EQ(Found(trie, "carers, not visitors"), "0.1@0-20 ");
  EXPECT_EQ(Found(trie, "carers not visitors"), "");
  EXPECT_EQ(Found(trie, "carers,not visitors"), "");
}

TEST(PhraseTrieTest, WholeWordsOnly) {
  PhraseTrie trie;
  trie.Add(0, 0, "young carer");
  EXPECT_EQ(Found(trie, "young carers"), "");
  EXPECT_EQ(Found(trie, "ayoung carer"), "");
  EXPECT_EQ(Found(trie, "(young carer)"), "0.0@1-12 ");
}

TEST(PhraseTrieTest, ASharedStringKeepsTheFirstTermOfEachList) {
  PhraseTrie trie;
  trie.Add(0, 3, "day off");
  trie.Add(0, 5, "day off");
  trie.Add(2, 7, "day off");
  EXPECT_EQ(Found(trie, "day off"), "0.3@0-7 2.7@0-7 ");
}

TEST(PhraseTrieTest, ManyStringsSurviveTheTablesGrowing) {
  PhraseTrie trie;
  for (int i = 0; i < 5000; ++i) trie.Add(0, i, "w" + std::to_string(i) + " x" + std::to_string(i % 7));
  EXPECT_EQ(Found(trie, "w4999 x1"), "0.4999@0-8 ");
  EXPECT_EQ(Found(trie, "w4999 x2"), "");
  EXPECT_EQ(Found(trie, "w12 x5 w13 x6"), "0.12@0-6 0.13@7-13 ");
}

}  // namespace
}  // namespace heard
