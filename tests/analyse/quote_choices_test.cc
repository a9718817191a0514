#include "analyse/quote_choices.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "analyse/quote_selector.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

class QuoteChoicesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = *ParseCodebook("name: t\nthemes:\n  - id: breaks\n    terms: [respite, break]\n",
                           "t.yaml");
    matcher_ = std::move(*Matcher::Compile(book_));
    file_ = fs::temp_directory_path() / ("heard-quotes-" + std::to_string(::getpid()) + ".csv");
  }
  void TearDown() override { fs::remove(file_); }

  StatusOr<QuoteChoices> Load(const std::string& csv) {
    std::ofstream(file_) << csv;
    return QuoteChoices::Load(file_.string(), true, book_);
  }

  CodedResponse Tag(const std::string& id, const std::string& type, const std::string& text) {
    Response r;
    r.id = r.respondent = id;
    r.channel = "survey";
    r.attributes.emplace_back(kRespondentType, type);
    r.answers.push_back({"q", text});
    return Tagger(*matcher_).Tag(r);
  }

  Codebook book_;
  std::unique_ptr<Matcher> matcher_;
  fs::path file_;
};

TEST_F(QuoteChoicesTest, APinComesFirstWhateverItsScore) {
  StatusOr<QuoteChoices> choices = Load("action,theme,response_id,text\npin,breaks,2,\n");
  ASSERT_TRUE(choices.ok()) << choices.status().message();
  QuoteSelector quotes(book_, 40, &*choices);
  quotes.Offer(Tag("1", "Adult carer", "Respite is the one thing that would keep me going."));
  quotes.Offer(Tag("2", "Adult carer", "respite pls"));
  const std::vector<Quote> picked = quotes.Pick(0, 2);
  ASSERT_EQ(picked.size(), 2u);
  EXPECT_EQ(picked[0].response_id, "2");
  EXPECT_TRUE(picked[0].pinned);
  EXPECT_EQ(choices->all()[0].matched, 1);
}

TEST_F(QuoteChoicesTest, ADropByTextRemovesOnlyThatPassage) {
  StatusOr<QuoteChoices> choices =
      Load("action,theme,response_id,text\ndrop,,1,“NOT  this one”\n");
  ASSERT_TRUE(choices.ok()) << choices.status().message();
  QuoteSelector quotes(book_, 40, &*choices);
  quotes.Offer(Tag("1", "Adult carer",
                   "A break would be lovely, \"not this one\" though. Respite matters more than "
                   "anything else to me."));
  const std::vector<Quote> picked = quotes.Pick(0, 5);
  ASSERT_EQ(picked.size(), 1u);
  EXPECT_EQ(picked[0].text, "Respite matters more than anything else to me.");
}

TEST_F(QuoteChoicesTest, MistakesNameTheLine) {
  EXPECT_EQ(Load("action,theme,response_id\npin,brakes,1\n").status().message(),
            file_.string() + ":2: error: unknown theme 'brakes' (not in codebook 't')");
  EXPECT_EQ(Load("action,theme,response_id\nkeep,breaks,1\n").status().message(),
            file_.string() + ":2: error: action must be 'pin' or 'drop', not 'keep'");
  EXPECT_EQ(Load("action,theme,response_id\npin,,1\n").status().message(),
            file_.string() + ":2: error: a pin needs a theme");
}

}  // namespace
}  // namespace heard
