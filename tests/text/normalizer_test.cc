#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

struct Case {
  const char* input;
  const char* normalized;
};

TEST(NormalizerTest, FoldsCaseAccentsPunctuationAndSpace) {
  const Case cases[] = {
      {"Respite", "respite"},
      {"CARER’S  Allowance", "carer's allowance"},
      {"“short–break”", "\"short-break\""},
      {"café naïve", "cafe naive"},
      {"Gwasanaeth ŵyr", "gwasanaeth wyr"},
      {"e\xCC\x81tude", "etude"},                // e + combining acute
      {"  lots \t of\n\nspace  ", "lots of space"},
      {"ﬁnd", "find"},                            // ligature (NFKC)
      {"Straße", "strasse"},                      // case folding
      {"soft\xC2\xADhyphen", "softhyphen"},       // default ignorable removed
      {"nbsp\xC2\xA0here", "nbsp here"},
      {"dziękuję", "dziekuje"},
      {"", ""},
      {"\xFF", "\xEF\xBF\xBD"},                   // invalid byte -> U+FFFD
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizeForMatch(c.input), c.normalized) << c.input;
  }
}

TEST(NormalizerTest, MapsEveryByteBackToTheOriginal) {
  const std::string original = "My  CARER’S break";
  NormalizedText text = Normalize(original);
  ASSERT_EQ(text.text, "my carer's break");
  ASSERT_EQ(text.begin.size(), text.text.size());
  ASSERT_EQ(text.end.size(), text.text.size());
  // "carer's" in the normalised text covers "CARER’S" (with a 3-byte ’).
  const size_t at = text.text.find("carer's");
  auto [begin, end] = text.ToOriginal(at, at + 7);
  EXPECT_EQ(original.substr(begin, end - begin), "CARER’S");
  const size_t brk = text.text.find("break");
  auto [b2, e2] = text.ToOriginal(brk, brk + 5);
  EXPECT_EQ(original.substr(b2, e2 - b2), "break");
}

TEST(NormalizerTest, ExpansionMapsToTheWholeSourceCharacter) {
  const std::string original = "a ﬁle";
  NormalizedText text = Normalize(original);
  ASSERT_EQ(text.text, "a file");
  auto [begin, end] = text.ToOriginal(2, 3);  // just the "f" of "fi"
  EXPECT_EQ(original.substr(begin, end - begin), "ﬁ");
}

TEST(NormalizerTest, CombiningAccentJoinsTheLetterItFollows) {
  const std::string original = "cafe\xCC\x81!";
  NormalizedText text = Normalize(original);
  ASSERT_EQ(text.text, "cafe!");
  auto [begin, end] = text.ToOriginal(0, 4);
  EXPECT_EQ(original.substr(begin, end - begin), "cafe\xCC\x81");
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST(NormalizeTest, AnEmptySpanMapsToAnEmptySpanNeverBackwards) {
  const NormalizedText text = Normalize("  Café  ");
  EXPECT_EQ(text.ToOriginal(0, 0), std::make_pair(size_t{2}, size_t{2}));
  EXPECT_EQ(text.ToOriginal(text.text.size(), text.text.size()).first,
            text.ToOriginal(0, text.text.size()).second);
  EXPECT_EQ(Normalize("").ToOriginal(0, 0), std::make_pair(size_t{0}, size_t{0}));
}

}  // namespace
}  // namespace heard
