#include "lexicon/regex_expand.h"

#include <re2/re2.h>

#include <gtest/gtest.h>

#include <algorithm>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

using Strings = std::vector<std::string>;

Strings Expand(const std::string& pattern, size_t limit = 1000) {
  std::optional<Strings> strings = ExpandRegex(pattern, limit);
  EXPECT_TRUE(strings.has_value()) << pattern;
  return strings.value_or(Strings{});
}

TEST(RegexExpandTest, SpellsOutChoicesOptionalPartsAndCounts) {
  EXPECT_EQ(Expand("carers?"), (Strings{"carer", "carers"}));
  EXPECT_EQ(Expand("(?:find|found) out(?: that)?"),
            (Strings{"find out", "find out that", "found out", "found out that"}));
  EXPECT_EQ(Expand("recogni[sz]ed"), (Strings{"recognised", "recognized"}));
  EXPECT_EQ(Expand("a(?:b|c){2}"), (Strings{"abb", "abc", "acb", "acc"}));
  EXPECT_EQ(Expand("x(?:y ){0,2}?z"), (Strings{"xy y z", "xy z", "xz"}));
  EXPECT_EQ(Expand("(day|week) off"), (Strings{"day off", "week off"}));
  EXPECT_EQ(Expand("[a-c]"), (Strings{"a", "b", "c"}));
  EXPECT_EQ(Expand("a|a"), (Strings{"a"}));
  EXPECT_EQ(Expand("(?:a|)b"), (Strings{"ab", "b"}));
}

TEST(RegexExpandTest, EscapedPunctuationAndUnicodeAreLiterals) {
  EXPECT_EQ(Expand("carers\\?"), (Strings{"carers?"}));
  EXPECT_EQ(Expand("a\\.b"), (Strings{"a.b"}));
  EXPECT_EQ(Expand("caf\xC3\xA9s?"), (Strings{"caf\xC3\xA9", "caf\xC3\xA9s"}));
  EXPECT_EQ(Expand("[.,;]"), (Strings{",", ".", ";"}));
  EXPECT_EQ(Expand("[-a]"), (Strings{"-", "a"}));
  EXPECT_EQ(Expand("[a\\-]"), (Strings{"-", "a"}));
  EXPECT_EQ(Expand("don't"), (Strings{"don't"}));
}

TEST(RegexExpandTest, RefusesWhatItCannotSpellOutExactly) {
  for (const char* pattern :
       {"carers*", "carer+", "a.b", "^carer", "carer$", "\\bcarer", "\\w+", "\\d", "\\pL",
        "(?i)carer", "(?i:carer)", "(?P<n>a)", "[^a]", "[[:alpha:]]", "a{2,}", "[\xC3\xA9-\xC3\xBA]",
        "a{", "a**", "a???", "(a", "a)", "", "[z-a]", "\\Qa\\E"}) {
    EXPECT_FALSE(ExpandRegex(pattern, 1000).has_value()) << pattern;
  }
}

TEST(RegexExpandTest, RefusesLanguagesOverTheLimit) {
  EXPECT_TRUE(ExpandRegex("[ab][ab][ab]", 8).has_value());
  EXPECT_FALSE(ExpandRegex("[ab][ab][ab][ab]", 8).has_value());
  EXPECT_FALSE(ExpandRegex("(?:a|b|c|d){0,6}", 100).has_value());
  // Few strings, but long ones: 1,001 strings of up to 1,000 bytes.
  EXPECT_FALSE(ExpandRegex("(?:a?){1000}", 4096).has_value());
  EXPECT_TRUE(ExpandRegex("(?:a?){100}", 4096).has_value());
}

// `s` with one byte dropped, doubled, or followed by an 's', a space or an
// apostrophe, at every position.
std::vector<std::string> OneEditAway(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size()) {
      out.push_back(s.substr(0, i) + s.substr(i + 1));
      out.push_back(s.substr(0, i + 1) + s.substr(i));
    }
    for (const char* insert : {"s", " ", "'"}) out.push_back(s.substr(0, i) + insert + s.substr(i));
  }
  return out;
}

// Every string spelled out for the shipped codebook's regex terms is one
// RE2 matches in full, and the terms spelled out are most of them.
TEST(RegexExpandTest, CarersCodebookTermsExpandToStringsRe2Matches) {
  StatusOr<Codebook> book =
      LoadCodebook(std::string(HEARD_TESTDATA) + "/../../lexicons/carers/codebook.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  int regexes = 0, expanded = 0, near_matches = 0;
  for (const Theme& theme : book->themes) {
    for (const std::vector<Term>* list : {&theme.terms, &theme.excludes}) {
      for (const Term& term : *list) {
        if (term.kind != Term::Kind::kRegex) continue;
        ++regexes;
        std::optional<Strings> strings = ExpandRegex(term.text, 4096);
        if (!strings) continue;
        ++expanded;
        RE2 re(term.text);
        ASSERT_TRUE(re.ok());
        for (const std::string& s : *strings) {
          ASSERT_TRUE(RE2::FullMatch(s, re)) << term.text << " / " << s;
        }
        // Nothing left out: strings one edit away from one spelled out are
        // spelled out too whenever RE2 matches them.
        for (size_t i = 0; i < strings->size(); i += 1 + strings->size() / 40) {
          for (const std::string& near : OneEditAway((*strings)[i])) {
            if (!RE2::FullMatch(near, re)) continue;
            ASSERT_TRUE(std::binary_search(strings->begin(), strings->end(), near))
                << term.text << " / " << near;
            ++near_matches;
          }
        }
      }
    }
  }
  EXPECT_GT(regexes, 400);
  EXPECT_GT(expanded, regexes / 2);
  EXPECT_GT(near_matches, 1000) << "too few near strings matched to tell";
}

}  // namespace
}  // namespace heard
