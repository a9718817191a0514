#include "analyse/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

#include "analyse/stop_words.h"

namespace heard {
namespace {

// Tokens of `text`, with "+" before each one joined to the one before.
std::string Tokens(const char* text) {
  std::string out;
  for (const Token& token : Tokenize(text)) {
    if (!out.empty()) out += ' ';
    if (token.joined) out += '+';
    out += token.text;
  }
  return out;
}

TEST(TokenizerTest, SplitsOnEverythingButLettersDigitsAndApostrophes) {
  const struct {
    const char* text;
    const char* tokens;
  } cases[] = {
      {"i need a break", "i +need +a +break"},
      {"short-break, please", "short +break please"},
      {"short - break", "short +break"},
      {"don't know; carer's allowance", "don't +know carer's +allowance"},
      {"'respite' now", "respite now"},        // quotes are trimmed, and break a phrase
      {"carers' rights", "carers rights"},     // a trailing apostrophe too
      {"'''", ""},
      {"24/7 care", "24 7 +care"},
      {"café über straße", "café +über +straße"},
      {"a&e dept.", "a e +dept"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Tokens(c.text), c.tokens) << c.text;
}

TEST(TokenizerTest, TokensPointIntoTheText) {
  const std::string text = "more respite";
  const std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].text.data(), text.data() + 5);
}

TEST(StopWordsTest, ContentWordsAreLongEnoughLettersOffTheList) {
  EXPECT_TRUE(IsContentWord("respite"));
  EXPECT_TRUE(IsContentWord("8am"));       // a letter makes it a word
  EXPECT_TRUE(IsContentWord("café"));
  EXPECT_FALSE(IsContentWord("gé"));       // two code points, though three bytes
  EXPECT_FALSE(IsContentWord("gp"));       // one or two letters
  EXPECT_FALSE(IsContentWord("é"));
  EXPECT_FALSE(IsContentWord("2024"));     // a number
  EXPECT_FALSE(IsContentWord("the"));
  EXPECT_FALSE(IsContentWord("don't"));
  EXPECT_FALSE(IsContentWord("would"));
  EXPECT_TRUE(IsStopWord("your"));
  EXPECT_TRUE(IsStopWord("about"));
  EXPECT_FALSE(IsStopWord("help"));        // carries a theme, kept on purpose
}

}  // namespace
}  // namespace heard
