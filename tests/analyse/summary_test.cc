#include "analyse/summary.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

Codebook Book() {
  StatusOr<Codebook> book = ParseCodebook(R"(themes:
  - id: breaks
    terms: [respite]
  - id: breaks_children
    parent: breaks
    terms: [short breaks for children]
  - id: money
    terms: [money]
)", "t.yaml");
  EXPECT_TRUE(book.ok());
  return *book;
}

CodedResponse Coded(const std::string& id, const std::string& channel, const std::string& type,
                    const std::string& text, std::vector<int> themes) {
  CodedResponse coded;
  coded.response.id = coded.response.respondent = id;
  coded.response.channel = channel;
  if (!type.empty()) coded.response.attributes.emplace_back(kRespondentType, type);
  coded.response.answers.push_back({"q", text});
  AnswerCoding answer{"q", {}};
  for (int theme : themes) {
    Coding coding;
    coding.theme = theme;
    coding.hits.push_back({0, 0, 1});
    answer.codings.push_back(coding);
  }
  coded.answers.push_back(answer);
  return coded;
}

TEST(SummaryTest, CountsWithHonestDenominators) {
  Codebook book = Book();
  SummaryBuilder builder(book);
  builder.Add(Coded("1", "survey", "Adult carer", "respite", {0}));
  builder.Add(Coded("2", "survey", "Parent carer", "short breaks for children", {1}));
  builder.Add(Coded("3", "survey", "", "money and respite", {0, 2}));
  builder.Add(Coded("4", "workshop", "Adult carer", "nothing", {}));
  builder.Add(Coded("5", "survey", "Adult carer", "   ", {}));
  Summary s = builder.Finish();
  EXPECT_EQ(s.responses, 5);
  EXPECT_EQ(s.with_text, 4);
  EXPECT_EQ(s.coded, 3);
  EXPECT_EQ(s.themes[0].responses, 3);  // rolls up the sub-theme
  EXPECT_EQ(s.themes[1].responses, 1);
  EXPECT_EQ(s.themes[2].responses, 1);
  EXPECT_EQ(s.themes[0].by_type.at("Not stated"), 1);
  EXPECT_EQ(s.themes[0].by_channel.at("survey"), 3);
  EXPECT_EQ(s.themes[0].hits, 2);  // its own hits only
  ASSERT_NE(s.Channel("survey"), nullptr);
  EXPECT_EQ(s.Channel("survey")->responses, 4);
  EXPECT_EQ(s.Channel("survey")->with_text, 3);
  EXPECT_EQ(s.Type("Adult carer")->responses, 3);
  EXPECT_EQ(s.Type("Adult carer")->with_text, 2);
  EXPECT_EQ(s.Ranked(book, true), (std::vector<int>{0, 2}));
  EXPECT_EQ(s.themes[0].with_theme[2], 1);  // response 3: breaks and money
  EXPECT_EQ(s.themes[2].with_theme[0], 1);
  EXPECT_EQ(s.themes[0].with_theme[1], 1);  // rolled up: the sub-theme with its parent
  EXPECT_EQ(s.themes[0].with_theme[0], 0);
}

