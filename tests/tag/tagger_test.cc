#include "tag/tagger.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

TEST(TaggerTest, CodesEachAnswerSeparately) {
  StatusOr<Codebook> book = ParseCodebook(
      "themes:\n  - id: breaks\n    terms: [respite]\n  - id: money\n    terms: [money]\n", "t.yaml");
  ASSERT_TRUE(book.ok());
  std::unique_ptr<Matcher> matcher = std::move(*Matcher::Compile(*book));
  Response r;
  r.id = "R1";
  r.answers = {{"q1", "Respite please"}, {"q2", ""}, {"q3", "money, money"}};
  CodedResponse coded = Tagger(*matcher).Tag(r);
  ASSERT_EQ(coded.answers.size(), 3u);
  EXPECT_EQ(coded.answers[0].question, "q1");
  ASSERT_EQ(coded.answers[0].codings.size(), 1u);
  EXPECT_EQ(coded.answers[0].codings[0].theme, 0);
  EXPECT_TRUE(coded.answers[1].codings.empty());
  ASSERT_EQ(coded.answers[2].codings.size(), 1u);
  EXPECT_EQ(coded.answers[2].codings[0].hits.size(), 2u);
  EXPECT_EQ(coded.Themes(), (std::vector<int>{0, 1}));
  EXPECT_TRUE(coded.HasTheme(1));
  EXPECT_EQ(coded.response.id, "R1");
}

}  // namespace
}  // namespace heard
