#include "lexicon/regex_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace heard {
namespace {

// The literal code points ScanRegex found, concatenated.
std::string Literals(const char* pattern) {
  std::string out;
  for (const RegexLiteral& literal : ScanRegex(pattern).literals) out += literal.text;
  return out;
}

TEST(RegexScanTest, FindsLiteralsOutsideClassesAndEscapes) {
  const struct {
    const char* pattern;
    const char* literals;
  } cases[] = {
      {"short break", "short break"},
      {"(?:a |an )?day off", "a an day off"},
      {"carers? (?:allowance|allowence)", "carers allowanceallowence"},
      {"[A-Z’]x", "x"},                      // nothing in a class counts
      {"[]A]b[^]C]d", "bd"},                  // a leading ']' is a member
      {"[[:upper:]]e", "e"},
      {"\\d+ hours?\\.", " hours."},          // \d is a class, \. a dot
      {"\\pL\\p{Lu}\\x{41}\\x41Z", "Z"},
      {"\\QA.B\\Ec", "A.Bc"},
      {"(?P<Name>x)", "x"},
      {"x{2,3}y{,z", "xy{,z"},                // {,z is not a repetition
      {"Carer’s", "Carer’s"},
      {"\\101x", "x"},                        // octal escape
  };
  for (const auto& c : cases) EXPECT_EQ(Literals(c.pattern), c.literals) << c.pattern;
}

TEST(RegexScanTest, RecordsOffsetsOfMultiByteLiterals) {
  const RegexFacts facts = ScanRegex("a’b");
  ASSERT_EQ(facts.literals.size(), 3u);
  EXPECT_EQ(facts.literals[1].offset, 1u);
  EXPECT_EQ(facts.literals[1].text, "’");
  EXPECT_EQ(facts.literals[2].offset, 4u);
}

TEST(RegexScanTest, FindsAssertionsOutsideClassesOnly) {
  EXPECT_TRUE(ScanRegex("^carer").has_assertion);
  EXPECT_TRUE(ScanRegex("carer$").has_assertion);
  EXPECT_TRUE(ScanRegex("\\bcarer").has_assertion);
  EXPECT_TRUE(ScanRegex("\\Acarer\\z").has_assertion);
  EXPECT_FALSE(ScanRegex("[^a-z]carer").has_assertion);
  EXPECT_FALSE(ScanRegex("carer[$]").has_assertion);
  EXPECT_FALSE(ScanRegex("carer\\$").has_assertion);
}

TEST(RegexScanTest, NoticesCaseInsensitiveFlags) {
  EXPECT_TRUE(ScanRegex("(?i)carer").ignores_case);
  EXPECT_TRUE(ScanRegex("(?i:Carer)s").ignores_case);
  EXPECT_TRUE(ScanRegex("(?si)x").ignores_case);
  EXPECT_FALSE(ScanRegex("(?-i:x)").ignores_case);
  EXPECT_FALSE(ScanRegex("(?:x)").ignores_case);
}

TEST(RegexScanTest, MalformedPatternsDoNotCrash) {
  for (const char* pattern : {"\\", "[abc", "(?", "(?P<x", "\\p{L", "\\Qab", "x{1,", "\xe2\x80"}) {
    ScanRegex(pattern);
  }
}

}  // namespace
}  // namespace heard
