#include "lexicon/named_terms.h"

#include <gtest/gtest.h>

#include <thread>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

TEST(NamedTermsTest, FindsWhatWasKeptForTheSameMatcherListAndSpan) {
  NamedTerms named;
  int term = -7;
  EXPECT_FALSE(named.Find(1, 0, "respite", &term));
  named.Keep(1, 0, "respite", 3);
  ASSERT_TRUE(named.Find(1, 0, "respite", &term));
  EXPECT_EQ(term, 3);
  EXPECT_FALSE(named.Find(2, 0, "respite", &term));  // another matcher
  EXPECT_FALSE(named.Find(1, 1, "respite", &term));  // another list
  EXPECT_FALSE(named.Find(1, 0, "respit", &term));
  EXPECT_FALSE(named.Find(1, 0, "respite ", &term));
  named.Keep(1, 0, "nothing named", -1);  // "no term" is remembered too
  ASSERT_TRUE(named.Find(1, 0, "nothing named", &term));
  EXPECT_EQ(term, -1);
}

TEST(NamedTermsTest, LongSpansAreNotKept) {
  NamedTerms named;
  const std::string longest(NamedTerms::kLongestSpan, 'a');
  const std::string longer(NamedTerms::kLongestSpan + 1, 'a');
  named.Keep(1, 0, longest, 4);
  named.Keep(1, 0, longer, 5);
  int term = -1;
  EXPECT_TRUE(named.Find(1, 0, longest, &term));
  EXPECT_FALSE(named.Find(1, 0, longer, &term));
}

TEST(NamedTermsTest, ASpanThatTakesAnotherSlotOnlyReplacesIt) {
  NamedTerms named;
  // Far more spans than slots: each found either with its own term or not at all.
  for (int i = 0; i < 20000; ++i) named.Keep(9, i % 3, "w" + std::to_string(i), i);
  int found = 0;
  for (int i = 0; i < 20000; ++i) {
    int term = -1;
    if (!named.Find(9, i % 3, "w" + std::to_string(i), &term)) continue;
    EXPECT_EQ(term, i);
    ++found;
  }
  EXPECT_GT(found, 1000);
}

TEST(NamedTermsTest, EachThreadHasItsOwn) {
  NamedTerms::ForThisThread().Keep(77, 0, "carer", 1);
  bool seen_elsewhere = true;
  std::thread other([&] {
    int term = -1;
    seen_elsewhere = NamedTerms::ForThisThread().Find(77, 0, "carer", &term);
  });
  other.join();
  EXPECT_FALSE(seen_elsewhere);
  EXPECT_NE(NextMatcherId(), NextMatcherId());
}

// The terms a matcher names after another matcher, with its terms in another
// order, named the same words (perhaps at the same address): its own.
TEST(NamedTermsTest, AMatcherMadeLaterNamesItsOwnTerms) {
  auto name_of_hit = [](const std::string& yaml) {
    StatusOr<Codebook> book = ParseCodebook(yaml, "t.yaml");
    EXPECT_TRUE(book.ok()) << book.status().message();
    std::unique_ptr<Matcher> matcher = std::move(*Matcher::Compile(*book));
    std::vector<Coding> codings = matcher->Code(Normalize("we had short stays"));
    EXPECT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].hits.size(), 1u);
    return book->themes[0].terms[codings[0].hits[0].term].text;
  };
  const std::string first = R"(themes:
  - id: breaks
    terms:
      - re: "short [a-z]+s"
      - re: "short stay[a-z]*"
)";
  const std::string second = R"(themes:
  - id: breaks
    terms:
      - re: "short visit[a-z]*"
      - re: "short stay[a-z]*"
)";
  // Unbounded, these regexes stay with RE2 (not spelled out), whose hits
  // are named by the TermIdentifier, through NamedTerms.
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(name_of_hit(first), "short [a-z]+s");
    EXPECT_EQ(name_of_hit(second), "short stay[a-z]*");
  }
}

}  // namespace
}  // namespace heard
