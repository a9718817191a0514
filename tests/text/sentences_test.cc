#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace heard {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& span : SplitSentences(text)) {
    out.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

TEST(SentencesTest, SplitsAndTrims) {
  EXPECT_EQ(Sentences("I need a break. Nobody asks me!  What now?"),
            (std::vector<std::string>{"I need a break.", "Nobody asks me!", "What now?"}));
}

TEST(SentencesTest, LineBreaksEndASentence) {
  EXPECT_EQ(Sentences("more info at GP\nrespite please"),
            (std::vector<std::string>{"more info at GP", "respite please"}));
}

TEST(SentencesTest, BlankTextHasNoSentences) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n  ").empty());
}

TEST(SentencesTest, OffsetsAreBytesInUtf8) {
  const std::string text = "Diolch yn fawr. Carer’s café is great.";
  std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "Carer’s café is great.");
}

}  // namespace
}  // namespace heard
