#include "analyse/quote_selector.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

class QuoteSelectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<Codebook> book = ParseCodebook("themes:\n  - id: breaks\n    terms: [respite, break]\n",
                                            "t.yaml");
    ASSERT_TRUE(book.ok());
    book_ = *book;
    matcher_ = std::move(*Matcher::Compile(book_));
  }

  CodedResponse Tag(const std::string& id, const std::string& type, const std::string& channel,
                    const std::string& text) {
    Response r;
    r.id = r.respondent = id;
    r.channel = channel;
    r.attributes.emplace_back(kRespondentType, type);
    r.answers.push_back({"q", text});
    return Tagger(*matcher_).Tag(r);
  }

  Codebook book_;
  std::unique_ptr<Matcher> matcher_;
};

TEST_F(QuoteSelectorTest, PicksTheSentenceWithTheHitAndItsHighlight) {
  QuoteSelector quotes(book_);
  quotes.Offer(Tag("1", "Adult carer", "survey",
                   "I look after my dad every day. I have not had any respite in three years."));
  std::vector<Quote> picked = quotes.Pick(0, 3);
  ASSERT_EQ(picked.size(), 1u);
  EXPECT_EQ(picked[0].text, "I have not had any respite in three years.");
  ASSERT_EQ(picked[0].hits.size(), 1u);
  EXPECT_EQ(picked[0].text.substr(picked[0].hits[0].begin, 7), "respite");
}

TEST_F(QuoteSelectorTest, SpreadsAcrossGroupsBeforeRepeatingOne) {
  QuoteSelector quotes(book_);
  quotes.Offer(Tag("1", "Adult carer", "survey", "Respite is the one thing that would keep me going."));
  quotes.Offer(Tag("2", "Adult carer", "survey", "Respite would let me sleep through a whole night."));
  quotes.Offer(Tag("3", "Young carer", "workshop", "A break from home would be nice."));
  std::vector<Quote> picked = quotes.Pick(0, 2);
  ASSERT_EQ(picked.size(), 2u);
  EXPECT_NE(picked[0].respondent_type, picked[1].respondent_type);
}

TEST_F(QuoteSelectorTest, IdenticalQuotesAppearOnceWithACount) {
  QuoteSelector quotes(book_);
  for (const char* id : {"1", "2", "3"}) {
    quotes.Offer(Tag(id, "Adult carer", "survey", "Protect respite funding now!"));
  }
  std::vector<Quote> picked = quotes.Pick(0, 5);
  ASSERT_EQ(picked.size(), 1u);
  EXPECT_EQ(picked[0].copies, 3);
}

TEST_F(QuoteSelectorTest, QuotesWithPersonalDataRankBelowCleanOnes) {
  QuoteSelector quotes(book_);
  quotes.Offer(Tag("1", "Adult carer", "survey", "Ring Mrs Patel on 07700 900123 about respite."));
  quotes.Offer(Tag("2", "Parent carer", "survey", "Respite for our family happens twice a year."));
  std::vector<Quote> picked = quotes.Pick(0, 2);
  ASSERT_EQ(picked.size(), 2u);
  EXPECT_EQ(picked[0].response_id, "2");
  EXPECT_FALSE(picked[1].redactions.empty());
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST_F(QuoteSelectorTest, CampaignCopiesAreCreditedToTheFirstResponsesQuote) {
  QuoteSelector quotes(book_);
  quotes.Offer(Tag("R1", "Adult carer", "email", "Protect respite funding for every carer in the town."));
  CopyGroup group;
  group.kind = CopyGroup::Kind::kCampaign;
  group.first = "R1";
  group.copies = {"R2", "R3", "R4"};
  quotes.CountCopies({group});
  const std::vector<Quote> picked = quotes.Pick(0, 3);
  ASSERT_EQ(picked.size(), 1u);
  EXPECT_EQ(picked[0].copies, 4);
}

TEST_F(QuoteSelectorTest, PruningKeepsTheBestQuotesInOrder) {
  // A pool of 3 is pruned many times over; one too large to prune ranks
  // every quote. The best quotes must come out the same, in the same order.
  QuoteSelector pruned(book_, 3), whole(book_, 1000);
  std::string text = "Respite";
  for (int i = 0; i < 60; ++i) {
    text += i % 3 == 0 ? " and a break" : " please";
    const std::string sentence = (i % 2 == 0 ? text : "more " + text) + (i % 5 == 0 ? "." : "");
    const CodedResponse coded = Tag(std::to_string(100 - i), "Adult carer", "survey", sentence);
    pruned.Offer(coded);
    whole.Offer(coded);
  }
  const std::vector<Quote> a = pruned.Pick(0, 3), b = whole.Pick(0, 3);
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, b[i].text);
    EXPECT_EQ(a[i].response_id, b[i].response_id);
  }
}

TEST_F(QuoteSelectorTest, ACopiedSelectorFindsTheQuotesItHolds) {
  auto original = std::make_unique<QuoteSelector>(book_);
  original->Offer(Tag("1", "Adult carer", "survey", "Protect respite funding now!"));
  QuoteSelector copy(*original);
  original.reset();
  copy.Offer(Tag("2", "Adult carer", "survey", "Protect respite funding now!"));
  const std::vector<Quote> picked = copy.Pick(0, 3);
  ASSERT_EQ(picked.size(), 1u);
  EXPECT_EQ(picked[0].copies, 2);
}

}  // namespace
}  // namespace heard