TEST(SummaryTest, RespondentsAreCountedOnce) {
  Codebook book = Book();
  SummaryBuilder builder(book);
  CodedResponse first = Coded("1", "survey", "", "respite", {0});
  CodedResponse second = Coded("2", "survey", "", "respite again", {0});
  second.response.respondent = "1";  // the same person, twice
  builder.Add(first);
  builder.Add(second);
  Summary s = builder.Finish();
  EXPECT_EQ(s.themes[0].responses, 2);
  EXPECT_EQ(s.themes[0].respondents, 1);
  EXPECT_EQ(s.respondents_with_text, 1);
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST(SummaryAttributesTest, CountsEachOtherAttributeWithItsOwnDenominator) {
  Codebook book = Book();
  SummaryBuilder builder(book);
  CodedResponse a = Coded("1", "survey", "Adult carer", "respite", {0});
  a.response.attributes.emplace_back("age_band", "65-74");
  CodedResponse b = Coded("2", "survey", "Adult carer", "money", {2});
  b.response.attributes.emplace_back("age_band", "65-74");
  CodedResponse c = Coded("3", "survey", "", "respite", {0});
  c.response.attributes.emplace_back("age_band", "");
  builder.Add(a);
  builder.Add(b);
  builder.Add(c);
  const Summary s = builder.Finish();
  ASSERT_EQ(s.attributes.size(), 1u);
  EXPECT_EQ(s.attributes[0].key, "age_band");
  ASSERT_EQ(s.attributes[0].groups.size(), 2u);
  EXPECT_EQ(s.attributes[0].groups[0].name, "65-74");
  EXPECT_EQ(s.attributes[0].groups[0].with_text, 2);
  EXPECT_EQ(s.attributes[0].groups[1].name, kTypeNotStated);
  EXPECT_EQ(s.themes[0].by_attribute.at("age_band").at("65-74"), 1);
  EXPECT_EQ(s.themes[0].by_attribute.at("age_band").at(kTypeNotStated), 1);
}

TEST(SummaryAttributesTest, AnAttributeWithTooManyValuesIsCapped) {
  Codebook book = Book();
  SummaryBuilder builder(book);
  for (int i = 0; i < 100; ++i) {
    CodedResponse r = Coded(std::to_string(i), "survey", "", "respite", {0});
    r.response.attributes.emplace_back("postcode", "AB" + std::to_string(i));
    builder.Add(r);
  }
  const Summary s = builder.Finish();
  EXPECT_TRUE(s.attributes[0].capped);
  EXPECT_EQ(s.attributes[0].groups.size(), kMaxAttributeValues + 1);
  EXPECT_EQ(s.attributes[0].groups.back().name, kOtherValues);
  EXPECT_EQ(s.attributes[0].groups.back().with_text, 100 - static_cast<int64_t>(kMaxAttributeValues));
}

TEST(SummaryTest, GroupCountsPerThemeMatchACountByHand) {
  // Many channels, types and values of two attributes, one with more values
  // than kMaxAttributeValues, so later ones count as kOtherValues.
  Codebook book = Book();
  SummaryBuilder builder(book);
  std::map<int, std::map<std::string, int64_t>> channel, type;
  std::map<int, std::map<std::string, std::map<std::string, int64_t>>> attribute;
  std::mt19937 random(5);
  std::vector<std::string> areas_seen;
  for (int i = 0; i < 3000; ++i) {
    std::vector<int> themes;
    for (int t = 0; t < 3; ++t) {
      if (random() % 2 == 0) themes.push_back(t);
    }
    const std::string c = "channel " + std::to_string(random() % 4);
    const std::string kind = random() % 5 == 0 ? "" : "type " + std::to_string(random() % 3);
    CodedResponse coded = Coded(std::to_string(i), c, kind, "respite", themes);
    const std::string age = "age " + std::to_string(random() % 3);
    const std::string area = "area " + std::to_string(random() % 60);
    coded.response.attributes.emplace_back("age_band", age);
    coded.response.attributes.emplace_back("area", area);
    builder.Add(coded);
    if (std::find(areas_seen.begin(), areas_seen.end(), area) == areas_seen.end() &&
        areas_seen.size() < kMaxAttributeValues) {
      areas_seen.push_back(area);
    }
    const bool listed =
        std::find(areas_seen.begin(), areas_seen.end(), area) != areas_seen.end();
    for (int t : coded.RolledUp(book)) {
      ++channel[t][c];
      ++type[t][kind.empty() ? kTypeNotStated : kind];
      ++attribute[t]["age_band"][age];
      ++attribute[t]["area"][listed ? area : kOtherValues];
    }
  }
  const Summary s = builder.Finish();
  for (int t = 0; t < 3; ++t) {
    EXPECT_EQ(s.themes[t].by_channel, channel[t]) << t;
    EXPECT_EQ(s.themes[t].by_type, type[t]) << t;
    EXPECT_EQ(s.themes[t].by_attribute, attribute[t]) << t;
  }
}

}  // namespace
}  // namespace heard
