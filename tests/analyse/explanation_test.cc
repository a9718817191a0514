#include "analyse/explanation.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"
#include "text/normalizer.h"

namespace heard {
namespace {

constexpr char kBook[] = R"(name: test
version: "1"
themes:
  - id: breaks
    terms:
      - break
      - re: "(?:day|night) off"
    exclude:
      - a break in my wrist
)";

class ExplanationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<Codebook> book = ParseCodebook(kBook, "book.yaml");
    ASSERT_TRUE(book.ok()) << book.status().message();
    book_ = *book;
    matcher_ = std::move(*Matcher::Compile(book_));
  }
  std::string Explain(const std::string& text) {
    return ExplainAnswer(book_, text, matcher_->Code(Normalize(text), true));
  }
  Codebook book_;
  std::unique_ptr<Matcher> matcher_;
};

TEST_F(ExplanationTest, NamesTermPositionAndCodebookLine) {
  EXPECT_EQ(Explain("Café owner: I need a Break"),
            "  breaks: \"Break\" at characters 22-26, term break (book.yaml:6:9)\n");
  EXPECT_EQ(Explain("a night\noff"),
            "  breaks: \"night off\" at characters 3-11, term re:\"(?:day|night) off\" "
            "(book.yaml:7:9)\n");
}

TEST_F(ExplanationTest, ShowsTheExclusionThatCancelledAHit) {
  EXPECT_EQ(Explain("I had a break in my wrist"),
            "  not breaks: \"break\" at characters 9-13, term break (book.yaml:6:9), "
            "cancelled by exclusion \"a break in my wrist\" (book.yaml:9:9)\n");
}

TEST_F(ExplanationTest, ManualCodingsAndNoTheme) {
  Coding manual;
  manual.theme = 0;
  manual.origin = Coding::Origin::kManual;
  manual.note = "respite meant, says the officer";
  EXPECT_EQ(ExplainAnswer(book_, "x", {manual}),
            "  breaks: added by hand (respite meant, says the officer)\n");
  EXPECT_EQ(Explain("nothing to see"), "  no theme\n");
}

}  // namespace
}  // namespace heard
