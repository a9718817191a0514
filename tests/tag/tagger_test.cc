#include "tag/tagger.h"

#include <gtest/gtest.h>

#include "analyse/duplicates.h"
#include "lexicon/codebook_loader.h"
#include "text/normalizer.h"

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

// The pipeline fingerprints a response from the answers as the tagger
// normalised them; that must be the fingerprint DuplicateFinder makes itself.
TEST(TaggerTest, HandsOnEveryNormalisedAnswerForTheFingerprint) {
  StatusOr<Codebook> book = ParseCodebook("themes:\n  - id: breaks\n    terms: [respite]\n", "t.yaml");
  ASSERT_TRUE(book.ok());
  std::unique_ptr<Matcher> matcher = std::move(*Matcher::Compile(*book));
  const std::string campaign =
      "We ask the COUNCIL to keep the Ashby carers café open, it gives us respite, advice and "
      "a cup of tea with people who understand what caring is like day after day after day.";
  Response r;
  r.id = "R1";
  r.attributes = {{"respondent_type", "Parent Carer "}};
  r.answers = {{"q1", "Ｒespite   PLEASE, it's been years"}, {"q2", "  \n "}, {"q3", campaign}};
  std::vector<std::string> seen;
  FingerprintBuilder builder;
  const CodedResponse coded = Tagger(*matcher).Tag(r, [&](std::string_view text) {
    seen.emplace_back(text);
    builder.Add(text);
  });
  ASSERT_EQ(seen.size(), 3u);
  for (size_t a = 0; a < 3; ++a) EXPECT_EQ(seen[a], Normalize(r.answers[a].text).text) << a;
  const CodedResponse plain = Tagger(*matcher).Tag(r);
  ASSERT_EQ(coded.answers.size(), plain.answers.size());
  EXPECT_EQ(coded.answers[0].codings.size(), 1u);
  EXPECT_EQ(coded.answers[2].codings.size(), plain.answers[2].codings.size());

  const CopyFingerprint made = builder.Finish(coded.response);
  const CopyFingerprint expected = DuplicateFinder::Fingerprint(r);
  EXPECT_TRUE(made.long_enough);
  EXPECT_EQ(made.identical, expected.identical);
  ASSERT_EQ(made.campaign.size(), 1u);
  EXPECT_EQ(made.campaign, expected.campaign);
  EXPECT_EQ(made.campaign[0].first, 2u);
}

}  // namespace
}  // namespace heard
