// End-to-end: `heard explain` on the small fixture and on text.
#include <gtest/gtest.h>

#include <string>

#include "e2e/heard_process.h"

namespace {

const std::string kSmall = kSource + "/tests/testdata/e2e/small";

TEST(ExplainTest, ShowsEachHitWithItsTermAndCodebookLine) {
  const Result result = Heard("explain " + Quote(kSmall) + " --codebook " +
                              Quote(kSmall + "/codebook.yaml") + " --id S2");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("S2 (" + kSmall + "/survey.csv:3, survey)"),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("  information: \"Nobody told me\" at characters 1-14, term "
                               "\"nobody told me\" (" + kSmall + "/codebook.yaml:"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(result.output.find("\nS1 "), std::string::npos) << "only the asked-for response";
}

TEST(ExplainTest, TextShowsTheExclusionThatCancelledAHit) {
  const Result result = Heard("explain --text 'I had a break in my wrist'");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("not breaks: \"break\" at characters 9-13, term break ("),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("cancelled by exclusion"), std::string::npos);
}

TEST(ExplainTest, AnUnknownIdIsAUsageError) {
  const Result result = Heard("explain " + Quote(kSmall) + " --codebook " +
                              Quote(kSmall + "/codebook.yaml") + " --id NOPE");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("no response 'NOPE' in the inputs"), std::string::npos)
      << result.output;
}

}  // namespace
